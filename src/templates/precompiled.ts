/**
 * Bundled slide text, compiled when kamdeck is built instead of on every start. Compiling the ~300
 * text parts of a template cost ~0.2 s per process — a tenth of a cold `kamdeck build` and of
 * every batch worker's start-up. `npm run build` writes the compiled parts next to this module
 * (precompile-bundled.ts); a part is looked up by a hash of its exact source and compile options,
 * so an edited or user-written part is simply compiled at run time as before.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';

/**
 * The options every slide text is compiled with (see handlebars-env.ts). A fresh object per call:
 * Handlebars adds its own defaults to the options object it is given.
 */
export const compileOptions = (): CompileOptions => ({ noEscape: true, strict: true });
const OPTIONS_KEY = JSON.stringify(compileOptions());

export const PRECOMPILED_FILE = 'precompiled-templates.json';

/** Source hash → Handlebars.precompile output (a JavaScript object literal). */
export type PrecompiledTable = Record<string, string>;

/** The key of one part: its source, the compile options and the Handlebars compiler revision. */
export function precompiledKey(source: string): string {
  return createHash('sha256')
    .update(`${Handlebars.VERSION}\u0000${OPTIONS_KEY}\u0000${source}`)
    .digest('base64url');
}

let table: PrecompiledTable | undefined;

function loadTable(): PrecompiledTable {
  if (table === undefined) {
    try {
      const text = readFileSync(new URL(`./${PRECOMPILED_FILE}`, import.meta.url), 'utf8');
      table = JSON.parse(text) as PrecompiledTable;
    } catch {
      // Running from source (tests, tsx) or a build without the step: compile at run time.
      table = {};
    }
  }
  return table;
}

/** The template built at build time for this exact source, or undefined. */
export function precompiledTemplate(
  env: typeof Handlebars,
  source: string,
  precompiled: PrecompiledTable = loadTable(),
): HandlebarsTemplateDelegate | undefined {
  const spec = precompiled[precompiledKey(source)];
  if (spec === undefined) return undefined;
  // The spec is code Handlebars itself generated from our own bundled files at build time.
  const templateSpec = new Function(`return ${spec};`)() as TemplateSpecification;
  return env.template(templateSpec);
}
