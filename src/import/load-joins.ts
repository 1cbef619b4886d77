/**
 * Lookup files named in a mapping's `joins` (Maven's sales_teams.csv gives each agent a manager and a regional
 * office). They are small by nature and read whole; a lookup file over the limit is refused.
 */
import { basename, dirname, extname, resolve } from 'node:path';
import { AppError } from '../core/errors.ts';
import { cleanHeaders, inspectCsv } from './inspect-file.ts';
import type { JoinSpec, JoinTable } from './mapping.ts';
import { normalizeHeader } from './presets.ts';
import { createImportError, createImportProblem } from './problems.ts';
import { readCsvBatches } from './read-csv.ts';

const MAX_LOOKUP_ROWS = 200_000;

export function joinName(spec: JoinSpec): string {
  return spec.as ?? basename(spec.file, extname(spec.file));
}

async function loadJoin(spec: JoinSpec, path: string): Promise<JoinTable> {
  const { format } = await inspectCsv(path);
  const rows = new Map<string, string[]>();
  let headers: string[] | null = null;
  let keyColumn = -1;
  const keyName = normalizeHeader(spec.key ?? spec.on);
  for await (const batch of readCsvBatches(path, format)) {
    for (const row of batch.rows) {
      if (headers === null) {
        headers = cleanHeaders(row);
        keyColumn = headers.findIndex((header) => normalizeHeader(header) === keyName);
        if (keyColumn < 0) {
          const column = spec.key ?? spec.on;
          throw createImportError(createImportProblem('lookup_column_missing', { file: spec.file, column }));
        }
        continue;
      }
      const key = row[keyColumn]?.trim() ?? '';
      if (key !== '' && !rows.has(key)) rows.set(key, row);
      if (rows.size > MAX_LOOKUP_ROWS) {
        throw createImportError(
          createImportProblem('lookup_too_large', { file: spec.file, maxRows: MAX_LOOKUP_ROWS }),
        );
      }
    }
  }
  return { as: joinName(spec), on: spec.on, headers: headers ?? [], rows };
}

/** Lookup files resolve next to the imported file unless `paths` names one by its `as`. */
export async function loadJoins(input: {
  joins: JoinSpec[];
  importedFile: string;
  paths?: Record<string, string>;
}): Promise<JoinTable[]> {
  const tables: JoinTable[] = [];
  for (const spec of input.joins) {
    const path = input.paths?.[joinName(spec)] ?? resolve(dirname(input.importedFile), spec.file);
    try {
      tables.push(await loadJoin(spec, path));
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw createImportError(createImportProblem('lookup_unreadable', { file: spec.file, path }));
    }
  }
  return tables;
}
