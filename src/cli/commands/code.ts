import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { type BarrierModel, createBarrierCoder } from '../../core/coding/code-text.ts';

export interface CodeCommandOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** A workspace model (trainBarrierModel); without it the lexicon codes alone. */
  model?: BarrierModel | null;
}

/**
 * `tandem code [FILE|-]`: one text per input line → one JSON line
 * `{"text","barrier","confidence","because":[…]}` per input line, in order (empty lines code as unknown, so
 * output line n belongs to input line n). Streams: memory stays flat for any input size. Returns the line count.
 */
export async function runCodeCommand(options: CodeCommandOptions): Promise<number> {
  const coder = createBarrierCoder({ model: options.model ?? null });
  const lines = createInterface({ input: options.input, crlfDelay: Number.POSITIVE_INFINITY });
  let count = 0;
  for await (const text of lines) {
    const code = coder.code(text);
    const line = `${JSON.stringify({ text, barrier: code.barrier, confidence: code.confidence, because: code.because })}\n`;
    count++;
    if (!options.output.write(line)) await once(options.output, 'drain');
  }
  return count;
}
