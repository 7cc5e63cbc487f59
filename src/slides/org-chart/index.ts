/** PLACEHOLDER: the org-chart slide is not built yet; it is skipped with a note. */
import { z } from 'zod';
import { defineSlide } from '../slide-module.js';

export const orgChartSlide = defineSlide({
  kind: 'org-chart',
  description: 'org-chart (not built yet)',
  params: z.object({}).passthrough(),
  unavailable: () => 'not built yet',
  analyse: () => null,
  compose: () => [],
});
