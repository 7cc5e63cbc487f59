/** PLACEHOLDER: the scoring slide is not built yet; it is skipped with a note. */
import { z } from 'zod';
import { defineSlide } from '../slide-module.js';

export const scoringSlide = defineSlide({
  kind: 'scoring',
  description: 'scoring (not built yet)',
  params: z.object({}).passthrough(),
  unavailable: () => 'not built yet',
  analyse: () => null,
  compose: () => [],
});
