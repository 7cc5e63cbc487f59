import { existsSync, readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { precompileBundled } from '../../src/templates/precompile-bundled.js';
import {
  compileOptions,
  PRECOMPILED_FILE,
  precompiledKey,
  precompiledTemplate,
  type PrecompiledTable,
} from '../../src/templates/precompiled.js';

const DIST_TABLE = new URL(`../../dist/templates/${PRECOMPILED_FILE}`, import.meta.url);

describe('precompiled bundled templates', () => {
  const table = precompileBundled();

  it('covers every part of every bundled template', () => {
    // 3 templates × 2 languages, hundreds of parts: an empty or tiny table means the walk broke.
    expect(Object.keys(table).length).toBeGreaterThan(300);
  });

  it('gives a part the same key before and after Handlebars has compiled it', () => {
    const source = 'Hello {{name}}';
    const before = precompiledKey(source);
    Handlebars.precompile(source, compileOptions());
    Handlebars.compile(source, compileOptions())({ name: 'x' });
    expect(precompiledKey(source)).toBe(before);
  });

  it('renders exactly what a run-time compile renders, strict and unescaped', () => {
    const source = '{{#each items}}{{name}} & {{value}}{{#unless @last}}, {{/unless}}{{/each}}';
    const own: PrecompiledTable = {
      [precompiledKey(source)]: String(Handlebars.precompile(source, compileOptions())),
    };
    const env = Handlebars.create();
    const precompiled = precompiledTemplate(env, source, own);
    const data = {
      items: [
        { name: 'P&L', value: 1 },
        { name: '<b>', value: 2 },
      ],
    };
    expect(precompiled).toBeDefined();
    expect(precompiled?.(data)).toBe(env.compile(source, compileOptions())(data));
    expect(precompiled?.(data)).toBe('P&L & 1, <b> & 2');
    expect(() => precompiled?.({ items: [{ name: 'x' }] })).toThrow(/"value" not defined/);
  });

  it('compiles an edited or unknown part at run time instead', () => {
    expect(precompiledTemplate(Handlebars.create(), '{{edited}}', table)).toBeUndefined();
  });

  it('is written by `npm run build` with every bundled part', () => {
    expect(existsSync(DIST_TABLE)).toBe(true);
    const built = JSON.parse(readFileSync(DIST_TABLE, 'utf8')) as PrecompiledTable;
    expect(Object.keys(built).sort()).toEqual(Object.keys(table).sort());
  });
});
