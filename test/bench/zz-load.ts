import { loadInput } from '../../src/load/load-input.js';
const [file, threshold] = [process.argv[2]!, Number(process.argv[3])];
const cpu = process.cpuUsage(); const t0 = performance.now();
const wb = await loadInput(file, { streamAboveBytes: threshold });
const used = process.cpuUsage(cpu);
console.log(threshold === 0 ? 'stream' : 'full', 'wall', (performance.now() - t0).toFixed(0), 'cpu', ((used.user + used.system) / 1000).toFixed(0), 'rss', (process.resourceUsage().maxRSS / 1024).toFixed(0), 'tables', wb.tables.map((t) => t.rows.length).join(','));
