/**
 * `npm run build`'s last step: compiles the bundled templates' text into dist/ so kamdeck starts
 * without compiling them (src/templates/precompiled.ts). Not a kamdeck command.
 */
import { precompileBundled, writePrecompiledTable } from '../templates/precompile-bundled.js';

const table = precompileBundled();
writePrecompiledTable(table);
process.stdout.write(`precompiled ${Object.keys(table).length} template text parts\n`);
