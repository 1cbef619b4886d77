/** Console output for commands: progress and messages on stderr, results (JSON) on stdout. */
export interface CliOutput {
  info(line: string): void;
  result(value: unknown): void;
}

export const consoleOutput: CliOutput = {
  info: (line) => process.stderr.write(`${line}\n`),
  result: (value) => process.stdout.write(`${typeof value === 'string' ? value : JSON.stringify(value)}\n`),
};
