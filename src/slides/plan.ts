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

export function planSlides(
  model: KamModel,
  manifest: TemplateManifest,
  options: PlanOptions,
): SlidePlan {
  const plan: SlidePlan = { slides: [], skipped: [] };
  const from = options.slides === undefined ? `template "${manifest.name}"` : '--slides';
  for (const entry of chooseEntries(manifest, options.slides)) {
    const module = moduleFor(entry.kind, from);
    const params = parseParams(module, { ...entry.options, ...options.slideOptions?.[entry.kind] });
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
  return plan;
}
