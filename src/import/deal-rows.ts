/**
 * Deal and stage-history rows → validated records. Outcomes come from an outcome column, Salesforce's Won/Closed
 * flags, or the stage name ("Closed Won", "Gewonnen" …); lost reasons are coded to a barrier on the way in.
 */
import type { BarrierKey } from '../core/aida.ts';
import type { DealOutcome } from '../core/types.ts';
import type { DealRecord, StageRecord } from '../storage/bulk/records.ts';
import { createImportProblem } from './problems.ts';
import type { RowReader } from './row-reader.ts';
import { memoize, normalizeWord } from './values.ts';

export type LostReasonCoder = (text: string) => {
  barrier: BarrierKey | 'unknown';
  confidence: number;
  because: string[];
};

/** Outcome words in exports (normalised): Salesforce, HubSpot (also its internal ids), Pipedrive, German UIs. */
const OUTCOME_WORDS: Record<string, DealOutcome> = {
  won: 'won',
  win: 'won',
  'closed won': 'won',
  closedwon: 'won',
  gewonnen: 'won',
  'abgeschlossen gewonnen': 'won',
  'abgeschlossen und gewonnen': 'won',
  auftrag: 'won',
  lost: 'lost',
  'closed lost': 'lost',
  closedlost: 'lost',
  verloren: 'lost',
  'abgeschlossen verloren': 'lost',
  'abgeschlossen und verloren': 'lost',
  open: 'open',
  offen: 'open',
  'in progress': 'open',
  active: 'open',
  aktiv: 'open',
};

const OUTCOME_LABEL: Record<DealOutcome, string> = { open: 'Open', won: 'Won', lost: 'Lost' };

/** Problems built once, not per bad row. */
const OUTCOME_UNKNOWN = createImportProblem('outcome_unknown', {});
const STAGE_OR_OUTCOME_MISSING = createImportProblem('stage_or_outcome_missing', {});
const CURRENCY_EXPECTED = createImportProblem('currency_expected', {});

export const matchOutcome = memoize(
  (text: string): DealOutcome | null => OUTCOME_WORDS[normalizeWord(text)] ?? null,
);

const CURRENCY_SIGNS: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP', '¥': 'JPY' };

function readOutcome(reader: RowReader, stage: string | null): DealOutcome | null {
  const outcome = reader.text('outcome');
  if (outcome !== null) {
    return matchOutcome(outcome) ?? reader.fail('outcome', outcome, OUTCOME_UNKNOWN);
  }
  if (reader.has('is_closed')) {
    const isClosed = reader.flag('is_closed');
    if (!isClosed) return 'open';
    return reader.flag('is_won') ? 'won' : 'lost';
  }
  if (stage !== null) return matchOutcome(reader.mapValue('outcome', stage)) ?? 'open';
  return reader.fail('stage', '', STAGE_OR_OUTCOME_MISSING);
}

/** The ISO code of a currency cell (`€` → EUR, `eur` → EUR), or null when it is none. */
const currencyCode = memoize((raw: string): string | null => {
  const code = (CURRENCY_SIGNS[raw] ?? raw).toUpperCase();
  return /^[A-Z]{3}$/.test(code) ? code : null;
});

function readCurrency(reader: RowReader, fallback: string): string {
  const raw = reader.text('currency');
  if (raw === null) return fallback;
  const code = currencyCode(raw);
  if (code !== null) return code;
  reader.fail('currency', raw, CURRENCY_EXPECTED);
  return fallback;
}

export interface DealRowOptions {
  currency: string;
  codeLostReason?: LostReasonCoder;
}

/** Caches coder results: exports repeat a handful of reasons thousands of times. */
function createBarrierLookup(coder: LostReasonCoder | undefined) {
  const cache = new Map<string, BarrierKey | null>();
  return (text: string | null): BarrierKey | null => {
    if (text === null || !coder) return null;
    const cached = cache.get(text);
    if (cached !== undefined) return cached;
    const { barrier } = coder(text);
    const result = barrier === 'unknown' ? null : barrier;
    if (cache.size < 10_000) cache.set(text, result);
    return result;
  };
}

export function createDealRowBuilder(options: DealRowOptions) {
  const codeBarrier = createBarrierLookup(options.codeLostReason);
  return (reader: RowReader): DealRecord | null => {
    const externalId = reader.required('external_id');
    const stageText = reader.text('stage');
    const outcome = readOutcome(reader, stageText);
    const closeDate = reader.date('close_date');
    const closedOn = outcome === 'open' ? null : (reader.date('closed_at') ?? closeDate);
    const expectedCloseOn = reader.date('expected_close') ?? (outcome === 'open' ? closeDate : null);
    if (outcome !== null && outcome !== 'open' && closedOn === null && reader.errors.length === 0) {
      reader.fail(
        reader.has('closed_at') ? 'closed_at' : 'close_date',
        '',
        createImportProblem('close_date_missing', { outcome }),
      );
    }
    const lostReason = reader.text('lost_reason');
    const record: DealRecord = {
      line: reader.line,
      externalId: externalId ?? '',
      name: reader.text('name') ?? externalId ?? '',
      account: reader.text('account'),
      product: reader.text('product'),
      segment: reader.text('segment'),
      region: reader.text('region'),
      owner: reader.text('owner'),
      team: reader.text('team'),
      stage: stageText ?? OUTCOME_LABEL[outcome ?? 'open'],
      outcome: outcome ?? 'open',
      amountCents: reader.money('amount') ?? 0,
      currency: readCurrency(reader, options.currency),
      createdOn: reader.date('created_at'),
      expectedCloseOn,
      closedOn,
      lostReason,
      lostBarrier: codeBarrier(lostReason),
      competitor: reader.text('competitor'),
      isRenewal: reader.flag('is_renewal') ?? false,
      leadSource: reader.text('lead_source'),
    };
    return reader.errors.length === 0 ? record : null;
  };
}

export function buildStageRecord(reader: RowReader): StageRecord | null {
  const externalId = reader.required('external_id');
  const stage = reader.required('stage');
  const changedOn = reader.requiredDate('changed_at');
  if (externalId === null || stage === null || changedOn === null) return null;
  return { line: reader.line, externalId, stage, changedOn };
}
