/**
 * `npm run theme-schema`: writes themes/theme.schema.json from the zod theme schema. A test fails
 * when the committed file differs from what this writes, so run it after changing the schema.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUNDLED_THEMES_DIR } from '../../src/paths.js';
import { themeJsonSchemaText } from '../../src/theme/theme-json-schema.js';

const target = join(BUNDLED_THEMES_DIR, 'theme.schema.json');
await writeFile(target, themeJsonSchemaText());
console.log(`Wrote ${target}`);
