#!/usr/bin/env node
/** The `kamdeck` executable: wires the process (argv, streams, signals, exit code) to `runCli`. */
import { hideBin } from 'yargs/helpers';
import type { Terminal } from './batch-command.js';
import { runCli } from './main.js';
import { reportError, type Output } from './report.js';

const output: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

// Ctrl-C stops scheduling new work; decks are written atomically, so nothing half-written remains.
// A second Ctrl-C exits at once.
const interrupt = new AbortController();
process.once('SIGINT', () => {
  interrupt.abort();
  process.once('SIGINT', () => process.exit(130));
});

const terminal: Terminal = {
  isTTY: process.stdout.isTTY === true,
  ci: process.env['CI'] !== undefined && process.env['CI'] !== 'false',
  redraw: (line) => process.stdout.write(`\r\u001b[2K${line}`),
  now: () => performance.now(),
  signal: interrupt.signal,
};

runCli(hideBin(process.argv), output, process.env['KAMDECK_DEBUG'] !== undefined, terminal).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = reportError(error, output, true);
  },
);
