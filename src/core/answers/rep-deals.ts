/**
 * The deals a rep may link to an answer (issue 6 item 4): the rep's own deals in the request's scope that were
 * lost lately or are stuck (open past their expected close), searchable by deal or account name. Pure: the
 * caller passes the workspace's deals and `today`.
 */
import { addDays, type IsoDate } from '../calendar.ts';
import { listDealsInScope } from '../detect/indicator-scope.ts';
import type { Deal, Dimensions, Scope } from '../types.ts';

/** Lost deals older than this are history, not examples of what customers say now. */
export const LINKABLE_LOST_DAYS = 365;

export interface RepDeal extends Deal {
  isStalled: boolean;
}

export interface ListRepDealsInput {
  deals: readonly Deal[];
  dimensions: Dimensions;
  scope: Scope;
  userId: number;
  today: IsoDate;
  /** Words to find in the deal's or the account's name (case-insensitive); empty finds all. */
  query?: string;
  limit?: number;
}

/** Open with its expected close date passed: the deal stalls. */
export function isDealStalled(deal: Deal, today: IsoDate): boolean {
  return deal.outcome === 'open' && deal.expectedCloseOn !== null && deal.expectedCloseOn < today;
}

/** Whether the deal belongs to an owner linked to the user. */
export function isOwnedBy(deal: Deal, dimensions: Dimensions, userId: number): boolean {
  return dimensions.owners.some((owner) => owner.userId === userId && owner.id === deal.ownerId);
}

function matches(deal: Deal, words: readonly string[]): boolean {
  const haystack = `${deal.name} ${deal.account ?? ''}`.toLocaleLowerCase('de');
  return words.every((word) => haystack.includes(word));
}

/** The rep's linkable deals in the scope: lost in the last year, then stalled; most recent first. */
export function listRepDeals(input: ListRepDealsInput): RepDeal[] {
  const since = addDays(input.today, -LINKABLE_LOST_DAYS);
  const words = (input.query ?? '').toLocaleLowerCase('de').split(/\s+/).filter(Boolean);
  const linkable = listDealsInScope({ deals: input.deals, dimensions: input.dimensions, scope: input.scope })
    .filter((deal) => isOwnedBy(deal, input.dimensions, input.userId))
    .map((deal) => ({ ...deal, isStalled: isDealStalled(deal, input.today) }))
    .filter(
      (deal) =>
        (deal.outcome === 'lost' && deal.closedOn !== null && deal.closedOn >= since) || deal.isStalled,
    )
    .filter((deal) => matches(deal, words));
  const dateOf = (deal: RepDeal) => deal.closedOn ?? deal.expectedCloseOn ?? deal.createdOn;
  linkable.sort((a, b) =>
    a.outcome !== b.outcome
      ? a.outcome === 'lost'
        ? -1
        : 1
      : dateOf(b).localeCompare(dateOf(a)) || a.id - b.id,
  );
  return linkable.slice(0, input.limit ?? linkable.length);
}
