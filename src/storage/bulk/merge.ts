/**
 * The set-based merge of a staged file, written once for both engines: create dimensions by name, resolve ids,
 * find stored rows by key, report duplicates and unknown references, classify rows as insert / update / same,
 * then write. Everything from `prepareStaged` on runs inside the caller's transaction.
 */

import { createImportProblem, type ProblemParams } from '../../import/problems.ts';
import type { DimensionNames } from './dimension-names.ts';
import { SCOPE_KEY_SQL } from './kind-specs.ts';
import type { DimensionLink, MergeColumn, MergeSpec } from './merge-spec.ts';
import type { BulkSession, SqlParams } from './session.ts';

export interface StagedProblem {
  line: number;
  column: string;
  value: string;
  message: string;
  code: string;
  params: ProblemParams;
}

export interface MergeCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

const keyJoin = (spec: MergeSpec, left: string, right: string) =>
  spec.key.map((key) => `${left}.${key} = ${right}.${key}`).join(' and ');

const DIMENSION_COLUMNS = ['product', 'segment', 'region', 'team', 'owner'];

/**
 * One SELECT over the staged rows that adds, level by level: dimension ids and the referenced deal's id, the
 * scope key (built from those ids), then the stored row it matches (`target_id`) and the action — insert,
 * update (some updatable column differs) or same. Replaces one UPDATE per computed column: a million staged rows
 * are read once instead of rewritten eight times. Without `matchStored` (a first import: nothing stored to match)
 * every row is an insert and no stored row is looked up.
 */
function resolveSql(spec: MergeSpec, input: { matchStored: boolean }): string {
  const links = new Map(spec.dimensions.map((link) => [link.name, link]));
  const joins: string[] = [];
  const ids = DIMENSION_COLUMNS.map((name) => {
    const link = links.get(name);
    if (!link) return `cast(null as bigint) as ${name}_id`;
    joins.push(
      `left join ${link.table} d_${name} on d_${name}.workspace_id = :ws and d_${name}.name = s.${link.name}`,
    );
    return `d_${name}.id as ${name}_id`;
  });
  const dealReference = { stages: 'external_id', leads: 'deal_external_id' }[spec.kind as string];
  if (dealReference) {
    joins.push(
      `left join deals d_deal on d_deal.workspace_id = :ws and d_deal.external_id = s.${dealReference}`,
    );
  }
  const withIds = `select s.*, ${ids.join(', ')}, ${dealReference ? 'd_deal.id' : 'cast(null as bigint)'} as deal_id from stg s ${joins.join(' ')}`;
  const withScope = `select s.*, ${SCOPE_KEY_SQL[spec.kind] ?? 'cast(null as text)'} as scope_key from (${withIds}) s`;
  if (!input.matchStored) {
    return `select s.*, cast(null as bigint) as target_id, 'insert' as action from (${withScope}) s`;
  }
  const changes = spec.columns.map(changedSql).filter((sql): sql is string => sql !== null);
  const isChanged = changes.length > 0 ? `when ${changes.join(' or ')} then 'update' ` : '';
  const action = `case when t.id is null then 'insert' ${isChanged}else 'same' end`;
  // One join finds the stored row and compares it: a second join back by id became a million index lookups
  // whenever PostgreSQL's statistics still saw the table before the last big import.
  return `select s.*, t.id as target_id, ${action} as action from (${withScope}) s left join ${spec.table} t on t.workspace_id = :ws and ${spec.match}`;
}

/** Creates the file's missing names of one dimension: from the names gathered while staging, else by a scan. */
async function createDimensions(
  session: BulkSession,
  input: { link: DimensionLink; params: SqlParams; names: DimensionNames },
): Promise<void> {
  const { link, params } = input;
  const names = input.names.get(link.name);
  if (names?.length === 0) return;
  const source = names
    ? // `where true`: SQLite reads an `on` right after a FROM item as a join condition.
      `select distinct cast(:ws as bigint), value from ${session.jsonTextList('names')} where true`
    : `select distinct cast(:ws as bigint), ${link.name} from stg where ${link.name} is not null`;
  await session.run(
    `insert into ${link.table} (workspace_id, name) ${source} on conflict (workspace_id, name) do nothing`,
    names ? { ...params, names: JSON.stringify(names) } : params,
  );
}

/** Where the merge reads the resolved staged rows (ids, scope key, target, action). */
export interface ResolvedRows {
  /** A FROM item: the resolved staging table, or the resolving query itself. */
  from: string;
  /** Every row is new: the workspace held no rows of the kind when the merge began. */
  isInsertOnly: boolean;
}

/**
 * Kinds whose problems are found on the file's own columns (a repeated external id): stage history needs its
 * deal's id, targets and metrics their scope key, both resolved.
 */
const hasRawKey = (spec: MergeSpec) =>
  spec.kind !== 'stages' && spec.key.every((key) => spec.staging.some((column) => column.name === key));

async function hasStoredRows(session: BulkSession, input: { spec: MergeSpec; params: SqlParams }) {
  const rows = await session.all(`select 1 as x from ${input.spec.table} where workspace_id = :ws limit 1`, {
    ws: input.params.ws ?? null,
  });
  return rows.length > 0;
}

/**
 * Creates missing dimension values, then resolves the staged rows (see resolveSql). Into a workspace that holds
 * none of the kind's rows yet (a first import), every row is an insert and is read once: the resolving query
 * feeds the insert directly, instead of first being written to a table of its own (a million rows written and
 * read again). Otherwise the staging table is replaced by its resolved form under the same name, read by each
 * step of the merge. Runs inside the merge transaction: a rollback brings the raw staging table back.
 */
export async function prepareStaged(
  session: BulkSession,
  input: { spec: MergeSpec; params: SqlParams; names: DimensionNames },
): Promise<ResolvedRows> {
  const { spec, params } = input;
  for (const link of spec.dimensions) await createDimensions(session, { link, params, names: input.names });
  const isInsertOnly = hasRawKey(spec) && !(await hasStoredRows(session, { spec, params }));
  if (!isInsertOnly) {
    const resolved = `${session.staging}_resolved`;
    await session.run(`create temp table ${resolved} as ${resolveSql(spec, { matchStored: true })}`, params);
    await session.run('drop table stg');
    await session.run(`alter table ${resolved} rename to ${session.staging}`);
  }
  if (session.engine === 'postgres' && !isInsertOnly) {
    // PostgreSQL never analyzes temp tables by itself; the duplicate check and the writes plan on these columns.
    await session.run(`analyze stg (${[...spec.key, 'action'].join(', ')})`);
  }
  return isInsertOnly
    ? { from: `(${resolveSql(spec, { matchStored: false })})`, isInsertOnly }
    : { from: 'stg', isInsertOnly };
}

/** Rows that cannot be imported as a set: repeated keys (after the first) and stage history of unknown deals. */
export async function findStagedProblems(session: BulkSession, spec: MergeSpec): Promise<StagedProblem[]> {
  if (session.engine === 'sqlite') {
    // SQLite groups and joins by index (this check, --mark-missing). PostgreSQL hashes both: building the index
    // cost it more than it saved.
    await session.run(
      `create index if not exists ${session.staging}_key on stg (${spec.key.join(', ')}, line)`,
    );
  }
  const duplicates = await session.all<{ line: number; value: string; first_line: number }>(
    `select s.line as line, s.${spec.key[0]} as value, f.first_line as first_line from stg s join (select ${spec.key.join(', ')}, min(line) as first_line from stg group by ${spec.key.join(', ')} having count(*) > 1) f on ${keyJoin(spec, 's', 'f')} where s.line > f.first_line order by s.line`,
  );
  const problems: StagedProblem[] = duplicates.map((row) => ({
    line: Number(row.line),
    column: spec.key[0]!,
    value: String(row.value ?? ''),
    ...createImportProblem('duplicate_key', { kind: spec.kind, firstLine: Number(row.first_line) }),
  }));
  if (spec.kind === 'stages') {
    const unknown = await session.all<{ line: number; value: string }>(
      'select line, external_id as value from stg where deal_id is null order by line',
    );
    for (const row of unknown) {
      problems.push({
        line: Number(row.line),
        column: 'external_id',
        value: row.value,
        ...createImportProblem('deal_unknown', {}),
      });
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}

/** With --skip-invalid: drops the rows findStagedProblems reported, keeping each key's first row. */
export async function dropStagedProblems(session: BulkSession, spec: MergeSpec): Promise<void> {
  await session.run(
    `delete from stg where exists (select 1 from stg o where ${keyJoin(spec, 'o', 'stg')} and o.line < stg.line)`,
  );
  if (spec.kind === 'stages') await session.run('delete from stg where deal_id is null');
}

function changedSql(column: MergeColumn): string | null {
  if (column.changed === false || !column.isUpdatable) return null;
  return column.changed ?? `t.${column.column} is distinct from ${column.value}`;
}

/** Counts the actions prepareStaged decided (after dropStagedProblems, when it ran). */
export async function classifyStaged(session: BulkSession, resolved: ResolvedRows): Promise<MergeCounts> {
  if (resolved.isInsertOnly) {
    const rows = await session.all<{ n: number }>('select count(*) as n from stg');
    return { inserted: Number(rows[0]?.n ?? 0), updated: 0, unchanged: 0 };
  }
  const rows = await session.all<{ action: string; n: number }>(
    'select action, count(*) as n from stg group by action',
  );
  const count = (action: string) => Number(rows.find((row) => row.action === action)?.n ?? 0);
  return { inserted: count('insert'), updated: count('update'), unchanged: count('same') };
}

/** Writes the file's values to the stored rows classified 'update' (only the columns the file maps). */
export async function updateStaged(session: BulkSession, input: { spec: MergeSpec; params: SqlParams }) {
  const { spec, params } = input;
  const updates = spec.columns.filter((column) => column.isUpdatable);
  if (updates.length === 0) return;
  await session.run(
    `update ${spec.table} as t set ${updates.map((c) => `${c.column} = ${c.value}`).join(', ')} from stg s where t.id = s.target_id and s.action = 'update'`,
    params,
  );
}

/** The INSERT of the rows classified 'insert' (run as is, or wrapped by insertDealsWithFirstStages). */
export function insertStagedSql(spec: MergeSpec, resolved: ResolvedRows): string {
  const columns = spec.columns.map((c) => c.column);
  const values = spec.columns.map((c) => c.insertValue ?? c.value);
  return `insert into ${spec.table} (workspace_id, ${columns.join(', ')}) select cast(:ws as bigint), ${values.join(', ')} from ${resolved.from} s where s.action = 'insert'`;
}
