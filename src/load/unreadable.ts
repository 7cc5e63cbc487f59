/**
 * One way to say "this file cannot be read": a KamdeckError with code INPUT_UNREADABLE whose message
 * names the file, so the CLI can print it as is.
 */
import { basename } from 'node:path';
import { KamdeckError, isKamdeckError } from '../errors.js';

export function unreadable(file: string, reason: string): KamdeckError {
  return new KamdeckError('INPUT_UNREADABLE', `Cannot read ${file}: ${reason}`);
}

/**
 * Runs a step that calls parsers (zip, XML, JSON) and turns anything unforeseen they throw into
 * one clear sentence: their messages and stacks mean nothing to the person holding the workbook.
 */
export async function withUnreadableGuard<T>(
  file: string,
  reason: string,
  step: () => Promise<T>,
): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (isKamdeckError(error)) throw error;
    throw unreadable(file, reason);
  }
}

/** "Accounts" for "data/Accounts.csv": the file name without folders and extension. */
export function baseNameWithoutExtension(file: string): string {
  const name = basename(file);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
