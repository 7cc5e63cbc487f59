/**
 * Loading and validation only, for `kamdeck validate` and tools: every problem in the input as a
 * value — errors and warnings, each located — instead of a thrown error. Input that cannot be read
 * at all (missing, not a workbook, too large) is one error at the file.
 */
import { errorAt, hasErrors, isKamdeckError, type Diagnostic, type ErrorCode } from './errors.js';
import { loadModel, type BuildOptions } from './pipeline.js';

export interface InputReport {
  /** The input as given. */
  input: string;
  /** True when the input builds a deck: no errors (warnings allowed). */
  valid: boolean;
  /** Errors and warnings in the order found. */
  diagnostics: Diagnostic[];
}

/** Failures that are about the input itself; anything else (bad options, bugs) is thrown. */
const INPUT_CODES: readonly ErrorCode[] = ['INPUT_NOT_FOUND', 'INPUT_UNREADABLE', 'INPUT_INVALID'];

export async function validateInput(
  input: string,
  options: BuildOptions = {},
): Promise<InputReport> {
  try {
    const { diagnostics } = await loadModel(input, options);
    return { input, valid: true, diagnostics };
  } catch (error) {
    if (!isKamdeckError(error) || !INPUT_CODES.includes(error.code)) throw error;
    const diagnostics =
      error.diagnostics.length > 0
        ? [...error.diagnostics]
        : [errorAt({ file: input }, error.message)];
    return { input, valid: !hasErrors(diagnostics), diagnostics };
  }
}
