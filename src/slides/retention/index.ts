/** PLACEHOLDER: the retention slide is not built yet; it is skipped with a note. */
import { z } from 'zod';
import { defineSlide } from '../slide-module.js';

export const retentionSlide = defineSlide({
  kind: 'retention',
  description: 'retention (not built yet)',
  params: z.object({}).passthrough(),
  unavailable: () => 'not built yet',
  analyse: () => null,
  compose: () => [],
});
