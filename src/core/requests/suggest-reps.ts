/**
 * Which reps to ask (issue step 3): the people who work the scope, from deal ownership. A rep user is linked to
 * their CRM owner name (`owners.user_id`); reps with more of the scope's deals over the last year have seen more
 * of its customers, so they come first.
 */
import { addDays, type IsoDate } from '../calendar.ts';
import { listDealsInScope } from '../detect/indicator-scope.ts';
import type { Deal, Dimensions, Scope } from '../types.ts';
import { isDealActiveIn } from './diagnosis-window.ts';

export interface RepCandidate {
  userId: number;
  name: string;
}

export interface RepSuggestion extends RepCandidate {
  /** The scope's deals the rep's owners held in the last year (any outcome). */
  dealCount: number;
  /** Of those, lost in the last year. */
  lostCount: number;
}

export const SUGGESTION_LOOKBACK_DAYS = 365;

/** Reps with deals in the scope, most deals first (then by name); reps without any are not suggested. */
export function suggestReps(input: {
  deals: readonly Deal[];
  dimensions: Dimensions;
  scope: Scope;
  reps: readonly RepCandidate[];
  today: IsoDate;
}): RepSuggestion[] {
  const range = { from: addDays(input.today, -SUGGESTION_LOOKBACK_DAYS), to: input.today };
  const scopeDeals = listDealsInScope(input).filter((deal) => isDealActiveIn(deal, range));
  return input.reps
    .map((rep) => {
      const ownerIds = new Set(
        input.dimensions.owners.filter((owner) => owner.userId === rep.userId).map((owner) => owner.id),
      );
      const mine = scopeDeals.filter((deal) => deal.ownerId !== null && ownerIds.has(deal.ownerId));
      const lostCount = mine.filter((deal) => deal.outcome === 'lost').length;
      return { ...rep, dealCount: mine.length, lostCount };
    })
    .filter((rep) => rep.dealCount > 0)
    .sort((a, b) => b.dealCount - a.dealCount || a.name.localeCompare(b.name, 'de'));
}
