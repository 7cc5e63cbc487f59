import { z } from 'zod';
import { defineSlide } from '../slide-module.js';
import { composeSection, type SectionParams } from './compose.js';

export const sectionSlide = defineSlide({
  kind: 'section',
  description:
    'Section divider: opens a part of the deck with its number, title and subtitle; the agenda lists the sections.',
  params: z
    .object({
      key: z
        .string()
        .regex(/^[A-Za-z][\w-]*$/, 'a key is a text part name, e.g. "portfolio"')
        .optional(),
      title: z.string().min(1).optional(),
      subtitle: z.string().optional(),
    })
    .strict()
    .refine((params) => params.key !== undefined || params.title !== undefined, {
      message: 'a section needs a "key" (its text in section.hbs) or a "title"',
    }),
  // The divider shows its params; it reads nothing from the workbook.
  analyse: (_model, params: SectionParams) => params,
  compose: composeSection,
});
