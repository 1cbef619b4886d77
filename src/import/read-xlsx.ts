/** Excel workbooks (.xlsx): waiting for a streaming XLSX reader dependency (see the import issue). */
import type { FileInspection } from './inspect-file.ts';
import { badFileError } from './inspect-file.ts';
import type { RowBatch } from './read-csv.ts';

export async function inspectXlsx(_path: string): Promise<FileInspection> {
  throw badFileError('Excel workbooks (.xlsx) cannot be read yet: save the sheet as CSV and import that');
}

export function readXlsxBatches(_path: string): AsyncIterable<RowBatch> {
  throw badFileError('Excel workbooks (.xlsx) cannot be read yet: save the sheet as CSV and import that');
}
