import { loadModel } from '../../src/pipeline.js';
import { planSlides } from '../../src/slides/plan.js';
import { loadTemplate, DEFAULT_TEMPLATE } from '../../src/templates/load-template.js';
import { loadTheme, DEFAULT_THEME } from '../../src/theme/load-theme.js';
import { createFormatter } from '../../src/compose/format.js';
const { model } = await loadModel(process.argv[2]!);
for (let rep = 0; rep < 2; rep++) {
  let t0 = performance.now();
  const theme = await loadTheme(DEFAULT_THEME);
  const format = createFormatter(model.deck.locale, model.deck.currency);
  const template = loadTemplate(DEFAULT_TEMPLATE, model.deck.locale, format);
  console.log('theme+template', (performance.now() - t0).toFixed(0));
  const plan = planSlides(model, template.manifest, {});
  for (const slide of plan.slides) {
    t0 = performance.now();
    const result = slide.module.analyse(model, slide.params);
    const a = performance.now() - t0;
    t0 = performance.now();
    const specs = slide.module.compose(result, {
      deck: model.deck,
      theme,
      format,
      text: template.text,
      source: model.source,
      agenda: [],
    });
    const c = performance.now() - t0;
    console.log(
      slide.module.kind.padEnd(14),
      'analyse',
      a.toFixed(0).padStart(5),
      'compose',
      c.toFixed(0).padStart(5),
      'slides',
      specs.length,
    );
  }
}
