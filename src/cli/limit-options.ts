/** `--max-input-mb` and `--max-rows`: the limits against oversized or hostile input files. */
import type { Argv } from 'yargs';
import { KamdeckError } from '../errors.js';
import { DEFAULT_LOAD_LIMITS, type LoadLimits } from '../load/raw-table.js';

export interface LimitArgs {
  maxInputMb?: number | undefined;
  maxRows?: number | undefined;
}

const MB = 1024 * 1024;
/** A workbook unpacks to a few times its size; the zip-bomb guard follows a raised input limit. */
const UNPACK_FACTOR = 4;

export function addLimitOptions<T>(yargs: Argv<T>): Argv<T> {
  return yargs
    .option('max-input-mb', {
      type: 'number',
      describe: `Largest input file read, in MB (default ${DEFAULT_LOAD_LIMITS.maxInputBytes / MB})`,
    })
    .option('max-rows', {
      type: 'number',
      describe: `Most data rows read per sheet (default ${DEFAULT_LOAD_LIMITS.maxRowsPerTable})`,
    }) as unknown as Argv<T>;
}

function positive(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0)
    throw new KamdeckError('USAGE', `--${name} ${value}: expected a number greater than 0`);
  return value;
}

/** The limits the options ask for; the defaults where none is given. */
export function toLoadLimits(args: LimitArgs): Partial<LoadLimits> | undefined {
  const limits: Partial<LoadLimits> = {};
  if (args.maxInputMb !== undefined) {
    const bytes = Math.round(positive('max-input-mb', args.maxInputMb) * MB);
    limits.maxInputBytes = bytes;
    limits.maxUncompressedBytes = Math.max(
      DEFAULT_LOAD_LIMITS.maxUncompressedBytes,
      bytes * UNPACK_FACTOR,
    );
  }
  if (args.maxRows !== undefined)
    limits.maxRowsPerTable = Math.floor(positive('max-rows', args.maxRows));
  return Object.keys(limits).length === 0 ? undefined : limits;
}
