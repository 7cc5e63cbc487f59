/**
 * The contract every slide kind fulfils: a pure pair `analyse(model, params) → result` and
 * `compose(result, ctx) → slides`. Adding a slide kind means one folder with these and one line in
 * the registry.
 */
import type { z } from 'zod';
import type { Formatter } from '../compose/format.js';
import type { SlideSpec } from '../compose/spec.js';
import type { DeckInfo, KamModel } from '../model/model.js';
import type { SlideText } from '../templates/load-template.js';
import type { ResolvedTheme } from '../theme/load-theme.js';

export interface ComposeContext {
  deck: DeckInfo;
  theme: ResolvedTheme;
  format: Formatter;
  text: SlideText;
  /** The input as the user named it, for "computed from …" notes. */
  source: string;
  /** Titles of the slides that follow the agenda, in order (for the agenda slide). */
  agenda: readonly string[];
  /** With section dividers: under each agenda entry, the titles of the section's slides. */
  agendaDetails?: readonly string[];
  /** Section dividers only: this section's place among the deck's sections (1-based). */
  section?: { number: number; count: number };
  /** Items a list in slide text names before "… and N more" (compose/bounded-list.ts). */
  listLimit?: number;
}

export interface SlideModule<Params = unknown, Result = unknown> {
  kind: string;
  /** One line for `--help` and the README: what the slide shows. */
  description: string;
  /** Options from the template and the command line, with defaults. */
  params: z.ZodType<Params>;
  /** Why the slide cannot be made from this model (e.g. its sheet is missing); it is then skipped. */
  unavailable?: (model: KamModel, params: Params) => string | undefined;
  /** A usage error in the params for this model (e.g. an unknown period). */
  checkParams?: (model: KamModel, params: Params) => string | undefined;
  analyse: (model: KamModel, params: Params) => Result;
  compose: (result: Result, ctx: ComposeContext) => SlideSpec[];
}

/** Lets a registry hold modules of different param and result types. */
export function defineSlide<Params, Result>(module: SlideModule<Params, Result>): SlideModule {
  return module as unknown as SlideModule;
}
