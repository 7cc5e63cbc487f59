/** `kamdeck validate <input>`: load and validate only; every problem, grouped by sheet. */
import type { Argv } from 'yargs';
import type { BuildOptions } from '../pipeline.js';
import { validateInput } from '../validate-input.js';
import { toBuildOptions } from './build-command.js';
import { addLimitOptions, type LimitArgs } from './limit-options.js';
import { EXIT, type Output } from './report.js';
import { formatReportJson, formatReportText } from './validate-report.js';

export interface ValidateArgs extends LimitArgs {
  input: string;
  json?: boolean | undefined;
  locale?: string | undefined;
  currency?: string | undefined;
  allowPartialScores?: boolean | undefined;
}

export function validateCommandOptions(yargs: Argv): Argv<ValidateArgs> {
  return addLimitOptions(yargs)
    .positional('input', {
      type: 'string',
      describe: 'Workbook (.xlsx), CSV file or folder, or JSON file',
      demandOption: true,
    })
    .option('json', {
      type: 'boolean',
      describe: 'Print the problems as JSON (for CI and other tools)',
    })
    .option('locale', {
      type: 'string',
      describe: 'Locale for numbers and dates, e.g. it-IT (overrides the Deck sheet)',
    })
    .option('currency', {
      type: 'string',
      describe: 'ISO 4217 currency (overrides the Deck sheet)',
    })
    .option('allow-partial-scores', {
      type: 'boolean',
      describe: 'Accept empty Scores cells (as build --allow-partial-scores does)',
    }) as unknown as Argv<ValidateArgs>;
}

function validateOptions(args: ValidateArgs): BuildOptions {
  return toBuildOptions({
    input: args.input,
    locale: args.locale,
    currency: args.currency,
    allowPartialScores: args.allowPartialScores,
    maxInputMb: args.maxInputMb,
    maxRows: args.maxRows,
  });
}

/** Exit 0 when the input would build (warnings allowed), 2 when it has errors. */
export async function runValidate(args: ValidateArgs, output: Output): Promise<number> {
  const report = await validateInput(args.input, validateOptions(args));
  if (args.json === true) output.out(formatReportJson(report));
  else for (const line of formatReportText(report)) output.out(line);
  return report.valid ? EXIT.ok : EXIT.badInput;
}
