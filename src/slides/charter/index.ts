import { z } from 'zod';
import { defineSlide } from '../slide-module.js';
import { analyseCharter, DEFAULT_CHARTER_PARAMS } from './analyse.js';
import { composeCharter } from './compose.js';

export const charterSlide = defineSlide({
  kind: 'charter',
  description:
    'The KAM charter: purpose, objectives, scope and the other sections as a grid of cards.',
  params: z
    .object({
      maxSlides: z.number().int().min(1).max(4).default(DEFAULT_CHARTER_PARAMS.maxSlides),
      purposeAsHeadline: z.boolean().default(DEFAULT_CHARTER_PARAMS.purposeAsHeadline),
    })
    .strict(),
  unavailable: (model) => {
    if (model.charter === undefined) return 'the workbook has no Charter sheet';
    if (model.charter.sections.length === 0)
      return `the ${model.charter.sheet} sheet has no sections with text`;
    return undefined;
  },
  analyse: analyseCharter,
  compose: composeCharter,
});
