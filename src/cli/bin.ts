#!/usr/bin/env node
/** The `kamdeck` executable: wires the process (argv, stdout, stderr, exit code) to `runCli`. */
import { hideBin } from 'yargs/helpers';
import { runCli } from './main.js';
import { reportError, type Output } from './report.js';

const output: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

runCli(hideBin(process.argv), output, process.env['KAMDECK_DEBUG'] !== undefined).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = reportError(error, output, true);
  },
);
