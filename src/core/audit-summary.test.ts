import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH, REDACTED, summarizeChange } from './audit-summary.ts';

describe('audit summaries', () => {
  it.each([
    ['nothing', {}, {}],
    [
      'a creation',
      { after: { email: 'a@b.de', role: 'viewer' } },
      { after: { email: 'a@b.de', role: 'viewer' } },
    ],
    ['a deletion', { before: { name: 'Token' } }, { before: { name: 'Token' } }],
    [
      'an update keeps only what changed',
      { before: { role: 'viewer', name: 'Anna' }, after: { role: 'marketing', name: 'Anna' } },
      { before: { role: 'viewer' }, after: { role: 'marketing' } },
    ],
    ['an update that changed nothing', { before: { role: 'viewer' }, after: { role: 'viewer' } }, {}],
    [
      'a field that appears',
      { before: { role: 'viewer' }, after: { role: 'viewer', revokedAt: '2026-01-01' } },
      { before: { revokedAt: null }, after: { revokedAt: '2026-01-01' } },
    ],
    [
      'secrets are redacted',
      { after: { passwordHash: '$argon2id$…', apiToken: 'tdm_x', secret: 's', name: 'n' } },
      { after: { passwordHash: REDACTED, apiToken: REDACTED, secret: REDACTED, name: 'n' } },
    ],
  ])('%s', (_label, change, expected) => {
    expect(summarizeChange(change)).toEqual(expected);
  });

  it('cuts long texts', () => {
    const summary = summarizeChange({ after: { comment: 'x'.repeat(1000) } });
    expect(String(summary.after?.comment)).toHaveLength(MAX_TEXT_LENGTH + 1);
  });

  it('an update summary names exactly the fields that differ, and never mutates its input', () => {
    const record = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), fc.oneof(fc.integer(), fc.string()));
    fc.assert(
      fc.property(record, record, (before, after) => {
        const frozen = JSON.stringify([before, after]);
        const summary = summarizeChange({ before, after });
        const changed = Object.keys({ ...before, ...after }).filter(
          (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
        );
        expect(Object.keys(summary.after ?? {}).sort()).toEqual(changed.sort());
        expect(JSON.stringify([before, after])).toBe(frozen);
      }),
    );
  });
});
