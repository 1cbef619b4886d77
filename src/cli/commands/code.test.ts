import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { trainBarrierModel } from '../../core/coding/naive-bayes.ts';
import { runCodeCommand } from './code.ts';

function collect(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

function parseLines(text: string): Record<string, unknown>[] {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('tandem code', () => {
  it('codes one text per line into JSON lines, keeping line order and empty lines', async () => {
    const input = Readable.from([
      'Preis zu hoch\r\nkannten uns nicht\n\nCompetitor had ',
      'better devices\n',
    ]);
    const output = collect();
    const count = await runCodeCommand({ input, output: output.stream });
    const lines = parseLines(output.text());
    expect(count).toBe(4);
    expect(lines.map((line) => line.barrier)).toEqual([
      'price_perceived_high',
      'awareness_low',
      'unknown',
      'competitor_preferred',
    ]);
    expect(lines[0]).toEqual({
      text: 'Preis zu hoch',
      barrier: 'price_perceived_high',
      confidence: expect.any(Number),
      because: ['Preis', 'zu hoch'],
    });
    expect(Object.keys(lines[3] ?? {})).toEqual(['text', 'barrier', 'confidence', 'because']);
  });

  it('uses a workspace model when given', async () => {
    const model = trainBarrierModel([
      { text: 'Quellcode-Hinterlegung gefordert', barrier: 'purchase_friction' },
    ]);
    const output = collect();
    await runCodeCommand({
      input: Readable.from(['Quellcode-Hinterlegung gefordert\n']),
      output: output.stream,
      model,
    });
    expect(parseLines(output.text())[0]?.barrier).toBe('purchase_friction');
  });

  it('respects backpressure on a small output buffer', async () => {
    const texts = Array.from({ length: 2000 }, (_, index) => `Lieferzeit ${index} Wochen zu lang\n`);
    const output = new PassThrough({ highWaterMark: 256 });
    const received: string[] = [];
    const reading = (async () => {
      for await (const chunk of output) received.push(String(chunk));
    })();
    const count = await runCodeCommand({ input: Readable.from(texts), output });
    output.end();
    await reading;
    expect(count).toBe(2000);
    expect(parseLines(received.join('')).every((line) => line.barrier === 'purchase_friction')).toBe(true);
  });
});
