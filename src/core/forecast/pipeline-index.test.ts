import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { historyArbitrary } from '../../../test/support/pipeline-builders.ts';
import { isWithinScope } from '../scope.ts';
import type { Scope } from '../types.ts';
import { indexPipeline, listDealIndexesInScope } from './pipeline-index.ts';

const OWNERS = [
  { id: 1, name: 'Rep 1', teamId: 10, userId: null },
  { id: 2, name: 'Rep 2', teamId: 20, userId: null },
];

/** Deals spread over two products, two segments, two owners (in two teams) or none of them. */
const spreadArbitrary = historyArbitrary().chain((history) =>
  fc
    .array(fc.tuple(fc.constantFrom(1, 2, null), fc.constantFrom(1, 2, null), fc.constantFrom(1, 2, null)), {
      minLength: history.deals.length,
      maxLength: history.deals.length,
    })
    .map((dimensions) => ({
      ...history,
      deals: history.deals.map((deal, i) => {
        const [productId, segmentId, ownerId] = dimensions[i]!;
        return { ...deal, productId, segmentId, ownerId };
      }),
    })),
);

const SCOPES: Scope[] = [
  {},
  { product: 1 },
  { product: 2, segment: 1 },
  { team: 10 },
  { owner: 2 },
  { segment: 2 },
];

describe('listDealIndexesInScope', () => {
  it('lists, ascending, the positions of the deals whose scope lies within the scope asked', () => {
    fc.assert(
      fc.property(spreadArbitrary, (history) => {
        const index = indexPipeline({ history, asOf: '2030-01-01', owners: OWNERS });
        for (const scope of SCOPES) {
          const expected = index.deals.flatMap((item, position) =>
            isWithinScope(item.scope, scope) ? [position] : [],
          );
          expect([...listDealIndexesInScope(index, scope)]).toEqual(expected);
        }
      }),
    );
  });
});
