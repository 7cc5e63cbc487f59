import { readFile } from 'node:fs/promises';
import { buildDeck } from './src/index.js';
import { renderPreview } from './src/render/preview/render-preview.js';
import { compareImages, decodePng } from './src/render/preview/pixels.js';
const variants: [string, object][] = [
  ['topN 24', { slideOptions: { pareto: { topN: 24 } } }],
  ['maxListed 9', { slideOptions: { dashboard: { maxListed: 9 } } }],
];
for (const [name, options] of variants) {
  const { bytes, deck } = await buildDeck('sample-data/kam-sample.xlsx', options);
  const preview = await renderPreview(bytes, { dpi: 60, timeoutMs: 120000 });
  for (const kind of ['pareto', 'org-chart', 'dashboard']) {
    const i = deck.slides.findIndex((s) => s.kind === kind);
    const ref = await decodePng(await readFile(`test/render-client/reference/${kind}.png`));
    const act = await decodePng(preview.pages[i]!);
    const d = compareImages(act, ref, 48);
    console.log(name, kind, (d.differingShare * 100).toFixed(3) + '%', d.meanAbsDiff.toFixed(3));
  }
}
