import { describe, expect, it } from 'vitest';
import { requireFound, requireInWorkspace } from './row-access.ts';

describe('row access', () => {
  it('returns a row that is there and in the workspace', () => {
    expect(requireFound({ id: 1 }, 'Deal 1')).toEqual({ id: 1 });
    const row = { id: 7, workspaceId: 2 };
    expect(requireInWorkspace({ row, workspaceId: 2, what: 'Deal 7' })).toBe(row);
  });

  it('answers "missing" and "another workspace\'s" with the same NOT_FOUND', () => {
    const missing = () => requireFound(null, 'Deal 7');
    const foreign = () =>
      requireInWorkspace({ row: { id: 7, workspaceId: 3 }, workspaceId: 2, what: 'Deal 7' });
    for (const attempt of [missing, foreign])
      expect(attempt).toThrow(expect.objectContaining({ code: 'NOT_FOUND', message: 'Deal 7 not found' }));
  });
});
