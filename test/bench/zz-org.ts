import { loadModel } from '../../src/pipeline.js';
import { planSlides } from '../../src/slides/plan.js';
import { loadTemplate, DEFAULT_TEMPLATE } from '../../src/templates/load-template.js';
import { loadTheme, DEFAULT_THEME } from '../../src/theme/load-theme.js';
import { createFormatter } from '../../src/compose/format.js';
const { model } = await loadModel(process.argv[2]!);
const kind = process.argv[3]!;
const theme = await loadTheme(DEFAULT_THEME);
const format = createFormatter(model.deck.locale, model.deck.currency);
const template = loadTemplate(DEFAULT_TEMPLATE, model.deck.locale, format);
const plan = planSlides(model, template.manifest, { slides: [kind] });
const times: number[] = [];
for (let rep = 0; rep < 12; rep++) {
  const t0 = performance.now();
  for (const slide of plan.slides)
    slide.module.compose(slide.result, {
      deck: model.deck,
      theme,
      format,
      text: template.text,
      source: model.source,
      agenda: [],
    });
  times.push(performance.now() - t0);
}
console.log(kind, 'min', Math.min(...times).toFixed(1), 'first', times[0]!.toFixed(0));
