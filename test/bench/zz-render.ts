import { readFileSync } from 'node:fs';
import { renderDeck } from '../../src/render/pptx/render-deck.js';
const deck = JSON.parse(readFileSync(process.argv[2]!, 'utf8'));
deck.timestamp = new Date(deck.timestamp);
const times: number[] = [];
for (let i = 0; i < 6; i++) {
  const t0 = performance.now();
  await renderDeck(deck);
  times.push(performance.now() - t0);
}
console.log('renderDeck first', times[0]!.toFixed(0), 'min', Math.min(...times).toFixed(0));
