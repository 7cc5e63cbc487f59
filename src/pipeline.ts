/**
 * The pipeline, end to end:
 *
 *   input file ──load──▶ RawWorkbook ──validate──▶ KamModel ──analyse──▶ results
 *        (load/)              (validate/)              (slides/<kind>/analyse)
 *
 *   results ──compose──▶ SlideSpec[] + DeckSpec ──render──▶ .pptx bytes ──write──▶ file
 *      (slides/<kind>/compose, compose/)     (render/pptx/)          (write/)
 *
 * With `charts: 'image'`, a step between compose and render swaps each chart for a chart.js
 * picture of it (compose/chart-images.ts, render/chart-image/).
 *
 * Every stage but load, render and write is pure. Problems in the input come back as diagnostics;
 * when any is an error, `buildDeck` throws one KamdeckError carrying all of them.
 */
import { hasErrors, KamdeckError, warningAt, type Diagnostic } from './errors.js';
import { createFormatter } from './compose/format.js';
import { chartsAsImages } from './compose/chart-images.js';
import { composeDeck } from './compose/compose-deck.js';
import type { DeckSpec, SlideSpec } from './compose/spec.js';
import { loadInput } from './load/load-input.js';
import type { LoadLimits } from './load/raw-table.js';
import type { KamModel } from './model/model.js';
import { renderDeck } from './render/pptx/render-deck.js';
import { planSlides, type PlannedSlide } from './slides/plan.js';
import { sectionContents } from './slides/section/contents.js';
import type { ComposeContext } from './slides/slide-module.js';
import { DEFAULT_TEMPLATE, loadTemplate } from './templates/load-template.js';
import { checkThemeContrast } from './theme/contrast.js';
import { DEFAULT_THEME, loadTheme } from './theme/load-theme.js';
import { validateWorkbook } from './validate/validate-workbook.js';
import { writeFileAtomic } from './write/write-atomic.js';

export interface BuildOptions {
  /** Bundled theme name or path to a theme file. */
  theme?: string;
  /** Bundled template name or path to a template folder. */
  template?: string;
  /** Overrides the Deck sheet's locale (number, date and text language). */
  locale?: string;
  /** Overrides the Deck sheet's currency. */
  currency?: string;
  /** Slide kinds to include, in this order (default: the template's list). */
  slides?: readonly string[];
  /** One account for every slide kind with an `account` option (an account plan). */
  account?: string;
  /** Per-kind options over the template's, e.g. `{ pareto: { cut: 0.7 } }`. */
  slideOptions?: Readonly<Record<string, Record<string, unknown>>>;
  /** Score accounts on the criteria they have when some scores are missing. */
  allowPartialScores?: boolean;
  limits?: Partial<LoadLimits>;
  /**
   * `native` (default): editable PowerPoint charts. `image`: each chart drawn by chart.js as a
   * PNG in the same place, for viewers that mangle native charts (Keynote, Google Slides).
   */
  charts?: 'native' | 'image';
  /** Called after each stage with its wall time in milliseconds (the benchmark's timing hook). */
  onStage?: (stage: BuildStage, ms: number) => void;
}

export type BuildStage = 'load' | 'validate' | 'analyse' | 'compose' | 'render' | 'write';

/** Runs one stage and reports its wall time to `onStage`, if given. */
async function timed<T>(
  options: BuildOptions,
  stage: BuildStage,
  run: () => T,
): Promise<Awaited<T>> {
  const started = performance.now();
  const result = await run();
  options.onStage?.(stage, performance.now() - started);
  return result;
}

export interface BuildResult {
  bytes: Uint8Array;
  deck: DeckSpec;
  model: KamModel;
  /** Warnings (errors are thrown). */
  diagnostics: Diagnostic[];
}

/** Load and validate only: the model, or a KamdeckError with every problem found. */
export async function loadModel(
  input: string,
  options: BuildOptions = {},
): Promise<{ model: KamModel; diagnostics: Diagnostic[] }> {
  const workbook = await timed(options, 'load', () => loadInput(input, options.limits));
  const validation = await timed(options, 'validate', () =>
    validateWorkbook(workbook, {
      ...(options.locale === undefined ? {} : { locale: options.locale }),
      ...(options.currency === undefined ? {} : { currency: options.currency }),
      ...(options.allowPartialScores === true ? { allowPartialScores: true } : {}),
    }),
  );
  if (validation.model === undefined || hasErrors(validation.diagnostics)) {
    const errors = validation.diagnostics.filter((d) => d.severity === 'error').length;
    throw new KamdeckError(
      'INPUT_INVALID',
      `${input} has ${errors} problem${errors === 1 ? '' : 's'}`,
      validation.diagnostics,
    );
  }
  return { model: validation.model, diagnostics: validation.diagnostics };
}

function composeSlides(
  planned: readonly PlannedSlide[],
  context: Omit<ComposeContext, 'agenda'>,
): SlideSpec[] {
  const sections = planned.filter((slide) => slide.module.kind === 'section');
  const composed = new Map<PlannedSlide, SlideSpec[]>();
  for (const slide of planned) {
    if (slide.module.kind === 'agenda') continue;
    const index = sections.indexOf(slide);
    const place = index < 0 ? {} : { section: { number: index + 1, count: sections.length } };
    composed.set(slide, slide.module.compose(slide.result, { ...context, agenda: [], ...place }));
  }
  // The agenda lists what follows it: the sections when the deck has them, else the first title
  // of each later analysis.
  const listed =
    sections.length > 0
      ? sections
      : planned.filter((slide) => slide.module.kind !== 'title' && slide.module.kind !== 'agenda');
  const agenda = listed
    .map((slide) => composed.get(slide)?.[0]?.title)
    .filter((title): title is string => title !== undefined);
  const details = sections.length > 0 ? { agendaDetails: sectionContents(planned, composed) } : {};
  return planned.flatMap(
    (slide) =>
      composed.get(slide) ?? slide.module.compose(slide.result, { ...context, agenda, ...details }),
  );
}

/** `charts: 'image'`: chart.js pictures of the charts, loaded only when asked for. */
async function chartsAsPictures(deck: DeckSpec, locale: string): Promise<DeckSpec> {
  const { chartJsRenderer } = await import('./render/chart-image/render-chart-image.js');
  return chartsAsImages(deck, chartJsRenderer, locale);
}

/**
 * Analyse → compose → render for an already validated model. Batch builds call this once per group
 * with a filtered model, so the workbook is read and validated only once.
 */
export async function buildDeckFromModel(
  model: KamModel,
  options: BuildOptions = {},
): Promise<BuildResult> {
  const diagnostics: Diagnostic[] = [];
  const theme = await loadTheme(options.theme ?? DEFAULT_THEME);
  diagnostics.push(...checkThemeContrast(theme, theme.source));
  const format = createFormatter(model.deck.locale, model.deck.currency);
  const template = loadTemplate(options.template ?? DEFAULT_TEMPLATE, model.deck.locale, format);
  diagnostics.push(...template.diagnostics);
  const plan = await timed(options, 'analyse', () => planSlides(model, template.manifest, options));
  for (const skipped of plan.skipped)
    diagnostics.push(warningAt(undefined, `slide "${skipped.kind}" skipped: ${skipped.reason}`));
  const composedDeck = await timed(options, 'compose', () => {
    const slides = composeSlides(plan.slides, {
      deck: model.deck,
      theme,
      format,
      text: template.text,
      source: model.source,
      listLimit: template.manifest.listLimit,
    });
    return {
      ...composeDeck(model.deck, theme, slides),
      timestamp: packageTimestamp(model.deck.asOf),
    };
  });
  const deck =
    options.charts === 'image'
      ? await chartsAsPictures(composedDeck, model.deck.locale)
      : composedDeck;
  const bytes = await timed(options, 'render', () => renderDeck(deck));
  return { bytes, deck, model, diagnostics };
}

/**
 * The package's document and zip-entry date: the deck's as-of date, so output is reproducible. Zip
 * entries hold DOS dates (1980–2107), so an as-of date outside them is stamped at the nearest end.
 */
export function packageTimestamp(asOf: Date): Date {
  const earliest = Date.UTC(1980, 0, 1);
  const latest = Date.UTC(2107, 11, 31);
  return new Date(Math.min(latest, Math.max(earliest, asOf.getTime())));
}

/** Builds a deck in memory: load → validate → analyse → compose → render. */
export async function buildDeck(input: string, options: BuildOptions = {}): Promise<BuildResult> {
  const loaded = await loadModel(input, options);
  const built = await buildDeckFromModel(loaded.model, options);
  return { ...built, diagnostics: [...loaded.diagnostics, ...built.diagnostics] };
}

/** Builds and writes atomically; the input file is never overwritten. Returns the absolute path. */
export async function buildDeckToFile(
  input: string,
  output: string,
  options: BuildOptions = {},
): Promise<BuildResult & { path: string }> {
  const result = await buildDeck(input, options);
  const path = await timed(options, 'write', () =>
    writeFileAtomic(output, result.bytes, { protect: [input] }),
  );
  return { ...result, path };
}
