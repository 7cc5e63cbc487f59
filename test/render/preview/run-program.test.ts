/** Running external programs: missing, failing, too slow or interrupted, each a clear KamdeckError. */
import { existsSync, readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { KamdeckError } from '../../../src/errors.js';
import { runProgram } from '../../../src/render/preview/run-program.js';

const OPTIONS = { timeoutMs: 30_000, providedBy: 'the test' };

async function failure(promise: Promise<unknown>): Promise<KamdeckError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof KamdeckError))
    throw new Error(`expected a KamdeckError, got ${String(error)}`);
  return error;
}

/** Is a process with this pid still running? A zombie (dead, not yet reaped) is not. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
  return !/^\d+ \(.*\) Z/.test(stat);
}

/** Waits (up to 5 s) for a killed process to leave the process table. */
async function gone(pid: number): Promise<boolean> {
  for (let attempt = 0; attempt < 50 && alive(pid); attempt++)
    await new Promise((resolve) => setTimeout(resolve, 100));
  return !alive(pid);
}

describe('runProgram', () => {
  it('returns what the program printed', async () => {
    const { stdout } = await runProgram('sh', ['-c', 'printf "héllo"'], OPTIONS);
    expect(stdout).toBe('héllo');
  });

  it('names the program and the Debian packages to install when it is missing', async () => {
    const error = await failure(runProgram('kamdeck-no-such-program', [], OPTIONS));
    expect(error.code).toBe('RENDERER_MISSING');
    expect(error.message).toContain('kamdeck-no-such-program not found (it comes with the test)');
    expect(error.message).toContain(
      'apt-get install --no-install-recommends libreoffice-impress poppler-utils fonts-liberation2',
    );
  });

  it('reports a non-zero exit with the last lines of its error output', async () => {
    const error = await failure(
      runProgram('sh', ['-c', 'echo one >&2; echo "bad file" >&2; exit 3'], OPTIONS),
    );
    expect(error.code).toBe('RENDER_FAILED');
    expect(error.message).toBe('sh exited with code 3:\none\nbad file');
  });

  it('stops a program that overruns its deadline, children included', async () => {
    const pidFile = `/tmp/kamdeck-run-program-${process.pid}`;
    const error = await failure(
      runProgram('sh', ['-c', `sleep 30 & echo $! > ${pidFile}; wait`], {
        ...OPTIONS,
        timeoutMs: 500,
      }),
    );
    expect(error.code).toBe('RENDER_FAILED');
    expect(error.message).toBe('sh did not finish within 0.5 s and was stopped');
    const child = Number((await readFile(pidFile, 'utf8')).trim());
    await rm(pidFile, { force: true });
    expect(await gone(child)).toBe(true);
  });

  it('stops the program when the run is aborted', async () => {
    const controller = new AbortController();
    const running = runProgram('sleep', ['30'], { ...OPTIONS, signal: controller.signal });
    controller.abort();
    expect((await failure(running)).code).toBe('INTERRUPTED');
  });
});
