/**
 * Batch builds: one deck per group (division, KAM, region or account) from one workbook that is
 * loaded and validated once. Decks are built in parallel worker threads; a failing deck is recorded
 * and the others go on; every deck is written atomically, and so is the manifest.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { KamdeckError, type Diagnostic } from '../errors.js';
import { loadModel, type BuildOptions } from '../pipeline.js';
import { writeFileAtomic } from '../write/write-atomic.js';
import { groupAccounts, type AccountGroup, type GroupBy } from './group-accounts.js';
import { restrictModel } from './restrict-model.js';
import { uniqueFileStems } from './safe-name.js';
import { buildOneDeck, type DeckOutcome, type DeckTask } from './worker.js';

export interface BatchOptions extends BuildOptions {
  by: GroupBy;
  outDir: string;
  /** Parallel decks; default the number of CPU cores. */
  jobs?: number;
  /** Also build one deck of all accounts. */
  withPortfolio?: boolean;
  onProgress?: (event: BatchProgress) => void;
  /** Stops scheduling new decks; decks already written stay, none is half-written. */
  signal?: AbortSignal;
}

export interface BatchEntry {
  group: string;
  accounts: number;
  file: string;
  status: 'ok' | 'failed';
  slides?: number;
  bytes?: number;
  ms: number;
  reason?: string;
  warnings?: string[];
}

export interface BatchManifest {
  input: string;
  by: GroupBy;
  jobs: number;
  entries: BatchEntry[];
  failed: number;
}

export type BatchProgress =
  | { type: 'start'; total: number }
  | { type: 'deck-start'; group: string }
  | { type: 'deck-done'; entry: BatchEntry; done: number; total: number };

export const PORTFOLIO_GROUP = 'Portfolio (all accounts)';
const MANIFEST_NAME = 'manifest.json';

interface PlannedDeck {
  group: AccountGroup;
  file: string;
  /** Made when the deck is scheduled, so restricting models overlaps with decks being built. */
  task: () => DeckTask;
}

function planDecks(
  model: Awaited<ReturnType<typeof loadModel>>['model'],
  options: BatchOptions,
): PlannedDeck[] {
  const groups = groupAccounts(model.accounts, options.by);
  if (options.withPortfolio === true)
    groups.unshift({
      label: PORTFOLIO_GROUP,
      accountIds: model.accounts.map((account) => account.id),
    });
  const stems = uniqueFileStems(groups.map((group) => group.label));
  const buildOptions: BuildOptions = { ...options };
  for (const key of [
    'by',
    'outDir',
    'jobs',
    'withPortfolio',
    'onProgress',
    'signal',
    'onStage',
  ] as const)
    delete (buildOptions as Record<string, unknown>)[key];
  return groups.map((group, index) => {
    const file = `${stems[index] ?? 'group'}.pptx`;
    const portfolio =
      group.label === PORTFOLIO_GROUP && index === 0 && options.withPortfolio === true;
    const task = (): DeckTask => ({
      model: portfolio
        ? model
        : restrictModel(model, new Set(group.accountIds), { by: options.by, value: group.label }),
      options: buildOptions,
      outPath: join(options.outDir, file),
    });
    return { group, file, task };
  });
}

type Runner = { run: (task: DeckTask) => Promise<DeckOutcome>; close: () => Promise<void> };

/** Worker threads when the compiled worker exists (the installed CLI); in-process otherwise (tests from source). */
function createRunner(jobs: number): Runner {
  const workerFile = fileURLToPath(new URL('./worker.js', import.meta.url));
  if (jobs <= 1 || !existsSync(workerFile)) return { run: buildOneDeck, close: async () => {} };
  const pool = new Piscina<DeckTask, DeckOutcome>({
    filename: workerFile,
    maxThreads: jobs,
    minThreads: jobs,
  });
  return { run: (task) => pool.run(task), close: () => pool.destroy() };
}

async function runDeck(planned: PlannedDeck, runner: Runner): Promise<BatchEntry> {
  const started = performance.now();
  const outcome = await Promise.resolve()
    .then(() => runner.run(planned.task()))
    .catch((error: unknown): DeckOutcome => ({
      ok: false,
      // A worker that died (out of memory, killed) fails its deck, not the batch.
      reason: `internal error: ${error instanceof Error ? error.message : String(error)}`,
    }));
  const ms = Math.round(performance.now() - started);
  const base = {
    group: planned.group.label,
    accounts: planned.group.accountIds.length,
    file: planned.file,
    ms,
  };
  return outcome.ok
    ? {
        ...base,
        status: 'ok',
        slides: outcome.slides,
        bytes: outcome.bytes,
        warnings: outcome.warnings,
      }
    : { ...base, status: 'failed', reason: outcome.reason };
}

export async function buildBatch(
  input: string,
  options: BatchOptions,
): Promise<{ manifest: BatchManifest; diagnostics: Diagnostic[] }> {
  const requestedJobs = Math.max(1, options.jobs ?? availableParallelism());
  // The workers start now and load their modules while this thread reads the workbook.
  const runner = createRunner(requestedJobs);
  let loaded: Awaited<ReturnType<typeof loadModel>>;
  try {
    loaded = await loadModel(input, options);
  } catch (error) {
    await runner.close();
    throw error;
  }
  const { model, diagnostics } = loaded;
  const decks = planDecks(model, options);
  const jobs = Math.max(1, Math.min(requestedJobs, decks.length));
  const entries: BatchEntry[] = new Array(decks.length);
  options.onProgress?.({ type: 'start', total: decks.length });
  let next = 0;
  let done = 0;
  const lane = async () => {
    while (next < decks.length && options.signal?.aborted !== true) {
      const index = next++;
      const planned = decks[index] as PlannedDeck;
      options.onProgress?.({ type: 'deck-start', group: planned.group.label });
      const entry = await runDeck(planned, runner);
      entries[index] = entry;
      done += 1;
      options.onProgress?.({ type: 'deck-done', entry, done, total: decks.length });
    }
  };
  try {
    await Promise.all(Array.from({ length: jobs }, lane));
  } finally {
    await runner.close();
  }
  if (options.signal?.aborted === true)
    throw new KamdeckError(
      'INTERRUPTED',
      `interrupted after ${done} of ${decks.length} decks; finished decks are complete, no partial file was left`,
    );
  const manifest: BatchManifest = {
    input,
    by: options.by,
    jobs,
    entries,
    failed: entries.filter((entry) => entry.status === 'failed').length,
  };
  await writeFileAtomic(
    join(options.outDir, MANIFEST_NAME),
    new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`),
  );
  return { manifest, diagnostics };
}
