/** Import API contract: upload, inspect, run (JSON or NDJSON progress stream), history, error report, mappings. */
import { z } from 'zod';
import { IMPORT_KINDS } from '../import/kinds.ts';
import { mappingSchema } from '../import/mapping.ts';
import { PRESETS } from '../import/presets.ts';
import { isoDateSchema } from './cockpit.ts';
import type { ErrorBody } from './errors.ts';

export const importKindSchema = z.enum(IMPORT_KINDS);

export const formatOverridesSchema = z.object({
  encoding: z.enum(['utf-8', 'windows-1252', 'utf-16le', 'utf-16be']).optional(),
  delimiter: z.enum([',', ';', '\t', '|']).optional(),
  decimal: z.enum([',', '.']).optional(),
  dateOrder: z.enum(['dmy', 'mdy']).optional(),
});

export const fileFormatSchema = z.object({
  type: z.enum(['csv', 'xlsx']),
  encoding: z.string(),
  delimiter: z.string(),
  newline: z.string(),
  decimal: z.enum([',', '.']),
  dateOrder: z.enum(['dmy', 'mdy']).nullable(),
  isDateOrderAmbiguous: z.boolean(),
});

export const inspectQuerySchema = formatOverridesSchema.extend({ kind: importKindSchema.default('deals') });

export const inspectionSchema = z.object({
  uploadId: z.string(),
  fileName: z.string(),
  sizeBytes: z.number(),
  kind: importKindSchema,
  format: fileFormatSchema,
  headers: z.array(z.string()),
  preview: z.array(z.array(z.string())),
  preset: z.enum(PRESETS),
  mapping: mappingSchema,
  /** Tandem fields of this kind, for the mapping editor. */
  fields: z.array(
    z.object({ key: z.string(), type: z.string(), isRequired: z.boolean(), description: z.string() }),
  ),
});
export type Inspection = z.infer<typeof inspectionSchema>;

export const runImportBodySchema = z.object({
  uploadId: z.string().uuid(),
  kind: importKindSchema,
  mapping: mappingSchema.optional(),
  preset: z.enum(PRESETS).optional(),
  asOf: isoDateSchema.optional(),
  format: formatOverridesSchema.default({}),
  dryRun: z.boolean().default(false),
  skipInvalid: z.boolean().default(false),
  markMissing: z.boolean().default(false),
});
export type RunImportBody = z.input<typeof runImportBodySchema>;

export const rowErrorSchema = z.object({
  line: z.number(),
  column: z.string(),
  value: z.string(),
  /** In English; the Data page words the problem from `code` and `params` (src/import/problem-texts.ts). */
  message: z.string(),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type RowErrorBody = z.infer<typeof rowErrorSchema>;

export const importResultSchema = z.object({
  importId: z.number(),
  kind: importKindSchema,
  status: z.enum(['done', 'dry_run', 'failed']),
  rows: z.number(),
  inserted: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  rejected: z.number(),
  markedMissing: z.number(),
  /** The first errors; the error report (CSV) has all that were kept. */
  errors: z.array(rowErrorSchema),
});
export type ImportResult = z.infer<typeof importResultSchema>;

/** Lines of the NDJSON stream of POST /api/imports with `Accept: application/x-ndjson`. */
export type ImportStreamEvent =
  | { type: 'progress'; rows: number; bytesRead: number; totalBytes: number; phase: 'reading' | 'merging' }
  | { type: 'result'; result: ImportResult }
  | { type: 'error'; error: ErrorBody['error'] };

export const importHistorySchema = z.object({
  imports: z.array(
    z.object({
      id: z.number(),
      kind: z.string(),
      fileName: z.string(),
      status: z.string(),
      /** The name of the person who started the import. */
      startedBy: z.string().nullable(),
      startedAt: z.string(),
      finishedAt: z.string().nullable(),
      rows: z.number(),
      inserted: z.number(),
      updated: z.number(),
      unchanged: z.number(),
      rejected: z.number(),
    }),
  ),
});
export type ImportHistory = z.infer<typeof importHistorySchema>;

export const savedMappingSchema = z.object({
  name: z.string(),
  kind: importKindSchema,
  mapping: mappingSchema,
});
export const savedMappingsSchema = z.object({ mappings: z.array(savedMappingSchema) });
export type SavedMapping = z.infer<typeof savedMappingSchema>;
