/** `kamdeck build <input>`: the whole pipeline to a .pptx file. */
import { basename, extname } from 'node:path';
import type { Argv } from 'yargs';
import { KamdeckError, type Diagnostic } from '../errors.js';
import { resolveCurrency, resolveLocale } from '../validate/locale.js';
import { buildDeckToFile, type BuildOptions } from '../pipeline.js';
import { limitHeapGrowthWhenLarge } from './heap.js';
import { SLIDE_KINDS } from '../slides/registry.js';
import { addLimitOptions, toLoadLimits, type LimitArgs } from './limit-options.js';
import { reportDiagnostics, type Output } from './report.js';

export interface BuildArgs extends LimitArgs {
  input: string;
  output?: string | undefined;
  theme?: string | undefined;
  template?: string | undefined;
  locale?: string | undefined;
  currency?: string | undefined;
  slides?: string | undefined;
  set?: string[] | undefined;
  allowPartialScores?: boolean | undefined;
  charts?: string | undefined;
  /** One account on the slides that show one: title, org chart, division map, timeline. */
  account?: string | undefined;
}

export function buildCommandOptions(yargs: Argv): Argv<BuildArgs> {
  return addLimitOptions(yargs)
    .positional('input', {
      type: 'string',
      describe: 'Workbook (.xlsx), CSV file or folder, or JSON file',
      demandOption: true,
    })
    .option('output', {
      alias: 'o',
      type: 'string',
      describe: 'Output .pptx (default: <input name>.pptx here)',
    })
    .option('theme', {
      type: 'string',
      describe: 'Bundled theme name (see kamdeck themes) or path to a theme .json',
    })
    .option('charts', {
      type: 'string',
      choices: ['native', 'image'],
      describe:
        'native: editable PowerPoint charts (default); image: PNG pictures drawn by chart.js, for Keynote and Google Slides',
    })
    .option('template', {
      type: 'string',
      describe: 'Bundled template name or path to a template folder',
    })
    .option('locale', {
      type: 'string',
      describe: 'Locale for numbers, dates and text, e.g. it-IT (overrides the Deck sheet)',
    })
    .option('currency', {
      type: 'string',
      describe: 'ISO 4217 currency, e.g. EUR (overrides the Deck sheet)',
    })
    .option('slides', {
      type: 'string',
      describe: `Comma-separated slide kinds, in order: ${SLIDE_KINDS.join(', ')}`,
    })
    .option('set', {
      type: 'string',
      array: true,
      describe: 'Slide option, e.g. --set pareto.cut=0.7 --set pareto.period=FY2025',
    })
    .option('account', {
      type: 'string',
      describe:
        'One account (Account ID) on the title, org chart, division map and timeline, e.g. --account KA-001 (for --template account-plan)',
    })
    .option('allow-partial-scores', {
      type: 'boolean',
      describe:
        'Score accounts with empty Scores cells on the criteria they have (weights re-normalised)',
    }) as unknown as Argv<BuildArgs>;
}

/** `pareto.cut=0.7` → { pareto: { cut: 0.7 } }; numbers and booleans are parsed, the rest stays text. */
export function parseSetOptions(
  entries: readonly string[],
): Record<string, Record<string, unknown>> {
  const options: Record<string, Record<string, unknown>> = {};
  for (const entry of entries) {
    const match = /^([a-z][\w-]*)\.([A-Za-z]\w*)=(.*)$/.exec(entry);
    if (!match)
      throw new KamdeckError(
        'USAGE',
        `--set ${entry}: expected kind.option=value, e.g. pareto.cut=0.7`,
      );
    const [, kind = '', key = '', raw = ''] = match;
    const value =
      raw === 'true'
        ? true
        : raw === 'false'
          ? false
          : raw !== '' && Number.isFinite(Number(raw))
            ? Number(raw)
            : raw;
    options[kind] = { ...options[kind], [key]: value };
  }
  return options;
}

export function defaultOutput(input: string): string {
  return `${basename(input, extname(input)) || 'deck'}.pptx`;
}

/** --locale and --currency are checked as the Deck sheet's values are, but a bad one is a usage error. */
function checkedOption(
  name: 'locale' | 'currency',
  value: string,
  check: typeof resolveLocale,
): string {
  const problems: Diagnostic[] = [];
  const resolved = check(value, { file: `--${name}` }, problems);
  const [problem] = problems;
  if (problem !== undefined)
    throw new KamdeckError('USAGE', `--${name} ${value}: ${problem.message}`);
  return resolved;
}

export function toBuildOptions(args: BuildArgs): BuildOptions {
  const options: BuildOptions = {};
  if (args.theme !== undefined) options.theme = args.theme;
  if (args.charts === 'native' || args.charts === 'image') options.charts = args.charts;
  if (args.template !== undefined) options.template = args.template;
  if (args.locale !== undefined)
    options.locale = checkedOption('locale', args.locale, resolveLocale);
  if (args.currency !== undefined)
    options.currency = checkedOption('currency', args.currency, resolveCurrency);
  if (args.slides !== undefined)
    options.slides = args.slides
      .split(',')
      .map((kind) => kind.trim())
      .filter(Boolean);
  if (args.set !== undefined) options.slideOptions = parseSetOptions(args.set);
  // The `account` option of every kind that has one; always text (an ID like 001 stays "001").
  if (args.account !== undefined) options.account = args.account;
  if (args.allowPartialScores === true) options.allowPartialScores = true;
  const limits = toLoadLimits(args);
  if (limits !== undefined) options.limits = limits;
  return options;
}

export async function runBuild(args: BuildArgs, output: Output): Promise<number> {
  const target = args.output ?? defaultOutput(args.input);
  const result = await buildDeckToFile(args.input, target, {
    ...toBuildOptions(args),
    onStage: limitHeapGrowthWhenLarge,
  });
  reportDiagnostics(result.diagnostics, output);
  const kb = Math.round(result.bytes.length / 1024);
  output.out(`Wrote ${target} (${result.deck.slides.length} slides, ${kb} KB)`);
  return 0;
}
