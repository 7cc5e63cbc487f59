/** Where the bundled data folders live, for both `src/` (tests, tsx) and `dist/` (built CLI). */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The package root: this file sits one level below it in both src/ and dist/. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../', import.meta.url));
export const BUNDLED_THEMES_DIR = join(PACKAGE_ROOT, 'themes');
export const BUNDLED_TEMPLATES_DIR = join(PACKAGE_ROOT, 'templates');
export const SAMPLE_DATA_DIR = join(PACKAGE_ROOT, 'sample-data');
