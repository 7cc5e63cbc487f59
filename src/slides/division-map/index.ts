/** PLACEHOLDER: the division-map slide is not built yet; it is skipped with a note. */
import { z } from 'zod';
import { defineSlide } from '../slide-module.js';

export const divisionMapSlide = defineSlide({
  kind: 'division-map',
  description: 'division-map (not built yet)',
  params: z.object({}).passthrough(),
  unavailable: () => 'not built yet',
  analyse: () => null,
  compose: () => [],
});
