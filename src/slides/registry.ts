/**
 * Every slide kind kamdeck can make. The record is exhaustive over `SlideKind`: a kind that is
 * named but not registered does not compile, and templates may only name kinds found here.
 */
import { abcSlide } from './abc/index.js';
import { agendaSlide } from './agenda/index.js';
import { charterSlide } from './charter/index.js';
import { dashboardSlide } from './dashboard/index.js';
import { divisionMapSlide } from './division-map/index.js';
import { orgChartSlide } from './org-chart/index.js';
import { paretoSlide } from './pareto/index.js';
import { profitMatrixSlide } from './profit-matrix/index.js';
import { retentionSlide } from './retention/index.js';
import { scoringSlide } from './scoring/index.js';
import { sectionSlide } from './section/index.js';
import type { SlideModule } from './slide-module.js';
import { teamSlide } from './team/index.js';
import { timelineSlide } from './timeline/index.js';
import { titleSlide } from './title/index.js';

export const SLIDE_KINDS = [
  'title',
  'agenda',
  'section',
  'pareto',
  'abc',
  'scoring',
  'dashboard',
  'retention',
  'profit-matrix',
  'org-chart',
  'division-map',
  'timeline',
  'team',
  'charter',
] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

export const SLIDE_REGISTRY: Record<SlideKind, SlideModule> = {
  title: titleSlide,
  agenda: agendaSlide,
  section: sectionSlide,
  pareto: paretoSlide,
  abc: abcSlide,
  scoring: scoringSlide,
  dashboard: dashboardSlide,
  retention: retentionSlide,
  'profit-matrix': profitMatrixSlide,
  'org-chart': orgChartSlide,
  'division-map': divisionMapSlide,
  timeline: timelineSlide,
  team: teamSlide,
  charter: charterSlide,
};

export function isSlideKind(kind: string): kind is SlideKind {
  return (SLIDE_KINDS as readonly string[]).includes(kind);
}
