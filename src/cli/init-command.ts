/** `kamdeck init [file.xlsx]`: writes the fill-in workbook of the whole input contract. */
import type { Argv } from 'yargs';
import { DEFAULT_INIT_FILE } from '../init/defaults.js';
import { EXIT, type Output } from './report.js';

export interface InitArgs {
  file?: string | undefined;
  blank?: boolean | undefined;
  force?: boolean | undefined;
}

export function initCommandOptions(yargs: Argv): Argv<InitArgs> {
  return yargs
    .positional('file', {
      type: 'string',
      describe: `Workbook to write (default ${DEFAULT_INIT_FILE})`,
    })
    .option('blank', {
      type: 'boolean',
      describe: 'Header rows only, without the example rows',
    })
    .option('force', {
      type: 'boolean',
      describe: 'Replace the file if it exists',
    }) as unknown as Argv<InitArgs>;
}

export async function runInit(args: InitArgs, output: Output): Promise<number> {
  const file = args.file ?? DEFAULT_INIT_FILE;
  // Loaded on use: exceljs and its writers cost every other command ~0.3 s of start-up.
  const { initWorkbook } = await import('../init/init-workbook.js');
  await initWorkbook(file, { blank: args.blank === true, force: args.force === true });
  const examples = args.blank === true ? '' : ' (grey rows are examples: replace them)';
  output.out(`Wrote ${file}${examples}. Fill it in, then run:`);
  output.out(`  kamdeck validate ${file}`);
  output.out(`  kamdeck build ${file}`);
  return EXIT.ok;
}
