/** Turning results and errors into terminal text and exit codes: the CLI's only output path. */
import { formatDiagnostic, isKamdeckError, type Diagnostic, type ErrorCode } from '../errors.js';

/** `environment`: a program kamdeck runs (LibreOffice, poppler-utils) is missing or failed. */
export const EXIT = { ok: 0, internal: 1, badInput: 2, environment: 3, interrupted: 130 } as const;

const EXIT_BY_CODE: Record<ErrorCode, number> = {
  INPUT_NOT_FOUND: EXIT.badInput,
  INPUT_UNREADABLE: EXIT.badInput,
  INPUT_INVALID: EXIT.badInput,
  OUTPUT_UNWRITABLE: EXIT.badInput,
  THEME_INVALID: EXIT.badInput,
  TEMPLATE_INVALID: EXIT.badInput,
  USAGE: EXIT.badInput,
  RENDERER_MISSING: EXIT.environment,
  RENDER_FAILED: EXIT.environment,
  INTERRUPTED: EXIT.interrupted,
  INTERNAL: EXIT.internal,
};

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** A long list of errors buries the first ones; past this many, the rest are counted. */
const MAX_LISTED = 40;

export function reportDiagnostics(diagnostics: readonly Diagnostic[], output: Output): void {
  const ordered = [
    ...diagnostics.filter((d) => d.severity === 'error'),
    ...diagnostics.filter((d) => d.severity === 'warning'),
  ];
  for (const diagnostic of ordered.slice(0, MAX_LISTED)) output.err(formatDiagnostic(diagnostic));
  const rest = ordered.length - MAX_LISTED;
  if (rest > 0) output.err(`... and ${rest} more (fix these first, then run again)`);
}

/** Prints an error without a stack trace (unless KAMDECK_DEBUG is set) and returns the exit code. */
export function reportError(error: unknown, output: Output, debug: boolean): number {
  if (isKamdeckError(error)) {
    reportDiagnostics(error.diagnostics, output);
    output.err(
      `kamdeck: ${error.message}${error.code === 'INPUT_INVALID' ? '; no deck written' : ''}`,
    );
    return EXIT_BY_CODE[error.code];
  }
  const message = error instanceof Error ? error.message : String(error);
  output.err(`kamdeck: internal error: ${message}`);
  output.err(
    debug && error instanceof Error && error.stack
      ? error.stack
      : 'Run again with KAMDECK_DEBUG=1 for details, and please report it.',
  );
  return EXIT.internal;
}
