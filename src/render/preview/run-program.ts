/**
 * Running an external renderer (LibreOffice, poppler-utils) with a deadline. LibreOffice's `soffice`
 * is a launcher that starts `soffice.bin` as a child, so the program gets its own process group and
 * a timeout or an abort kills the whole group: no office process outlives a preview.
 */
import { spawn } from 'node:child_process';
import { KamdeckError } from '../../errors.js';

/** The Debian packages that provide every program a preview runs. */
export const PREVIEW_PACKAGES = 'libreoffice-impress poppler-utils fonts-liberation2';

export const INSTALL_HINT =
  `install LibreOffice Impress, poppler-utils and fonts, e.g. on Debian or Ubuntu: ` +
  `apt-get install --no-install-recommends ${PREVIEW_PACKAGES}`;

export interface RunProgramOptions {
  cwd?: string;
  /** Kill the program (and its children) after this long. */
  timeoutMs: number;
  signal?: AbortSignal;
  /** Which package provides the program, for the error message when it is missing. */
  providedBy: string;
  /** Output kept (the tail); default enough to explain a failure. */
  maxOutputChars?: number;
}

export interface ProgramOutput {
  stdout: string;
  stderr: string;
}

/** Enough of the output to explain a failure; the rest is dropped so a chatty program stays cheap. */
const DEFAULT_MAX_OUTPUT_CHARS = 64_000;

function keepTail(text: string, chunk: string, max: number): string {
  const joined = text + chunk;
  return joined.length > max ? joined.slice(-max) : joined;
}

function lastLines(text: string, count = 6): string {
  return text.trim().split('\n').slice(-count).join('\n');
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    // A negative pid signals the whole process group the program leads (see `detached` below).
    // eslint-disable-next-line no-restricted-globals -- ends only the renderer this module started
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Runs `command args`; resolves with its output when it exits with 0, else throws a KamdeckError. */
export function runProgram(
  command: string,
  args: readonly string[],
  options: RunProgramOptions,
): Promise<ProgramOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let settled = false;
    const finish = (error: KamdeckError | undefined) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      if (error === undefined) resolve({ stdout, stderr });
      else reject(error);
    };
    const stop = (error: KamdeckError) => {
      killGroup(child.pid);
      finish(error);
    };
    const onAbort = () => stop(new KamdeckError('INTERRUPTED', `${command} was interrupted`));
    const timer = setTimeout(
      () =>
        stop(
          new KamdeckError(
            'RENDER_FAILED',
            `${command} did not finish within ${options.timeoutMs / 1000} s and was stopped`,
          ),
        ),
      options.timeoutMs,
    );
    if (options.signal?.aborted === true) onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const max = options.maxOutputChars ?? DEFAULT_MAX_OUTPUT_CHARS;
    // Decoding on the stream keeps a character split across two chunks whole.
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout = keepTail(stdout, chunk, max);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr = keepTail(stderr, chunk, max);
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      const missing = error.code === 'ENOENT';
      finish(
        new KamdeckError(
          missing ? 'RENDERER_MISSING' : 'RENDER_FAILED',
          missing
            ? `${command} not found (it comes with ${options.providedBy}); ${INSTALL_HINT}`
            : `${command} could not be started: ${error.message}`,
        ),
      );
    });
    child.on('close', (code, signal) => {
      if (code === 0) return finish(undefined);
      const why = code === null ? `was killed (${signal ?? 'signal'})` : `exited with code ${code}`;
      const detail = lastLines(stderr || stdout);
      finish(
        new KamdeckError(
          'RENDER_FAILED',
          `${command} ${why}${detail === '' ? '' : `:\n${detail}`}`,
        ),
      );
    });
  });
}
