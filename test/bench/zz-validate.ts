import { loadInput } from '../../src/load/load-input.js';
import { validateWorkbook } from '../../src/validate/validate-workbook.js';
const wb = await loadInput(process.argv[2]!);
const times: number[] = [];
for (let i = 0; i < 4; i++) { const t0 = performance.now(); validateWorkbook(wb, {}); times.push(performance.now() - t0); }
console.log('validate first', times[0]!.toFixed(0), 'min', Math.min(...times).toFixed(0));
