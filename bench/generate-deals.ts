/**
 * Writes a canonical deals CSV of N rows, deterministic: the comma variant (ISO dates, decimal point) or the
 * German Excel variant (`;`, decimal comma, 31.12.2026 dates). Used by the import benchmark and the kill test.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

export type DealFileVariant = 'comma' | 'semicolon';

/** The columns of a canonical deals file (DESIGN §6), as the generated files and the XLSX fixture write them. */
export const CANONICAL_DEAL_HEADER = [
  'external_id',
  'name',
  'account',
  'product',
  'segment',
  'region',
  'owner',
  'stage',
  'outcome',
  'amount',
  'currency',
  'created_at',
  'expected_close',
  'closed_at',
  'lost_reason',
  'competitor',
  'is_renewal',
  'lead_source',
];
const STAGES = ['Prospecting', 'Qualification', 'Proposal', 'Negotiation', 'Closed Won', 'Closed Lost'];
const REASONS = ['Too expensive', 'Chose a competitor', 'No budget this year', 'Product lacks features'];

function formatDate(year: number, month: number, day: number, variant: DealFileVariant): string {
  const [mm, dd] = [String(month).padStart(2, '0'), String(day).padStart(2, '0')];
  return variant === 'comma' ? `${year}-${mm}-${dd}` : `${dd}.${mm}.${year}`;
}

function formatRow(index: number, variant: DealFileVariant): string {
  const stage = STAGES[index % STAGES.length]!;
  const outcome = stage === 'Closed Won' ? 'won' : stage === 'Closed Lost' ? 'lost' : 'open';
  const month = 1 + (index % 12);
  const day = 1 + (index % 28);
  const cents = (index * 7919) % 10_000_000;
  const amount = variant === 'comma' ? (cents / 100).toFixed(2) : (cents / 100).toFixed(2).replace('.', ',');
  const closed = outcome === 'open' ? '' : formatDate(2026, month, day, variant);
  const values = [
    `D${index}`,
    `Deal ${index}`,
    `Account ${index % 5000}`,
    `Product ${index % 7}`,
    `Segment ${index % 4}`,
    `Region ${index % 3}`,
    `Owner ${index % 40}`,
    stage,
    outcome,
    amount,
    'EUR',
    formatDate(2025, month, day, variant),
    formatDate(2026, month, day, variant),
    closed,
    outcome === 'lost' ? REASONS[index % REASONS.length]! : '',
    outcome === 'lost' && index % 2 === 0 ? 'Acme' : '',
    index % 5 === 0 ? 'true' : 'false',
    'web',
  ];
  return values.join(variant === 'comma' ? ',' : ';');
}

export async function writeDealsCsv(input: {
  path: string;
  rows: number;
  variant: DealFileVariant;
}): Promise<void> {
  const out = createWriteStream(input.path);
  out.write(`${CANONICAL_DEAL_HEADER.join(input.variant === 'comma' ? ',' : ';')}\n`);
  let buffer = '';
  for (let index = 0; index < input.rows; index += 1) {
    buffer += `${formatRow(index, input.variant)}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}
