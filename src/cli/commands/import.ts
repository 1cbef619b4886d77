/**
 * `tandem import FILE --kind …`: imports a CSV (or XLSX) file into the default workspace. Progress on stderr,
 * the result on stdout (one JSON object with --json). Exit code 1 when rows were rejected without
 * --skip-invalid, or when the file as a whole was refused.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { type ImportHooks, type ImportSummary, importFile } from '../../app/import-file.ts';
import { openContext } from '../../app/open-context.ts';
import { loadConfig } from '../../config.ts';
import { isIsoDate } from '../../core/calendar.ts';
import { AppError, isAppError } from '../../core/errors.ts';
import { formatErrorReport } from '../../import/error-report.ts';
import { IMPORT_KINDS, type ImportKind } from '../../import/kinds.ts';
import { type Mapping, mappingSchema } from '../../import/mapping.ts';
import { PRESETS, type PresetName } from '../../import/presets.ts';
import type { RowError } from '../../import/row-reader.ts';
import type { DateOrder, DecimalSeparator } from '../../import/values.ts';
import { consoleOutput } from '../output.ts';
import { createProgressBar } from '../progress-bar.ts';
import { ensureFirstStartWorkspace } from './first-start.ts';

interface ImportOptions {
  kind: ImportKind;
  preset?: PresetName;
  mapping?: string;
  asOf?: string;
  dryRun?: boolean;
  skipInvalid?: boolean;
  markMissing?: boolean;
  dateFormat?: DateOrder;
  decimal?: DecimalSeparator;
  join: Record<string, string>;
  errorReport?: string;
  json?: boolean;
}

function parseAsOf(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return value;
}

function collectJoin(value: string, previous: Record<string, string>): Record<string, string> {
  const [name, path] = value.split('=');
  if (!name || !path) throw new InvalidArgumentError('expected NAME=PATH');
  return { ...previous, [name]: path };
}

async function readMapping(path: string): Promise<Mapping> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new AppError('VALIDATION', `Cannot read mapping file ${path}: ${(error as Error).message}`);
  }
  const parsed = mappingSchema.safeParse(json);
  if (!parsed.success) {
    throw new AppError(
      'VALIDATION',
      `Mapping file ${path} is not a valid mapping`,
      parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })),
    );
  }
  return parsed.data;
}

/** What --json prints of each problem (the English message; codes are for the web and the error report). */
type JsonRowError = Pick<RowError, 'line' | 'column' | 'value' | 'message'>;

function toJsonResult(
  kind: ImportKind,
  summary: Pick<ImportSummary, 'rows' | 'inserted' | 'updated' | 'unchanged' | 'rejected'> & {
    errors: JsonRowError[];
  },
) {
  const { rows, inserted, updated, unchanged, rejected, errors } = summary;
  return {
    kind,
    rows,
    inserted,
    updated,
    unchanged,
    rejected,
    errors: errors.map(({ line, column, value, message }) => ({ line, column, value, message })),
  };
}

/** A refused file still answers --json with one object: its problems as errors, nothing imported. */
function refusedResult(kind: ImportKind, error: AppError) {
  const errors: JsonRowError[] = (
    error.details.length > 0 ? error.details : [{ message: error.message }]
  ).map((detail) => ({
    line: detail.line ?? 1,
    column: detail.field ?? '',
    value: detail.value ?? '',
    message: detail.message,
  }));
  return toJsonResult(kind, { rows: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0, errors });
}

function describeSummary(summary: ImportSummary): string {
  const verb = { done: 'Imported', dry_run: 'Dry run, nothing written:', failed: 'Nothing imported:' }[
    summary.status
  ];
  const counts = `${summary.rows} rows, ${summary.inserted} new, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.rejected} rejected`;
  const marked = summary.markedMissing > 0 ? `, ${summary.markedMissing} missing deals marked lost` : '';
  return `${verb} ${counts}${marked}.`;
}

async function runImportCommand(file: string, options: ImportOptions, hooks: ImportHooks): Promise<void> {
  const ctx = await openContext(loadConfig());
  const progress = createProgressBar();
  try {
    await ensureFirstStartWorkspace(ctx, { info: () => undefined, result: () => undefined });
    const workspace = await ctx.storage.workspaces.findDefault();
    const summary = await importFile({
      ...hooks,
      storage: ctx.storage,
      database: ctx.database,
      workspaceId: workspace!.id,
      userId: null,
      path: file,
      fileName: basename(file),
      kind: options.kind,
      asOf: options.asOf ?? new Date().toISOString().slice(0, 10),
      ...(options.mapping ? { mapping: await readMapping(options.mapping) } : {}),
      ...(options.preset ? { preset: options.preset } : {}),
      format: { dateOrder: options.dateFormat, decimal: options.decimal },
      joinPaths: options.join,
      dryRun: options.dryRun,
      skipInvalid: options.skipInvalid,
      markMissing: options.markMissing,
      onProgress: (state) => progress.update(state),
    });
    progress.done();
    if (options.errorReport) await writeFile(options.errorReport, formatErrorReport(summary.errors, 'en'));
    if (options.json) consoleOutput.result(toJsonResult(options.kind, summary));
    else {
      consoleOutput.info(describeSummary(summary));
      for (const error of summary.errors.slice(0, 20))
        consoleOutput.info(
          `  line ${error.line} ${error.column}: ${error.message}${error.value ? ` ("${error.value}")` : ''}`,
        );
      if (summary.errors.length > 20)
        consoleOutput.info(`  … ${summary.errors.length - 20} more (use --error-report FILE)`);
    }
    if (summary.status === 'failed') process.exitCode = 1;
  } catch (error) {
    progress.done();
    if (!(options.json && isAppError(error) && error.code === 'VALIDATION')) throw error;
    consoleOutput.result(refusedResult(options.kind, error));
    process.exitCode = 1;
  } finally {
    await ctx.database.close();
  }
}

export function registerImportCommand(program: Command, hooks: ImportHooks = {}): void {
  program
    .command('import')
    .description('Import deals, stage history, leads, targets or metrics from a CSV or Excel file')
    .argument('<file>', 'CSV or XLSX file')
    .addOption(new Option('--kind <kind>', 'what the file holds').choices(IMPORT_KINDS).makeOptionMandatory())
    .addOption(
      new Option('--preset <preset>', 'export format (default: detected from the headers)').choices(PRESETS),
    )
    .option('--mapping <file>', 'mapping JSON: {"fields": {...}, "values": {...}, "joins": [...]}')
    .option(
      '--as-of <date>',
      'date of the snapshot; stage changes are dated here (default: today)',
      parseAsOf,
    )
    .option('--dry-run', 'validate and count, write nothing')
    .option('--skip-invalid', 'import the valid rows and report the others (default: all or nothing)')
    .option('--mark-missing', 'deals: close open deals not in the file as lost ("not in CRM export")')
    .addOption(
      new Option('--date-format <order>', 'order of slashed dates like 03/04/2026').choices(['dmy', 'mdy']),
    )
    .addOption(
      new Option('--decimal <separator>', 'decimal separator (default: detected)').choices([',', '.']),
    )
    .option('--join <name=path>', 'path of a lookup file named in the mapping (repeatable)', collectJoin, {})
    .option('--error-report <file>', 'write every rejected row to this CSV file')
    .option('--json', 'print one JSON object with the counts and errors')
    .action((file: string, options: ImportOptions) => runImportCommand(file, options, hooks));
}
