/**
 * Which slides a deck gets: the template's list (or `--slides`), each kind looked up in the
 * registry, its options parsed with the module's schema, and kinds whose data is missing skipped.
 */
import { z } from 'zod';
import { KamdeckError } from '../errors.js';
import type { KamModel } from '../model/model.js';
import type { SlideEntry, TemplateManifest } from '../templates/load-template.js';
import { isSlideKind, SLIDE_KINDS, SLIDE_REGISTRY } from './registry.js';
import type { SlideModule } from './slide-module.js';

export interface PlannedSlide {
  module: SlideModule;
  params: unknown;
  result: unknown;
}

export interface SlidePlan {
  slides: PlannedSlide[];
  skipped: { kind: string; reason: string }[];
}

export interface PlanOptions {
  slides?: readonly string[] | undefined;
  slideOptions?: Readonly<Record<string, Record<string, unknown>>> | undefined;
  /** One account for every kind that takes an `account` option (org chart, timeline, …). */
  account?: string | undefined;
}

/** Kinds whose options include `account`: a one-account deck sets it on each of them. */
export function acceptsAccount(module: SlideModule): boolean {
  return module.params instanceof z.ZodObject && 'account' in module.params.shape;
}

function chooseEntries(
  manifest: TemplateManifest,
  requested: readonly string[] | undefined,
): SlideEntry[] {
  if (requested === undefined || requested.length === 0) return manifest.slides;
  return requested.map(
    (kind) => manifest.slides.find((entry) => entry.kind === kind) ?? { kind, options: {} },
  );
}

function moduleFor(kind: string, from: string): SlideModule {
  if (!isSlideKind(kind)) {
    throw new KamdeckError(
      'USAGE',
      `unknown slide kind "${kind}" in ${from}; known kinds: ${SLIDE_KINDS.join(', ')}`,
    );
  }
  return SLIDE_REGISTRY[kind];
}

function parseParams(module: SlideModule, options: Record<string, unknown>): unknown {
  const parsed = module.params.safeParse(options);
  if (!parsed.success) {
    throw new KamdeckError(
      'USAGE',
      `options for slide "${module.kind}" are invalid:\n${z.prettifyError(parsed.error)}`,
    );
  }
  return parsed.data;
}

/**
 * `overviewOnly: true`, an option every kind takes: only the first slide the kind makes (the ABC
 * overview without the tier-A list, the retention bridge without its trend), for short decks.
 */
function splitOverviewOnly(
  module: SlideModule,
  options: Record<string, unknown>,
): { module: SlideModule; options: Record<string, unknown> } {
  const { overviewOnly, ...rest } = options;
  if (overviewOnly === undefined || overviewOnly === false) return { module, options: rest };
  if (overviewOnly !== true)
    throw new KamdeckError(
      'USAGE',
      `option "overviewOnly" of slide "${module.kind}" must be true or false, not ${JSON.stringify(overviewOnly)}`,
    );
  const compose: SlideModule['compose'] = (result, ctx) => module.compose(result, ctx).slice(0, 1);
  return { module: { ...module, compose }, options: rest };
}

export function planSlides(
  model: KamModel,
  manifest: TemplateManifest,
  options: PlanOptions,
): SlidePlan {
  const plan: SlidePlan = { slides: [], skipped: [] };
  const from = options.slides === undefined ? `template "${manifest.name}"` : '--slides';
  for (const entry of chooseEntries(manifest, options.slides)) {
    const kindModule = moduleFor(entry.kind, from);
    const account =
      options.account !== undefined && acceptsAccount(kindModule)
        ? { account: options.account }
        : {};
    const { module, options: moduleOptions } = splitOverviewOnly(kindModule, {
      ...entry.options,
      ...account,
      ...options.slideOptions?.[entry.kind],
    });
    const params = parseParams(module, moduleOptions);
    const reason = module.unavailable?.(model, params);
    if (reason !== undefined) {
      plan.skipped.push({ kind: entry.kind, reason });
      continue;
    }
    const problem = module.checkParams?.(model, params);
    if (problem !== undefined)
      throw new KamdeckError('USAGE', `slide "${module.kind}": ${problem}`);
    plan.slides.push({ module, params, result: module.analyse(model, params) });
  }
  return withoutEmptySections(plan);
}

/** A section divider with no slide before the next divider (all skipped) is left out too. */
function withoutEmptySections(plan: SlidePlan): SlidePlan {
  const isSection = (slide: PlannedSlide | undefined) => slide?.module.kind === 'section';
  const empty = plan.slides.filter(
    (slide, index) =>
      isSection(slide) && (index === plan.slides.length - 1 || isSection(plan.slides[index + 1])),
  );
  return {
    slides: plan.slides.filter((slide) => !empty.includes(slide)),
    skipped: [
      ...plan.skipped,
      ...empty.map(() => ({ kind: 'section', reason: 'every slide of its section was skipped' })),
    ],
  };
}
