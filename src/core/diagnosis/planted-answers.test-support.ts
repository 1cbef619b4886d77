/**
 * How a simulated rep answers a question: from the barrier shares they perceive in their own lost deals (true
 * share + noise). Scale answers pick the anchor whose range holds the perception, shares are rounded to 5 %,
 * choices follow the strongest perceived barriers, texts and quotes use a phrase for the rep's main barrier,
 * and reps link up to two of their lost deals of the question's barrier.
 */
import { BARRIER_KEYS, type BarrierKey } from '../aida.ts';
import { SCALE_ANCHORS } from '../questions/scale.ts';
import type { ChoiceOption, ChoiceQuestion, QuestionDefinition } from '../questions/types.ts';
import type { Random } from '../random.ts';
import { phraseFor } from './planted-world.test-support.ts';
import type { DiagnosisAnswer } from './types.ts';

export interface SimulatedRep {
  repId: number;
  deals: readonly { dealId: number; barrier: BarrierKey; amountCents: number }[];
  perceived: Record<BarrierKey, number>;
}

export interface AnswerQuestionInput {
  random: Random;
  rep: SimulatedRep;
  question: QuestionDefinition;
}

function rankPerceived(rep: SimulatedRep): BarrierKey[] {
  return [...BARRIER_KEYS].sort((a, b) => rep.perceived[b] - rep.perceived[a]);
}

/** Choice options by how strongly the rep perceives their barrier; picks above 10 % (at least one) for multi. */
function chooseOptions(rep: SimulatedRep, question: ChoiceQuestion): string | string[] | undefined {
  const perceivedOf = (option: ChoiceOption) => (option.barrier ? rep.perceived[option.barrier] : -1);
  const ranked = [...question.options].sort((a, b) => perceivedOf(b) - perceivedOf(a));
  if (question.answerType === 'single_choice') return ranked[0]?.key;
  const picked = ranked.filter((option) => perceivedOf(option) >= 0.1);
  return (picked.length > 0 ? picked : ranked.slice(0, 1))
    .slice(0, question.maxChoices ?? 3)
    .map((o) => o.key);
}

function chooseValue({ random, rep, question }: AnswerQuestionInput): unknown {
  const seen = question.barrier ? rep.perceived[question.barrier] : 0;
  const price = rep.perceived.price_perceived_high;
  if ('options' in question) return chooseOptions(rep, question);
  switch (question.answerType) {
    case 'scale':
      return SCALE_ANCHORS.find((anchor) => seen < anchor.highShare || anchor.value === 5)?.value ?? 1;
    case 'share':
      return 5 * Math.round(20 * seen);
    case 'text':
      return phraseFor(
        question.barrier && seen >= 0.2
          ? question.barrier
          : (rankPerceived(rep)[0] ?? 'price_perceived_high'),
      );
    case 'competitor':
      if (rep.perceived.competitor_preferred < 0.1 && price < 0.2) return null;
      return [
        {
          name: random.next() < 0.8 ? 'Lumetra' : 'Kessler Sensorik',
          better: price >= 0.2 ? 'deutlich günstiger' : null,
        },
      ];
    case 'price_point': {
      const gap = price >= 0.3 ? 0.15 + 0.1 * random.next() : 0.03 * random.next();
      return { customerCents: Math.round(4_000_000 * (1 - gap)), oursCents: 4_000_000 };
    }
  }
}

/** The rep's answer, or null when the rep leaves the question blank. */
export function answerQuestion(input: AnswerQuestionInput): DiagnosisAnswer | null {
  const value = chooseValue(input);
  if (value === null || value === undefined) return null;
  const { rep, question } = input;
  const linkedDeals = question.barrier
    ? rep.deals
        .filter((deal) => deal.barrier === question.barrier)
        .slice(0, 2)
        .map((deal) => ({ dealId: deal.dealId, amountCents: deal.amountCents, outcome: 'lost' as const }))
    : [];
  return { repId: rep.repId, questionKey: question.key, value, linkedDeals };
}
