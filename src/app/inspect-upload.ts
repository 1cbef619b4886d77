/** Use case: what an uploaded file looks like and how Tandem would map it, for the Data page's preview step. */
import type { Inspection } from '../contract/imports.ts';
import { type FormatOverrides, inspectFile } from '../import/import-source.ts';
import { type ImportKind, KIND_FIELDS } from '../import/kinds.ts';
import { detectPreset, suggestMapping } from '../import/presets.ts';
import type { Upload } from './uploads.ts';

export async function inspectUpload(input: {
  upload: Upload;
  kind: ImportKind;
  format?: FormatOverrides;
}): Promise<Inspection> {
  const { upload, kind } = input;
  const inspection = await inspectFile(upload.path, input.format);
  const preset = detectPreset(kind, inspection.headers);
  return {
    uploadId: upload.uploadId,
    fileName: upload.fileName,
    sizeBytes: upload.sizeBytes,
    kind,
    format: inspection.format,
    headers: inspection.headers,
    preview: inspection.preview,
    preset,
    mapping: suggestMapping(preset, kind, inspection.headers),
    fields: KIND_FIELDS[kind],
  };
}
