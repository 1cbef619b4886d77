/**
 * How an answer becomes evidence for a barrier — rules as data, the same for catalogue questions and for
 * questions marketing writes (only answer type, barrier and option barriers matter):
 * - scale: the anchor's range midpoint is the rep's share estimate (scale.ts); 4–5 is strong evidence.
 * - share: the value is the rep's share estimate; 30 % or more is strong evidence.
 * - single/multi choice: each picked option is strong evidence for its barrier.
 * - text (and any quote): coded by the barrier coder; a code other than `unknown` is strong evidence.
 * - competitor: strong evidence for `competitor_preferred` when the question is about that barrier or the rep
 *   says what was better; the "better" text is coded too ("deutlich günstiger" → price).
 * - price point: a customer expecting 10 % or more below our price is strong evidence for price perception.
 * "Strong" feeds a barrier's support (the weighted share of reps naming it); estimates feed its answer score.
 */
import type { BarrierKey } from '../aida.ts';
import type { BarrierCode, BarrierCoder } from '../coding/code-text.ts';
import { estimateShareFromScale, SCALE_ANCHORS } from './scale.ts';
import type {
  AnswerType,
  CompetitorMention,
  LocalizedText,
  PricePoint,
  QuestionDefinition,
} from './types.ts';

export const EVIDENCE_RULES = {
  strongScaleAtLeast: 4,
  strongSharePctAtLeast: 30,
  /** Share below our price that the customer expected, 0–1. */
  strongPriceGapAtLeast: 0.1,
} as const;

/** What the diagnosis page can show under "how this answer counts". */
export const EVIDENCE_DESCRIPTIONS: Record<AnswerType, LocalizedText> = {
  scale: {
    de: 'Die Spanne der Antwort ergibt den geschätzten Anteil; „oft“ und „fast immer“ zählen als starker Hinweis.',
    en: 'The answer’s range gives the estimated share; “often” and “almost always” count as strong evidence.',
  },
  share: {
    de: 'Der Anteil ist eine direkte Schätzung; ab 30 % zählt er als starker Hinweis.',
    en: 'The share is a direct estimate; 30 % or more counts as strong evidence.',
  },
  single_choice: {
    de: 'Die gewählte Option zählt für ihre Barriere.',
    en: 'The option picked counts for its barrier.',
  },
  multi_choice: {
    de: 'Jede gewählte Option zählt für ihre Barriere.',
    en: 'Each option picked counts for its barrier.',
  },
  text: {
    de: 'Der Text wird einer Barriere zugeordnet; die entscheidenden Wörter werden gezeigt.',
    en: 'The text is coded to a barrier; the words that decided are shown.',
  },
  competitor: {
    de: 'Ein genannter Wettbewerber zählt für „Wettbewerb gilt als besser“; was dort besser war, wird zugeordnet.',
    en: 'A competitor named counts for “competitor seen as better”; what was better there is coded.',
  },
  price_point: {
    de: 'Erwartet der Kunde 10 % oder mehr unter unserem Preis, zählt das für „als zu teuer wahrgenommen“.',
    en: 'A customer expecting 10 % or more below our price counts for “seen as too expensive”.',
  },
};

export interface CodedText {
  text: string;
  role: 'answer' | 'better' | 'quote';
  code: BarrierCode;
  /** The barrier the text is evidence about: its code, else the question's barrier, else null. */
  barrier: BarrierKey | null;
}

export interface AnswerEvidence {
  /**
   * The rep's estimates of a barrier's share of their lost deals, 0–1, with the range the answer allows: a scale
   * anchor's range, or the share itself for a share answer.
   */
  estimates: { barrier: BarrierKey; share: number; low: number; high: number }[];
  /** Barriers this answer names with strong evidence (distinct). */
  strong: BarrierKey[];
  /** Barriers the answer is about: its linked deals count as evidence for these (distinct). */
  about: BarrierKey[];
  texts: CodedText[];
  competitors: { name: string; better: string | null }[];
  /** How far below our price the customer expected to pay, 0–1 (negative: above); null without a price point. */
  priceGap: number | null;
}

export interface ReadEvidenceInput {
  question: QuestionDefinition;
  /** A value validateAnswer accepted. */
  value: unknown;
  quote?: string | null;
  coder: BarrierCoder;
}

function codeOne(coder: BarrierCoder, text: string, role: CodedText['role'], fallback: BarrierKey | null) {
  const code = coder.code(text);
  const barrier = code.barrier === 'unknown' ? fallback : code.barrier;
  return { text, role, code, barrier };
}

function readTexts(input: ReadEvidenceInput): CodedText[] {
  const { question, value, quote, coder } = input;
  const texts: CodedText[] = [];
  if (question.answerType === 'text' && typeof value === 'string') {
    texts.push(codeOne(coder, value, 'answer', question.barrier));
  }
  if (question.answerType === 'competitor') {
    for (const entry of value as readonly CompetitorMention[]) {
      if (entry.better?.trim()) texts.push(codeOne(coder, entry.better, 'better', null));
    }
  }
  if (quote?.trim()) texts.push(codeOne(coder, quote, 'quote', question.barrier));
  return texts;
}

function readNumbers(question: QuestionDefinition, value: unknown) {
  const estimates: AnswerEvidence['estimates'] = [];
  const strong: BarrierKey[] = [];
  const { barrier } = question;
  if (barrier && question.answerType === 'scale' && typeof value === 'number') {
    const anchor = SCALE_ANCHORS.find((item) => item.value === value);
    if (anchor)
      estimates.push({
        barrier,
        share: estimateShareFromScale(anchor),
        low: anchor.lowShare,
        high: anchor.highShare,
      });
    if (value >= EVIDENCE_RULES.strongScaleAtLeast) strong.push(barrier);
  }
  if (barrier && question.answerType === 'share' && typeof value === 'number') {
    estimates.push({ barrier, share: value / 100, low: value / 100, high: value / 100 });
    if (value >= EVIDENCE_RULES.strongSharePctAtLeast) strong.push(barrier);
  }
  return { estimates, strong };
}

function readChoices(question: QuestionDefinition, value: unknown): BarrierKey[] {
  if (!('options' in question)) return [];
  const picked = new Set(typeof value === 'string' ? [value] : (value as readonly string[]));
  return question.options.flatMap((option) =>
    picked.has(option.key) && option.barrier ? [option.barrier] : [],
  );
}

function computePriceGap(question: QuestionDefinition, value: unknown): number | null {
  if (question.answerType !== 'price_point') return null;
  const point = value as PricePoint;
  return (point.oursCents - point.customerCents) / point.oursCents;
}

/** Reads one valid answer as evidence. Pure; the coder is passed in so a batch shares its memo and model. */
export function readAnswerEvidence(input: ReadEvidenceInput): AnswerEvidence {
  const { question, value } = input;
  const texts = readTexts(input);
  const { estimates, strong } = readNumbers(question, value);
  const about: BarrierKey[] = question.barrier ? [question.barrier] : [];
  const chosen = readChoices(question, value);
  strong.push(...chosen);
  about.push(...chosen);
  for (const text of texts) {
    if (text.code.barrier !== 'unknown') strong.push(text.code.barrier);
    if (text.barrier) about.push(text.barrier);
  }
  const competitors =
    question.answerType === 'competitor'
      ? (value as readonly CompetitorMention[]).map((entry) => ({
          name: entry.name.trim(),
          better: entry.better?.trim() || null,
        }))
      : [];
  const isCompetitorEvidence =
    competitors.length > 0 &&
    (question.barrier === 'competitor_preferred' || competitors.some((entry) => entry.better));
  if (isCompetitorEvidence) strong.push('competitor_preferred');
  const priceGap = computePriceGap(question, value);
  if (priceGap !== null && priceGap >= EVIDENCE_RULES.strongPriceGapAtLeast)
    strong.push('price_perceived_high');
  if (priceGap !== null) about.push('price_perceived_high');
  return {
    estimates,
    strong: [...new Set(strong)],
    about: [...new Set(about)],
    texts,
    competitors,
    priceGap,
  };
}
