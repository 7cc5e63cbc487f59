/**
 * Batch progress on the terminal: a redrawn bar on a TTY, one plain line per deck elsewhere (CI,
 * pipes), nothing with --quiet. Time comes from an injected clock so the text is testable.
 */
import type { BatchEntry, BatchProgress } from '../batch/run-batch.js';

export interface ProgressSink {
  /** Redraws the current line (TTY only). */
  redraw: (line: string) => void;
  line: (line: string) => void;
}

const BAR_WIDTH = 24;

export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

export function progressBar(
  done: number,
  total: number,
  current: string,
  elapsedMs: number,
): string {
  const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
  const eta = done === 0 ? '--:--' : formatDuration((elapsedMs / done) * (total - done));
  const name = current.length > 30 ? `${current.slice(0, 29)}…` : current;
  return `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${done}/${total}  ${name}  elapsed ${formatDuration(elapsedMs)}  ETA ${eta}`;
}

export function deckLine(entry: BatchEntry): string {
  if (entry.status === 'failed') return `✗ ${entry.group}: ${entry.reason ?? 'failed'}`;
  const kb = Math.round((entry.bytes ?? 0) / 1024);
  return `✓ ${entry.group} → ${entry.file} (${entry.slides ?? 0} slides, ${kb} KB, ${(entry.ms / 1000).toFixed(1)} s)`;
}

export function createProgressReporter(
  mode: 'bar' | 'lines' | 'quiet',
  sink: ProgressSink,
  now: () => number,
) {
  const started = now();
  let total = 0;
  let done = 0;
  return (event: BatchProgress): void => {
    if (mode === 'quiet') return;
    if (event.type === 'start') total = event.total;
    if (event.type === 'deck-done') {
      done = event.done;
      if (mode === 'lines') sink.line(deckLine(event.entry));
      else if (event.entry.status === 'failed') sink.line(deckLine(event.entry));
    }
    if (mode === 'bar') {
      const current =
        event.type === 'deck-start'
          ? event.group
          : event.type === 'deck-done'
            ? event.entry.group
            : '';
      sink.redraw(progressBar(done, total, current, now() - started));
    }
  };
}

/** The closing summary: one row per deck. */
export function summaryTable(entries: readonly BatchEntry[]): string[] {
  const rows = entries.map((entry) => [
    entry.group,
    entry.status === 'ok' ? String(entry.slides ?? 0) : '-',
    entry.status === 'ok' ? entry.file : '-',
    entry.status === 'ok' ? `${Math.round((entry.bytes ?? 0) / 1024)} KB` : '-',
    `${(entry.ms / 1000).toFixed(1)} s`,
    entry.status === 'ok' ? 'ok' : `FAILED: ${entry.reason ?? ''}`,
  ]);
  const header = ['Group', 'Slides', 'File', 'Size', 'Time', 'Status'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const format = (row: string[]) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ');
  return [format(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(format)];
}
