/**
 * The mapping file of DESIGN §6, extended by `defaults` (a constant when a field is unmapped or empty) and
 * `joins` (small lookup files, e.g. Maven's sales_teams.csv, whose columns become `<as>.<column>`).
 * `compileMapping` turns it into one getter per field so the per-row work is an array lookup.
 */
import { z } from 'zod';
import type { ErrorDetail } from '../core/errors.ts';
import { IMPORT_KINDS, type ImportKind, KIND_FIELDS } from './kinds.ts';
import { normalizeHeader } from './presets.ts';
import { createImportError, createImportProblem, toProblemDetail } from './problems.ts';
import { memoize, normalizeWord } from './values.ts';

const joinSchema = z.object({
  /** Path of the lookup file, relative to the imported file. */
  file: z.string().min(1),
  /** Column that holds the key in the imported file. */
  on: z.string().min(1),
  /** Column that holds the key in the lookup file (default: same name as `on`). */
  key: z.string().min(1).optional(),
  /** Prefix of the lookup columns in `fields` (default: the file name without extension). */
  as: z.string().min(1).optional(),
});

export const mappingSchema = z.object({
  kind: z.enum(IMPORT_KINDS).optional(),
  /** Tandem field → source header, or several headers of which the first non-empty one counts. */
  fields: z.record(z.string(), z.union([z.string().min(1), z.array(z.string().min(1)).min(1)])),
  /** Tandem field → { source value → Tandem value }. */
  values: z.record(z.string(), z.record(z.string(), z.string())).default({}),
  defaults: z.record(z.string(), z.string()).default({}),
  joins: z.array(joinSchema).default([]),
});

export type Mapping = z.infer<typeof mappingSchema>;
export type JoinSpec = z.infer<typeof joinSchema>;

/** A lookup file in memory: its headers and rows by key. */
export interface JoinTable {
  as: string;
  on: string;
  headers: string[];
  rows: Map<string, string[]>;
}

export type FieldGetter = (row: string[]) => string | null;

export interface CompiledMapping {
  /** Only mapped fields (or fields with a default) have a getter. */
  getters: Map<string, FieldGetter>;
  /** Fields the file provides: the only ones an update may change. */
  mappedFields: Set<string>;
  /** The getters with the field's value mapping applied: what a row reader reads. */
  readers: Map<string, FieldGetter>;
  /** Maps a source value to a Tandem value for `field`, exact first, then ignoring case and punctuation. */
  mapValue(field: string, value: string): string;
  /** The source column(s) of a field, for error messages. */
  columnOf(field: string): string;
}

function findColumn(headers: string[], wanted: string): number {
  const exact = headers.indexOf(wanted);
  if (exact >= 0) return exact;
  const normal = normalizeHeader(wanted);
  return headers.findIndex((header) => normalizeHeader(header) === normal);
}

function compileSource(source: string, headers: string[], joins: JoinTable[]): FieldGetter | null {
  const column = findColumn(headers, source);
  if (column >= 0) return (row) => row[column]?.trim() || null;
  const dot = source.indexOf('.');
  const join = dot > 0 ? joins.find((candidate) => candidate.as === source.slice(0, dot)) : undefined;
  if (!join) return null;
  const joinColumn = findColumn(join.headers, source.slice(dot + 1));
  const keyColumn = findColumn(headers, join.on);
  if (joinColumn < 0 || keyColumn < 0) return null;
  return (row) => join.rows.get(row[keyColumn]?.trim() ?? '')?.[joinColumn]?.trim() || null;
}

function firstNonEmpty(getters: FieldGetter[]): FieldGetter {
  if (getters.length === 1) return getters[0]!;
  return (row) => {
    for (const get of getters) {
      const value = get(row);
      if (value !== null) return value;
    }
    return null;
  };
}

/** Per field with value mappings: source value → Tandem value, exact first, then ignoring case and punctuation. */
function compileValueMaps(values: Mapping['values']): Map<string, (value: string) => string> {
  return new Map(
    Object.entries(values).map(([field, map]) => {
      const exact = new Map(Object.entries(map));
      const byWord = new Map(Object.entries(map).map(([from, to]) => [normalizeWord(from), to]));
      const loose = memoize((value: string) => byWord.get(normalizeWord(value)));
      return [field, (value: string) => exact.get(value) ?? loose(value) ?? value];
    }),
  );
}

/** Each getter followed by its field's value mapping, if it has one (one lookup per field and row). */
function composeReaders(
  getters: Map<string, FieldGetter>,
  valueMaps: Map<string, (value: string) => string>,
) {
  const readers = new Map<string, FieldGetter>();
  for (const [field, get] of getters) {
    const map = valueMaps.get(field);
    readers.set(
      field,
      map
        ? (row) => {
            const raw = get(row);
            return raw === null ? null : map(raw);
          }
        : get,
    );
  }
  return readers;
}

/** Resolves a mapping against a file's headers; refuses the whole file when a required field or header is missing. */
export function compileMapping(input: {
  kind: ImportKind;
  mapping: Mapping;
  headers: string[];
  joins?: JoinTable[];
}): CompiledMapping {
  const { kind, mapping, headers, joins = [] } = input;
  const details: ErrorDetail[] = [];
  const getters = new Map<string, FieldGetter>();
  const known = new Set(KIND_FIELDS[kind].map((definition) => definition.key));
  for (const [field, source] of Object.entries(mapping.fields)) {
    if (!known.has(field)) {
      details.push(toProblemDetail(createImportProblem('field_unknown', { field, kind }), { field }));
      continue;
    }
    const sources = Array.isArray(source) ? source : [source];
    const compiled = sources.map((name) => compileSource(name, headers, joins));
    const missing = sources.filter((_, index) => compiled[index] === null);
    if (missing.length > 0) {
      details.push(
        toProblemDetail(createImportProblem('column_missing', { column: missing[0]! }), {
          field,
          value: missing.join(', '),
        }),
      );
      continue;
    }
    getters.set(field, firstNonEmpty(compiled as FieldGetter[]));
  }
  const mappedFields = new Set(getters.keys());
  for (const [field, constant] of Object.entries(mapping.defaults)) {
    const get = getters.get(field);
    getters.set(field, get ? (row) => get(row) ?? constant : () => constant);
    mappedFields.add(field);
  }
  for (const definition of KIND_FIELDS[kind]) {
    if (definition.isRequired && !getters.has(definition.key)) {
      const problem = createImportProblem('column_required', { field: definition.key, kind });
      details.push(toProblemDetail(problem, { field: definition.key }));
    }
  }
  if (details.length > 0) {
    const available = headers.filter(Boolean).join(', ');
    throw createImportError(createImportProblem('file_does_not_fit', { kind, columns: available }), details);
  }
  const columnOf = (field: string): string => {
    const source = mapping.fields[field];
    if (source === undefined) return field;
    return Array.isArray(source) ? source.join(' | ') : source;
  };
  const valueMaps = compileValueMaps(mapping.values);
  const mapValue = (field: string, value: string) => valueMaps.get(field)?.(value) ?? value;
  return { getters, readers: composeReaders(getters, valueMaps), mappedFields, mapValue, columnOf };
}
