/**
 * The brief as a real PDF (issue 7 item 2), laid out from its Markdown (headings, lists, tables, paragraphs) so
 * the PDF says exactly what the Markdown export says, in the reader's language; tables are drawn as tables
 * (draw-pdf-table.ts). pdfkit's built-in Helvetica covers Latin-1 plus € and typographic quotes; the few maths
 * signs of the gap arithmetic are spelled in ASCII.
 */
import PDFDocument from 'pdfkit';
import { drawTable, parseMarkdownTable } from './draw-pdf-table.ts';

const REPLACEMENTS: [RegExp, string][] = [
  [/[⌈⌉]/g, ''],
  [/→/g, '->'],
  [/[−‒]/g, '-'],
  [/≥/g, '>='],
  [/≤/g, '<='],
  [/≈/g, '~'],
  [/★/g, '*'],
  [/[\u202f\u2009]/g, ' '],
];

function toWinAnsi(text: string): string {
  return REPLACEMENTS.reduce((line, [pattern, by]) => line.replace(pattern, by), text);
}

/** Markdown emphasis and escapes removed: the PDF sets weight by the line's kind. */
function plain(text: string): string {
  return toWinAnsi(
    text
      .replace(/\*\*|__/g, '')
      .replace(/(^|\s)_([^_]+)_/g, '$1$2')
      .replace(/\\\|/g, '|'),
  );
}

/** A list item with a hanging indent: wrapped lines start under the item's text, not under its bullet. */
function writeListItem(doc: PDFKit.PDFDocument, [, nesting = '', marker = '', text = '']: RegExpExecArray) {
  const { left, right } = doc.page.margins;
  const bulletX = left + 12 + nesting.length * 6;
  const textX = bulletX + (marker === '- ' ? 10 : 14);
  const top = doc.y;
  doc
    .font('Helvetica')
    .fontSize(10)
    .text(marker === '- ' ? '•' : marker.trim(), bulletX, top, { lineBreak: false });
  doc.text(plain(text), textX, top, { width: doc.page.width - right - textX });
  doc.x = left;
}

/** Room a heading needs below it on its page: itself and about three lines, so it never ends a page. */
const KEEP_WITH_NEXT = 60;

function writeLine(doc: PDFKit.PDFDocument, line: string): void {
  if (line.trim() === '') return void doc.moveDown(0.4);
  const heading = /^(#{1,3}) (.*)$/.exec(line);
  if (heading?.[1] && heading[2] !== undefined) {
    const size = [20, 14, 12][heading[1].length - 1] ?? 12;
    doc.moveDown(heading[1].length === 1 ? 0 : 0.5);
    if (doc.y + KEEP_WITH_NEXT > doc.page.height - doc.page.margins.bottom) doc.addPage();
    doc.font('Helvetica-Bold').fontSize(size).fillColor('#1f2a44').text(plain(heading[2]));
    doc.fillColor('black');
    return;
  }
  const item = /^(\s*)(- |\d+\. )(.*)$/.exec(line);
  if (item) return void writeListItem(doc, item);
  const lead = /^\*\*(.+?)\*\*(.+)$/.exec(line);
  if (lead) return void writeLeadParagraph(doc, lead[1] ?? '', lead[2] ?? '');
  const quote = line.startsWith('> ');
  doc
    .font(quote || line.startsWith('**') ? 'Helvetica-Bold' : 'Helvetica')
    .fontSize(10)
    .text(plain(quote ? line.slice(2) : line), { paragraphGap: 2 });
}

/** "**Channels:** trade fair, …": the label bold, the rest of the paragraph regular. */
function writeLeadParagraph(doc: PDFKit.PDFDocument, label: string, rest: string): void {
  doc.font('Helvetica-Bold').fontSize(10).text(plain(label), { continued: true });
  doc.font('Helvetica').text(plain(rest), { paragraphGap: 2 });
}

export function renderBriefPdf(markdown: string, info: { title: string }): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: toWinAnsi(info.title), Creator: 'Tandem' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (!line.startsWith('|')) {
      writeLine(doc, line);
      continue;
    }
    const end = lines.findIndex((next, at) => at > index && !next.startsWith('|'));
    const block = lines.slice(index, end < 0 ? lines.length : end);
    drawTable(doc, parseMarkdownTable(block, plain));
    index += block.length - 1;
  }
  doc.end();
  return done;
}
