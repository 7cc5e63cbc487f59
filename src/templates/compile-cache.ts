/**
 * Compiled slide text outlives one deck. A batch builds hundreds of decks from the same template,
 * and compiling every text part again for each deck cost more than rendering it. Compiled parts
 * are kept per formatter (the helpers format with it; createFormatter hands out one formatter per
 * locale and currency) and per part source, so an edited template file is compiled afresh.
 */
import type Handlebars from 'handlebars';
import type { Formatter } from '../compose/format.js';
import { compileText, createHandlebars, type TextRenderer } from './handlebars-env.js';

interface Compiled {
  env: typeof Handlebars;
  renderers: Map<string, TextRenderer>;
}

const byFormatter = new WeakMap<Formatter, Compiled>();

function compiledFor(format: Formatter): Compiled {
  let compiled = byFormatter.get(format);
  if (compiled === undefined) {
    compiled = { env: createHandlebars(format), renderers: new Map() };
    byFormatter.set(format, compiled);
  }
  return compiled;
}

/** The renderer of one text part; `name` says which file and part, for error messages. */
export function compiledText(format: Formatter, source: string, name: string): TextRenderer {
  const { env, renderers } = compiledFor(format);
  const key = `${name}\u0000${source}`;
  let renderer = renderers.get(key);
  if (renderer === undefined) {
    renderer = compileText(env, source, name);
    renderers.set(key, renderer);
  }
  return renderer;
}
