/**
 * The brief as a real PDF (issue 7 item 2), laid out from its Markdown (headings, lists, tables, paragraphs) so
 * the PDF says exactly what the Markdown export says, in the reader's language. pdfkit's built-in Helvetica
 * covers Latin-1 plus € and typographic quotes; the few maths signs of the gap arithmetic are spelled in ASCII.
 */
import PDFDocument from 'pdfkit';

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

function writeTableRow(doc: PDFKit.PDFDocument, line: string, isHeader: boolean): void {
  const cells = line
    .split(/(?<!\\)\|/)
    .slice(1, -1)
    .map((cell) => plain(cell.trim()));
  if (cells.every((cell) => /^:?-+:?$/.test(cell))) return;
  doc
    .font(isHeader ? 'Helvetica-Bold' : 'Helvetica')
    .fontSize(9)
    .text(cells.join('   ·   '), { paragraphGap: 2 });
}

function writeLine(doc: PDFKit.PDFDocument, line: string, state: { inTable: boolean }): void {
  if (line.startsWith('|')) {
    writeTableRow(doc, line, !state.inTable);
    state.inTable = true;
    return;
  }
  state.inTable = false;
  if (line.trim() === '') return void doc.moveDown(0.4);
  const heading = /^(#{1,3}) (.*)$/.exec(line);
  if (heading?.[1] && heading[2] !== undefined) {
    const size = [20, 14, 12][heading[1].length - 1] ?? 12;
    doc.moveDown(heading[1].length === 1 ? 0 : 0.5);
    doc.font('Helvetica-Bold').fontSize(size).fillColor('#1f2a44').text(plain(heading[2]));
    doc.fillColor('black');
    return;
  }
  const item = /^(\s*)(- |\d+\. )(.*)$/.exec(line);
  if (item) {
    const bullet = item[2] === '- ' ? '•' : (item[2] ?? '').trim();
    doc
      .font('Helvetica')
      .fontSize(10)
      .text(`${bullet}  ${plain(item[3] ?? '')}`, { indent: 12 });
    return;
  }
  const quote = line.startsWith('> ');
  doc
    .font(quote || line.startsWith('**') ? 'Helvetica-Bold' : 'Helvetica')
    .fontSize(10)
    .text(plain(quote ? line.slice(2) : line), { paragraphGap: 2 });
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
  const state = { inTable: false };
  for (const line of markdown.split('\n')) writeLine(doc, line, state);
  doc.end();
  return done;
}
