/**
 * Every slide kind kamdeck can make. The record is exhaustive over `SlideKind`: a kind that is
 * named but not registered does not compile, and templates may only name kinds found here.
 */
import { abcSlide } from './abc/index.js';
import { agendaSlide } from './agenda/agenda.js';
import { paretoSlide } from './pareto/index.js';
import type { SlideModule } from './slide-module.js';
import { titleSlide } from './title/title.js';

export const SLIDE_KINDS = ['title', 'agenda', 'pareto', 'abc'] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

export const SLIDE_REGISTRY: Record<SlideKind, SlideModule> = {
  title: titleSlide,
  agenda: agendaSlide,
  pareto: paretoSlide,
  abc: abcSlide,
};

export function isSlideKind(kind: string): kind is SlideKind {
  return (SLIDE_KINDS as readonly string[]).includes(kind);
}
