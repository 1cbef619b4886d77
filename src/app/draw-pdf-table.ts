/**
 * A Markdown table drawn as a table in the brief's PDF: columns sized to their content across the text column
 * (pdf-table-layout.ts), cells wrapped within their column, numbers right-aligned as the Markdown marks them, a
 * shaded header repeated on each page the table runs onto, and a rule under every row.
 */
import { fitColumnWidths } from './pdf-table-layout.ts';

type Align = 'left' | 'right' | 'center';

export interface MarkdownTable {
  header: string[];
  align: Align[];
  rows: string[][];
}

const FONT_SIZE = 9;
const PAD_X = 5;
const PAD_Y = 4;
const HEADER_FILL = '#eef1f6';
const RULE = '#c9d0db';

function splitCells(line: string, clean: (text: string) => string): string[] {
  return line
    .split(/(?<!\\)\|/)
    .slice(1, -1)
    .map((cell) => clean(cell.trim()));
}

function alignOf(marker: string): Align {
  const text = marker.trim();
  if (text.startsWith(':') && text.endsWith(':')) return 'center';
  return text.endsWith(':') ? 'right' : 'left';
}

/** Header, alignment row and body rows of the Markdown table in `lines`; `clean` removes Markdown emphasis. */
export function parseMarkdownTable(lines: string[], clean: (text: string) => string): MarkdownTable {
  const [headerLine = '', alignLine = '', ...rest] = lines;
  const header = splitCells(headerLine, clean);
  const markers = splitCells(alignLine, (text) => text);
  const align = header.map((_, index) => alignOf(markers[index] ?? ''));
  const rows = rest.map((line) => header.map((_, index) => splitCells(line, clean)[index] ?? ''));
  return { header, align, rows };
}

function measureColumns(doc: PDFKit.PDFDocument, table: MarkdownTable) {
  const natural = table.header.map(() => 0);
  const minimum = table.header.map(() => 0);
  const measure = (cells: string[], font: string) => {
    doc.font(font).fontSize(FONT_SIZE);
    for (const [index, cell] of cells.entries()) {
      const words = cell.split(/\s+/).map((word) => doc.widthOfString(word));
      // One point of slack: a box exactly as wide as its text may still wrap its last word.
      natural[index] = Math.max(natural[index] ?? 0, doc.widthOfString(cell) + 2 * PAD_X + 1);
      minimum[index] = Math.max(minimum[index] ?? 0, Math.max(0, ...words) + 2 * PAD_X + 1);
    }
  };
  measure(table.header, 'Helvetica-Bold');
  for (const row of table.rows) measure(row, 'Helvetica');
  return { natural, minimum };
}

function rowHeight(doc: PDFKit.PDFDocument, cells: string[], widths: number[], font: string): number {
  doc.font(font).fontSize(FONT_SIZE);
  const heights = cells.map((cell, index) =>
    doc.heightOfString(cell || ' ', { width: (widths[index] ?? 0) - 2 * PAD_X }),
  );
  return Math.max(...heights) + 2 * PAD_Y;
}

interface RowToDraw {
  cells: string[];
  isHeader: boolean;
  widths: number[];
  align: Align[];
}

function drawRow(
  doc: PDFKit.PDFDocument,
  { cells, isHeader, widths, align }: RowToDraw,
  top: number,
): number {
  const left = doc.page.margins.left;
  const width = widths.reduce((total, w) => total + w, 0);
  const font = isHeader ? 'Helvetica-Bold' : 'Helvetica';
  const height = rowHeight(doc, cells, widths, font);
  if (isHeader) doc.rect(left, top, width, height).fill(HEADER_FILL);
  let x = left;
  doc
    .font(font)
    .fontSize(FONT_SIZE)
    .fillColor(isHeader ? '#1f2a44' : 'black');
  for (const [index, cell] of cells.entries()) {
    const cellWidth = widths[index] ?? 0;
    doc.text(cell, x + PAD_X, top + PAD_Y, { width: cellWidth - 2 * PAD_X, align: align[index] ?? 'left' });
    x += cellWidth;
  }
  doc
    .moveTo(left, top + height)
    .lineTo(left + width, top + height)
    .lineWidth(isHeader ? 0.8 : 0.4)
    .strokeColor(RULE)
    .stroke();
  doc.fillColor('black');
  return top + height;
}

/** Draws the table at the current position, across the text column, breaking pages between rows. */
export function drawTable(doc: PDFKit.PDFDocument, table: MarkdownTable): void {
  const { margins } = doc.page;
  const available = doc.page.width - margins.left - margins.right;
  const widths = fitColumnWidths({ ...measureColumns(doc, table), available });
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const header: RowToDraw = { cells: table.header, isHeader: true, widths, align: table.align };
  const headerHeight = rowHeight(doc, table.header, widths, 'Helvetica-Bold');
  let y = doc.y + 2;
  // The header and the first row stay together: a page break before the table, not after its header.
  const firstRow = table.rows[0] ? rowHeight(doc, table.rows[0], widths, 'Helvetica') : 0;
  if (y + headerHeight + firstRow > bottom()) {
    doc.addPage();
    y = doc.page.margins.top;
  }
  y = drawRow(doc, header, y);
  for (const cells of table.rows) {
    if (y + rowHeight(doc, cells, widths, 'Helvetica') > bottom()) {
      doc.addPage();
      y = drawRow(doc, header, doc.page.margins.top);
    }
    y = drawRow(doc, { cells, isHeader: false, widths, align: table.align }, y);
  }
  doc.x = margins.left;
  doc.y = y + 6;
}
