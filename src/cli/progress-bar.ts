/** A one-line progress bar on stderr (rows, rows/s, ETA), redrawn in place; silent when stderr is not a terminal. */
export interface ProgressBar {
  update(input: { rows: number; bytesRead: number; totalBytes: number; phase: string }): void;
  done(): void;
}

const WIDTH = 24;

function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '–';
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  return `${Math.floor(seconds / 60)}m${String(Math.ceil(seconds % 60)).padStart(2, '0')}s`;
}

export function createProgressBar(stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  const startedAt = performance.now();
  let lastDraw = 0;
  const isTerminal = stream.isTTY === true;
  return {
    update({ rows, bytesRead, totalBytes, phase }) {
      const now = performance.now();
      if (!isTerminal || now - lastDraw < 100) return;
      lastDraw = now;
      const share = totalBytes > 0 ? Math.min(1, bytesRead / totalBytes) : 0;
      const seconds = (now - startedAt) / 1000;
      const rate = seconds > 0 ? rows / seconds : 0;
      const eta = share > 0 ? (seconds / share) * (1 - share) : Number.POSITIVE_INFINITY;
      const filled = Math.round(share * WIDTH);
      const bar = `${'='.repeat(filled)}${' '.repeat(WIDTH - filled)}`;
      const label = phase === 'merging' ? 'merging …' : `ETA ${formatSeconds(eta)}`;
      stream.write(
        `\r[${bar}] ${Math.round(share * 100)}% ${rows.toLocaleString('en')} rows ${Math.round(rate).toLocaleString('en')} rows/s ${label}   `,
      );
    },
    done() {
      if (isTerminal && lastDraw > 0) stream.write('\n');
    },
  };
}
