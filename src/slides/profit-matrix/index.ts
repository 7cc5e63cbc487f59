/** PLACEHOLDER: the profit-matrix slide is not built yet; it is skipped with a note. */
import { z } from 'zod';
import { defineSlide } from '../slide-module.js';

export const profitMatrixSlide = defineSlide({
  kind: 'profit-matrix',
  description: 'profit-matrix (not built yet)',
  params: z.object({}).passthrough(),
  unavailable: () => 'not built yet',
  analyse: () => null,
  compose: () => [],
});
