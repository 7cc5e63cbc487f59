/** One batch deck, run in a worker thread: build from the restricted model and write it. */
import { formatDiagnostic, isKamdeckError } from '../errors.js';
import type { KamModel } from '../model/model.js';
import { buildDeckFromModel, type BuildOptions } from '../pipeline.js';
import { writeFileAtomic } from '../write/write-atomic.js';

export interface DeckTask {
  model: KamModel;
  options: BuildOptions;
  outPath: string;
}

export type DeckOutcome =
  { ok: true; slides: number; bytes: number; warnings: string[] } | { ok: false; reason: string };

export async function buildOneDeck(task: DeckTask): Promise<DeckOutcome> {
  try {
    const result = await buildDeckFromModel(task.model, task.options);
    await writeFileAtomic(task.outPath, result.bytes);
    return {
      ok: true,
      slides: result.deck.slides.length,
      bytes: result.bytes.length,
      warnings: result.diagnostics.map(formatDiagnostic),
    };
  } catch (error) {
    if (isKamdeckError(error)) {
      const details = error.diagnostics.slice(0, 3).map(formatDiagnostic);
      return { ok: false, reason: [error.message, ...details].join('; ') };
    }
    return {
      ok: false,
      reason: `internal error: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

export default buildOneDeck;
