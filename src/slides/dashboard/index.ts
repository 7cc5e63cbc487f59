/** PLACEHOLDER: the dashboard slide is not built yet; it is skipped with a note. */
import { z } from 'zod';
import { defineSlide } from '../slide-module.js';

export const dashboardSlide = defineSlide({
  kind: 'dashboard',
  description: 'dashboard (not built yet)',
  params: z.object({}).passthrough(),
  unavailable: () => 'not built yet',
  analyse: () => null,
  compose: () => [],
});
