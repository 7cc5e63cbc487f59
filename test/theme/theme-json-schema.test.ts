/**
 * themes/theme.schema.json is generated from the zod schema (`npm run theme-schema`); this fails
 * when the committed file is out of date, and checks the shape editors rely on.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_THEMES_DIR } from '../../src/paths.js';
import { listBundledThemes } from '../../src/theme/load-theme.js';
import { themeJsonSchema, themeJsonSchemaText } from '../../src/theme/theme-json-schema.js';

type Json = Record<string, unknown>;

function hasKeyDeep(value: unknown, key: string): boolean {
  if (Array.isArray(value)) return value.some((item) => hasKeyDeep(item, key));
  if (typeof value !== 'object' || value === null) return false;
  return Object.entries(value).some(([k, v]) => k === key || hasKeyDeep(v, key));
}

describe('themes/theme.schema.json', () => {
  it('is what npm run theme-schema writes from the zod schema (run it after changing the schema)', async () => {
    const committed = await readFile(join(BUNDLED_THEMES_DIR, 'theme.schema.json'), 'utf8');
    expect(committed).toBe(themeJsonSchemaText());
  });

  it('requires every field of a theme without "extends", and none of one with it', () => {
    const schema = themeJsonSchema();
    const full = schema['else'] as Json;
    const partial = schema['then'] as Json;
    expect(schema['if']).toEqual({ required: ['extends'] });
    expect(full['required']).toEqual(
      expect.arrayContaining(['name', 'colors', 'neutrals', 'status', 'fonts', 'titleSlide']),
    );
    expect(hasKeyDeep(partial, 'required')).toBe(false);
    expect((partial['properties'] as Json)['extends']).toMatchObject({ type: 'string' });
    expect(full['additionalProperties']).toBe(false);
  });

  it('describes colours as 6 hex digits and lists the twelve colour slots', () => {
    const colors = ((themeJsonSchema()['else'] as Json)['properties'] as Json)['colors'] as Json;
    const slots = Object.keys(colors['properties'] as Json);
    expect(slots).toHaveLength(12);
    expect((colors['properties'] as Record<string, Json>)['accent1']?.['pattern']).toBe(
      '^#?[0-9a-fA-F]{6}$',
    );
  });

  it('is named by every bundled theme file as its "$schema"', async () => {
    for (const name of await listBundledThemes()) {
      const file = JSON.parse(
        await readFile(join(BUNDLED_THEMES_DIR, `${name}.json`), 'utf8'),
      ) as Json;
      expect(file['$schema'], name).toBe('./theme.schema.json');
    }
  });
});
