/**
 * The theme file format: brand data, validated. A theme may `extend` another (bundled name or path)
 * and override a few fields; `resolveTheme` merges it over its base.
 */
import { z } from 'zod';

const hex = z
  .string()
  .regex(/^#?[0-9a-fA-F]{6}$/, 'expected a colour as 6 hex digits, e.g. "#1F6FB2"')
  .transform((value) => value.replace('#', '').toUpperCase());

export const COLOR_SLOTS = [
  'dark1',
  'light1',
  'dark2',
  'light2',
  'accent1',
  'accent2',
  'accent3',
  'accent4',
  'accent5',
  'accent6',
  'hyperlink',
] as const;
export type ColorSlot = (typeof COLOR_SLOTS)[number];

const colors = z
  .object({
    dark1: hex,
    light1: hex,
    dark2: hex,
    light2: hex,
    accent1: hex,
    accent2: hex,
    accent3: hex,
    accent4: hex,
    accent5: hex,
    accent6: hex,
    hyperlink: hex,
  })
  .strict();

export const themeSchema = z
  .object({
    $schema: z.string().optional(),
    name: z.string().min(1),
    description: z.string().default(''),
    colors,
    /** Neutral tones for secondary text, gridlines and table borders. */
    neutrals: z.object({ muted: hex, grid: hex, surface: hex }).strict(),
    status: z.object({ good: hex, warning: hex, bad: hex }).strict(),
    fonts: z.object({ heading: z.string().min(1), body: z.string().min(1) }).strict(),
    footer: z
      .object({
        text: z.string().default(''),
        showSlideNumber: z.boolean().default(true),
        showConfidentiality: z.boolean().default(true),
      })
      .strict(),
    logo: z
      .object({
        path: z.string().min(1),
        position: z.enum(['top-right', 'bottom-right', 'bottom-left']).default('top-right'),
        widthIn: z.number().positive().max(4).default(1.2),
      })
      .strict()
      .optional(),
    titleSlide: z.object({ background: hex, text: hex, accent: hex }).strict(),
  })
  .strict();

export type Theme = z.output<typeof themeSchema>;

/** A theme file before merging: every field optional except what the base cannot supply. */
export const themeFileSchema = z
  .object({ extends: z.string().min(1).optional() })
  .catchall(z.unknown());
