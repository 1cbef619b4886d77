/**
 * Data page API: upload a file (streamed to disk, size-limited), inspect it, run the import (JSON, or an NDJSON
 * progress stream with `Accept: application/x-ndjson`), list past imports, download an error report, keep mappings.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type ImportHooks, type ImportSummary, importFile } from '../../app/import-file.ts';
import { inspectUpload } from '../../app/inspect-upload.ts';
import { getUpload, removeUpload, saveUpload } from '../../app/uploads.ts';
import { localeQuerySchema } from '../../contract/campaigns.ts';
import {
  type ImportResult,
  type ImportStreamEvent,
  importHistorySchema,
  importResultSchema,
  inspectionSchema,
  inspectQuerySchema,
  runImportBodySchema,
  savedMappingSchema,
  savedMappingsSchema,
} from '../../contract/imports.ts';
import { AppError, isAppError } from '../../core/errors.ts';
import { formatErrorReport, type ReportedRowError } from '../../import/error-report.ts';
import { createImportError, createImportProblem } from '../../import/problems.ts';
import { defineRoute } from '../route.ts';
import { todayIso } from '../today.ts';

const READ = { resource: 'imports', action: 'read' } as const;
const WRITE = { resource: 'imports', action: 'write' } as const;
/** Errors sent back with a result; the downloadable report keeps up to ERROR_REPORT_LIMIT. */
const ERRORS_IN_RESPONSE = 200;

function toResult(summary: ImportSummary): ImportResult {
  const { importId, kind, status, rows, inserted, updated, unchanged, rejected, markedMissing } = summary;
  const errors = summary.errors.slice(0, ERRORS_IN_RESPONSE);
  return { importId, kind, status, rows, inserted, updated, unchanged, rejected, markedMissing, errors };
}

function tooLarge(limitBytes: number): AppError {
  const megabytes = Math.max(1, Math.round(limitBytes / 1_048_576));
  return createImportError(createImportProblem('file_too_large', { megabytes }), [], 'PAYLOAD_TOO_LARGE');
}

async function receiveUpload(request: FastifyRequest, limitBytes: number) {
  const file = await request.file().catch(() => undefined);
  if (!file) throw new AppError('VALIDATION', 'Send the file as multipart/form-data in a field named "file"');
  let upload: Awaited<ReturnType<typeof saveUpload>>;
  try {
    upload = await saveUpload({ stream: file.file, fileName: file.filename || 'upload.csv' });
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE' || file.file.truncated)
      throw tooLarge(limitBytes);
    throw error;
  }
  if (file.file.truncated) {
    await removeUpload(upload);
    throw tooLarge(limitBytes);
  }
  return upload;
}

function streamEvents(reply: FastifyReply): (event: ImportStreamEvent) => void {
  reply.hijack();
  reply.raw.writeHead(200, {
    'content-type': 'application/x-ndjson; charset=utf-8',
    'cache-control': 'no-store',
  });
  return (event) => reply.raw.write(`${JSON.stringify(event)}\n`);
}

function toStreamError(error: unknown, request: FastifyRequest): ImportStreamEvent {
  if (isAppError(error)) {
    const { code, message, details, problem } = error;
    return { type: 'error', error: { code, message, details, ...(problem ? { problem } : {}) } };
  }
  request.log.error({ err: error }, 'import failed');
  return {
    type: 'error',
    error: {
      code: 'INTERNAL',
      message: 'Something went wrong on our side; the error has been logged',
      details: [],
    },
  };
}

export function createImportRoutes(hooks: ImportHooks = {}) {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/imports/uploads',
      permission: WRITE,
      summary:
        'Upload a CSV or XLSX file (multipart field "file") and get its detected format, preview and mapping',
      tags: ['imports'],
      query: inspectQuerySchema,
      response: inspectionSchema,
      status: 201,
      async handler({ ctx, request, query }) {
        const upload = await receiveUpload(request, ctx.config.uploadLimitBytes);
        const { kind, ...format } = query;
        return inspectUpload({ upload, kind, format });
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/imports/uploads/:uploadId',
      permission: WRITE,
      summary: 'Inspect an uploaded file again, for another kind or with corrected format settings',
      tags: ['imports'],
      params: z.object({ uploadId: z.string() }),
      query: inspectQuerySchema,
      response: inspectionSchema,
      async handler({ params, query }) {
        const { kind, ...format } = query;
        return inspectUpload({ upload: await getUpload(params.uploadId), kind, format });
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/imports',
      permission: WRITE,
      summary:
        'Import an uploaded file (dry run or for real); NDJSON progress with Accept: application/x-ndjson',
      tags: ['imports'],
      body: runImportBodySchema,
      async handler({ ctx, principal, body, request, reply }) {
        const upload = await getUpload(body.uploadId);
        const run = (
          onProgress?: (progress: Omit<Extract<ImportStreamEvent, { type: 'progress' }>, 'type'>) => void,
        ) =>
          importFile({
            ...hooks,
            storage: ctx.storage,
            database: ctx.database,
            workspaceId: principal.workspaceId,
            userId: principal.userId,
            path: upload.path,
            fileName: upload.fileName,
            kind: body.kind,
            asOf: body.asOf ?? todayIso(),
            ...(body.mapping ? { mapping: body.mapping } : {}),
            ...(body.preset ? { preset: body.preset } : {}),
            format: body.format,
            dryRun: body.dryRun,
            skipInvalid: body.skipInvalid,
            markMissing: body.markMissing,
            ...(onProgress ? { onProgress } : {}),
          });
        const finish = async (summary: ImportSummary) => {
          if (summary.status === 'done') await removeUpload(upload);
          return toResult(summary);
        };
        if (!request.headers.accept?.includes('application/x-ndjson'))
          return importResultSchema.parse(await finish(await run()));
        const send = streamEvents(reply);
        try {
          send({
            type: 'result',
            result: await finish(await run((progress) => send({ type: 'progress', ...progress }))),
          });
        } catch (error) {
          send(toStreamError(error, request));
        }
        reply.raw.end();
        return undefined;
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/imports',
      permission: READ,
      summary: 'Past imports of this workspace, newest first: who, when, which file, counts',
      tags: ['imports'],
      response: importHistorySchema,
      async handler({ ctx, principal }) {
        const imports = await ctx.storage.imports.list(principal.workspaceId);
        // People by name, as everywhere else; an id only where the account is gone.
        const users = await ctx.storage.users.list(principal.workspaceId);
        const names = new Map(users.map((user) => [user.id, user.name]));
        return {
          imports: imports.map((entry) => ({
            ...entry,
            startedBy:
              entry.startedBy === null ? null : (names.get(entry.startedBy) ?? String(entry.startedBy)),
          })),
        };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/imports/:id/errors.csv',
      permission: READ,
      summary:
        'The error report of an import as CSV (line, column, value, message) in `locale`, else the caller’s language',
      tags: ['imports'],
      params: z.object({ id: z.coerce.number().int().positive() }),
      query: localeQuerySchema,
      async handler({ ctx, principal, params, query, reply }) {
        const errors = await ctx.storage.imports.findErrors(principal.workspaceId, params.id);
        if (errors === null) throw new AppError('NOT_FOUND', `Import ${params.id} not found`);
        reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="import-${params.id}-errors.csv"`);
        const locale = query.locale ?? principal.locale;
        return reply.send(formatErrorReport(errors as unknown as ReportedRowError[], locale));
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/imports/mappings',
      permission: READ,
      summary: 'Saved column mappings of this workspace',
      tags: ['imports'],
      response: savedMappingsSchema,
      async handler({ ctx, principal }) {
        const saved = await ctx.storage.imports.listMappings(principal.workspaceId);
        return { mappings: saved.flatMap((entry) => savedMappingSchema.safeParse(entry).data ?? []) };
      },
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/imports/mappings',
      permission: WRITE,
      summary: 'Save a column mapping under a name for the next import',
      tags: ['imports'],
      body: savedMappingSchema,
      response: savedMappingSchema,
      async handler({ ctx, principal, body }) {
        await ctx.storage.imports.saveMapping(principal.workspaceId, body);
        return body;
      },
    }),
  ];
}
