/**
 * Build step (`npm run build`, through src/cli/precompile-templates.ts): compiles every text part
 * of the bundled templates so `kamdeck` starts without compiling them (see precompiled.ts).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { BUNDLED_TEMPLATES_DIR } from '../paths.js';
import { splitParts } from './load-template.js';
import {
  compileOptions,
  PRECOMPILED_FILE,
  precompiledKey,
  type PrecompiledTable,
} from './precompiled.js';

function hbsFiles(directory: string): string[] {
  return readdirSync(directory)
    .sort()
    .flatMap((entry) => {
      const path = join(directory, entry);
      if (statSync(path).isDirectory()) return hbsFiles(path);
      return entry.endsWith('.hbs') ? [path] : [];
    });
}

/** Every part of every bundled .hbs file, compiled; a part that does not compile is left out. */
export function precompileBundled(root = BUNDLED_TEMPLATES_DIR): PrecompiledTable {
  const compiled: PrecompiledTable = {};
  for (const file of hbsFiles(root)) {
    for (const source of splitParts(readFileSync(file, 'utf8')).values()) {
      try {
        // Typed as a spec object, but at build time Handlebars returns the spec as JavaScript text.
        compiled[precompiledKey(source)] = String(Handlebars.precompile(source, compileOptions()));
      } catch {
        // Left to run time, which reports it with the file and part it came from.
      }
    }
  }
  return compiled;
}

/** Writes the table where precompiled.ts looks for it (beside the compiled module). */
export function writePrecompiledTable(table: PrecompiledTable): void {
  writeFileSync(new URL(`./${PRECOMPILED_FILE}`, import.meta.url), JSON.stringify(table));
}
