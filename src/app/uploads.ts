/**
 * Uploaded import files wait on disk (never in memory) between "inspect" and "import": one file and a small
 * JSON note per upload, in the temp directory, cleared after a day. Behind a load balancer, uploads need
 * sticky sessions or a shared temp directory.
 */

import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../core/errors.ts';
import { createImportError, createImportProblem } from '../import/problems.ts';

export interface Upload {
  uploadId: string;
  path: string;
  fileName: string;
  sizeBytes: number;
}

const UPLOAD_DIR = join(tmpdir(), 'tandem-uploads');
const MAX_AGE_MS = 24 * 3600 * 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function removeOldUploads(): Promise<void> {
  const entries = await readdir(UPLOAD_DIR).catch(() => []);
  for (const entry of entries) {
    const path = join(UPLOAD_DIR, entry);
    const info = await stat(path).catch(() => null);
    if (info && Date.now() - info.mtimeMs > MAX_AGE_MS) await rm(path, { force: true });
  }
}

/** Streams an upload to disk; the caller maps a size-limit error to 413. */
export async function saveUpload(input: { stream: Readable; fileName: string }): Promise<Upload> {
  await mkdir(UPLOAD_DIR, { recursive: true });
  await removeOldUploads();
  const uploadId = crypto.randomUUID();
  const path = join(UPLOAD_DIR, uploadId);
  try {
    await pipeline(input.stream, createWriteStream(path));
  } catch (error) {
    await rm(path, { force: true });
    throw error;
  }
  const { size } = await stat(path);
  const upload = { uploadId, path, fileName: input.fileName, sizeBytes: size };
  await writeFile(`${path}.json`, JSON.stringify(upload));
  return upload;
}

export async function getUpload(uploadId: string): Promise<Upload> {
  if (!UUID.test(uploadId)) throw new AppError('NOT_FOUND', 'No such upload');
  try {
    return JSON.parse(await readFile(join(UPLOAD_DIR, `${uploadId}.json`), 'utf8')) as Upload;
  } catch {
    throw createImportError(createImportProblem('upload_gone', {}), [], 'NOT_FOUND');
  }
}

export async function removeUpload(upload: Upload): Promise<void> {
  await rm(upload.path, { force: true });
  await rm(`${upload.path}.json`, { force: true });
}
