/** PLACEHOLDER: the charter slide is not built yet; it is skipped with a note. */
import { z } from 'zod';
import { defineSlide } from '../slide-module.js';

export const charterSlide = defineSlide({
  kind: 'charter',
  description: 'charter (not built yet)',
  params: z.object({}).passthrough(),
  unavailable: () => 'not built yet',
  analyse: () => null,
  compose: () => [],
});
