import { describe, expect, it } from 'vitest';
import { isWithinScope, parentScope, parseScopeKey, toScopeKey } from './scope.ts';

describe('scopes', () => {
  it('keys are stable regardless of property order and round-trip', () => {
    expect(toScopeKey({ segment: 2, product: 1 })).toBe('product=1;segment=2');
    expect(parseScopeKey('product=1;segment=2')).toEqual({ product: 1, segment: 2 });
    expect(toScopeKey({})).toBe('');
    expect(parseScopeKey('')).toEqual({});
  });

  it('rejects unknown dimensions', () => {
    expect(() => parseScopeKey('colour=1')).toThrow(/Bad scope key/);
  });

  it('nests scopes', () => {
    expect(isWithinScope({ product: 1, segment: 2 }, { product: 1 })).toBe(true);
    expect(isWithinScope({ product: 1 }, { product: 1, segment: 2 })).toBe(false);
    expect(parentScope({ product: 1, segment: 2 })).toEqual({ product: 1 });
    expect(parentScope({})).toBeNull();
  });
});
