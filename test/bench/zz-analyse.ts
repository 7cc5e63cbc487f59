import { loadModel } from '../../src/pipeline.js';
import { planSlides } from '../../src/slides/plan.js';
import { loadTemplate, DEFAULT_TEMPLATE } from '../../src/templates/load-template.js';
import { createFormatter } from '../../src/compose/format.js';
const { model } = await loadModel(process.argv[2]!);
const kinds = process.argv[3]!.split(',');
const format = createFormatter(model.deck.locale, model.deck.currency);
const template = loadTemplate(DEFAULT_TEMPLATE, model.deck.locale, format);
const plan = planSlides(model, template.manifest, { slides: kinds });
for (const slide of plan.slides) {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) { const t0 = performance.now(); slide.module.analyse(model, slide.params); times.push(performance.now() - t0); }
  console.log(slide.module.kind, times.map((t) => t.toFixed(0)).join(' '));
}
