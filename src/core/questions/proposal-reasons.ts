/**
 * Why a question was proposed, as a code with parameters (for the UI's i18n) and in plain words (de/en) for
 * e-mails, the CLI and the API's `because` field.
 */
import type { AidaStage, BarrierKey } from '../aida.ts';
import { AIDA_STAGE_LABELS, BARRIER_LABELS } from './labels.ts';
import type { LocalizedText } from './types.ts';

export type ProposalReason =
  | { code: 'share_rose'; barrier: BarrierKey; baselinePct: number; currentPct: number }
  | {
      code: 'driver';
      barrier: BarrierKey;
      indicator: string;
      changePct: number | null;
      stage: AidaStage | null;
    }
  | { code: 'alert_stage'; barrier: BarrierKey; stage: AidaStage }
  | { code: 'rule_out'; barrier: BarrierKey }
  | { code: 'overview' }
  | { code: 'open_quote' };

const INDICATOR_LABELS: Record<string, LocalizedText> = {
  new_leads: { de: 'Neue Leads', en: 'New leads' },
  new_opportunities: { de: 'Neue Opportunities', en: 'New opportunities' },
  new_opportunity_value: { de: 'Wert neuer Opportunities', en: 'New opportunity value' },
  win_rate: { de: 'Gewinnquote', en: 'Win rate' },
  avg_deal_size: { de: 'Durchschnittliche Dealgröße', en: 'Average deal size' },
  cycle_time: { de: 'Zykluszeit', en: 'Cycle time' },
  late_stage_stalls: { de: 'Stockende Deals in späten Phasen', en: 'Late-stage stalls' },
  renewal_rate: { de: 'Verlängerungsquote', en: 'Renewal rate' },
};

const LOST_BARRIER_PREFIX = 'lost_barrier_share:';

function labelIndicator(indicator: string): LocalizedText {
  const known = INDICATOR_LABELS[indicator];
  if (known) return known;
  if (indicator.startsWith(LOST_BARRIER_PREFIX)) {
    const barrier = BARRIER_LABELS[indicator.slice(LOST_BARRIER_PREFIX.length) as BarrierKey];
    if (barrier) return { de: `Anteil „${barrier.de}“`, en: `Share “${barrier.en}”` };
  }
  return { de: indicator, en: indicator };
}

function formatChange(changePct: number | null): string {
  if (changePct === null || !Number.isFinite(changePct)) return '';
  const rounded = Math.round(changePct);
  return ` ${rounded > 0 ? '+' : rounded < 0 ? '−' : '±'}${Math.abs(rounded)} %`;
}

/** The reason in plain words. */
export function describeProposalReason(reason: ProposalReason): LocalizedText {
  switch (reason.code) {
    case 'share_rose': {
      const label = BARRIER_LABELS[reason.barrier];
      const [from, to] = [reason.baselinePct, reason.currentPct].map((pct) => Math.round(pct));
      return {
        de: `Anteil „${label.de}“ an verlorenen Deals stieg von ${from} % auf ${to} %`,
        en: `Share of lost deals “${label.en}” rose from ${from} % to ${to} %`,
      };
    }
    case 'driver': {
      const indicator = labelIndicator(reason.indicator);
      const change = formatChange(reason.changePct);
      const stage = reason.stage ? AIDA_STAGE_LABELS[reason.stage] : null;
      return {
        de: `${indicator.de}${change}${stage ? ` – Stufe ${stage.de}` : ''}`,
        en: `${indicator.en}${change}${stage ? ` – ${stage.en} stage` : ''}`,
      };
    }
    case 'alert_stage': {
      const stage = AIDA_STAGE_LABELS[reason.stage];
      return {
        de: `Die Warnung zeigt auf die Stufe ${stage.de}`,
        en: `The alert points to the ${stage.en} stage`,
      };
    }
    case 'rule_out':
      return {
        de: 'Prüft, ob eine Produktlücke dahintersteckt – die kann keine Kampagne schließen',
        en: 'Checks whether a product gap is behind it – no campaign can close that',
      };
    case 'overview':
      return {
        de: 'Überblick: welche Gründe der Vertrieb am häufigsten hört',
        en: 'Overview: which reasons sales hears most often',
      };
    case 'open_quote':
      return {
        de: 'Offene Frage: der Grund in den Worten der Kunden',
        en: 'Open question: the reason in the customers’ words',
      };
  }
}
