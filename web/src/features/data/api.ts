/** Data page calls that the JSON client does not cover: multipart upload and the NDJSON progress stream. */
import type { ErrorBody } from '../../../../src/contract/errors.ts';
import type {
  ImportResult,
  ImportStreamEvent,
  Inspection,
  RunImportBody,
} from '../../../../src/contract/imports.ts';
import { ApiError, toQuery } from '../../api/client.ts';

function csrfHeader(): Record<string, string> {
  const match = document.cookie.match(/(?:^|;\s*)tandem_csrf=([^;]+)/);
  return match?.[1] ? { 'x-csrf-token': decodeURIComponent(match[1]) } : {};
}

async function failure(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as ErrorBody | null;
  return new ApiError(response.status, body, `${response.status} ${response.statusText}`);
}

export async function uploadFile(file: File, kind: string): Promise<Inspection> {
  const form = new FormData();
  form.append('file', file);
  const response = await fetch(`/api/imports/uploads${toQuery({ kind })}`, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: { accept: 'application/json', ...csrfHeader() },
  });
  if (!response.ok) throw await failure(response);
  return (await response.json()) as Inspection;
}

export type Progress = Extract<ImportStreamEvent, { type: 'progress' }>;

/** Runs an import and reports progress lines as they arrive; resolves with the result line. */
export async function runImport(
  body: RunImportBody,
  onProgress: (progress: Progress) => void,
): Promise<ImportResult> {
  const response = await fetch('/api/imports', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/x-ndjson', ...csrfHeader() },
    body: JSON.stringify(body),
  });
  if (!response.ok || !response.body) throw await failure(response);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffered += value;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines.filter(Boolean)) {
      const event = JSON.parse(line) as ImportStreamEvent;
      if (event.type === 'progress') onProgress(event);
      if (event.type === 'result') return event.result;
      if (event.type === 'error')
        throw new ApiError(400, { error: event.error } as ErrorBody, event.error.message);
    }
  }
  throw new Error('The import ended without a result');
}
