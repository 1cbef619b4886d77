import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REQUEST_STATUSES, ROLES } from '../types.ts';
import { canMoveRequest, listRequestMoves, type RequestMover } from './workflow.ts';

const MOVERS: RequestMover[] = [...ROLES, 'system'];

describe('request workflow', () => {
  it.each([
    { from: 'requested', to: 'asking', by: 'system', allowed: true },
    { from: 'requested', to: 'asking', by: 'marketing', allowed: true },
    { from: 'requested', to: 'asking', by: 'sales_manager', allowed: false },
    { from: 'asking', to: 'diagnosing', by: 'system', allowed: true },
    { from: 'diagnosing', to: 'briefing', by: 'marketing', allowed: true },
    { from: 'diagnosing', to: 'briefing', by: 'system', allowed: false },
    { from: 'diagnosing', to: 'briefing', by: 'sales_manager', allowed: false },
    { from: 'briefing', to: 'in_market', by: 'marketing', allowed: true },
    { from: 'asking', to: 'closed', by: 'sales_manager', allowed: true },
    { from: 'asking', to: 'closed', by: 'marketing', allowed: false },
    { from: 'closed', to: 'requested', by: 'admin', allowed: false },
    { from: 'requested', to: 'briefing', by: 'marketing', allowed: false },
    { from: 'asking', to: 'asking', by: 'marketing', allowed: false },
    { from: 'requested', to: 'asking', by: 'sales_rep', allowed: false },
    { from: 'requested', to: 'closed', by: 'viewer', allowed: false },
  ] as const)('$by moves $from → $to: $allowed', ({ from, to, by, allowed }) => {
    expect(canMoveRequest({ from, to, by })).toBe(allowed);
  });

  it('lists the moves for buttons in workflow order', () => {
    expect(listRequestMoves({ from: 'diagnosing', by: 'marketing' })).toEqual(['asking', 'briefing']);
    expect(listRequestMoves({ from: 'diagnosing', by: 'sales_manager' })).toEqual(['closed']);
    expect(listRequestMoves({ from: 'closed', by: 'admin' })).toEqual([]);
  });

  it('never lets reps or viewers move a request, never stays in place, and admins may do what marketing may', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REQUEST_STATUSES),
        fc.constantFrom(...REQUEST_STATUSES),
        fc.constantFrom(...MOVERS),
        (from, to, by) => {
          const allowed = canMoveRequest({ from, to, by });
          if (by === 'sales_rep' || by === 'viewer' || from === to) expect(allowed).toBe(false);
          if (canMoveRequest({ from, to, by: 'marketing' }))
            expect(canMoveRequest({ from, to, by: 'admin' })).toBe(true);
        },
      ),
    );
  });
});
