/**
 * The JSON Schema of theme files, generated from the zod schema so the two never disagree.
 * `npm run theme-schema` writes it to themes/theme.schema.json; theme files point at it with
 * "$schema" and editors then complete and check them. A file that `extends` another theme may
 * leave any field out, so the schema requires the full set only of files without `extends`.
 */
import { z } from 'zod';
import { themeSchema } from './theme-schema.js';

type JsonSchema = Record<string, unknown>;

/** The same schema with no required properties at any depth: a theme that extends another. */
function withoutRequired(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutRequired);
  if (typeof schema !== 'object' || schema === null) return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key]) => key !== 'required')
      .map(([key, value]) => [key, withoutRequired(value)]),
  );
}

export function themeJsonSchema(): JsonSchema {
  // io 'input': what a file may contain (defaults make fields optional; colours before the
  // '#'-stripping transform).
  const { $schema, ...full } = z.toJSONSchema(themeSchema, { io: 'input', target: 'draft-7' });
  const extendsProperty = {
    type: 'string',
    minLength: 1,
    description: 'Bundled theme name (e.g. "corporate") or path of the theme this one overrides',
  };
  const partial = withoutRequired(full) as JsonSchema;
  return {
    $schema,
    title: 'kamdeck theme',
    description:
      'Brand colours, fonts, footer and logo for kamdeck decks. A theme with "extends" overrides only the fields it gives.',
    type: 'object',
    if: { required: ['extends'] },
    then: {
      ...partial,
      properties: { extends: extendsProperty, ...(partial['properties'] as JsonSchema) },
    },
    else: full,
  };
}

/** The file's text as committed: two-space JSON with a final newline. */
export function themeJsonSchemaText(): string {
  return `${JSON.stringify(themeJsonSchema(), null, 2)}\n`;
}
