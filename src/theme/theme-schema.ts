/**
 * The theme file format: brand data, validated. A theme may `extend` another (bundled name or path)
 * and override a few fields; `loadTheme` merges it over its base. The descriptions below end up in
 * themes/theme.schema.json (`npm run theme-schema`), which editors use to complete and check files.
 */
import { z } from 'zod';

const hex = z
  .string()
  .regex(/^#?[0-9a-fA-F]{6}$/, 'expected a colour as 6 hex digits, e.g. "#1F6FB2"')
  .transform((value) => value.replace('#', '').toUpperCase());

/** The twelve colour slots of an Office theme, in the order PowerPoint lists them. */
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
  'followedHyperlink',
] as const;
export type ColorSlot = (typeof COLOR_SLOTS)[number];

const colors = z
  .object({
    dark1: hex.describe('Body text (Office "Text 1"); in a dark theme, the light text colour'),
    light1: hex.describe(
      'Slide background (Office "Background 1"); in a dark theme, the dark background colour',
    ),
    dark2: hex.describe('Slide titles, key figures and table header fills ("Text 2")'),
    light2: hex.describe('Soft fills behind text ("Background 2")'),
    accent1: hex.describe('First chart series, accent bar and highlights'),
    accent2: hex.describe('Second chart series'),
    accent3: hex.describe('Third chart series'),
    accent4: hex.describe('Fourth chart series'),
    accent5: hex.describe('Fifth chart series (also secondary bars)'),
    accent6: hex.describe('Sixth chart series'),
    hyperlink: hex.describe('Links'),
    followedHyperlink: hex.optional().describe('Visited links (default: the hyperlink colour)'),
  })
  .strict()
  .transform((slots) => ({
    ...slots,
    followedHyperlink: slots.followedHyperlink ?? slots.hyperlink,
  }))
  .describe(
    'The twelve Office theme colours, also written into the deck so PowerPoint offers them',
  );

const logo = z
  .object({
    path: z
      .string()
      .min(1)
      .describe(
        'PNG or JPEG file, relative to the theme file, or a data URI (data:image/png;base64,...). SVG is refused: export it as PNG',
      ),
    position: z.enum(['top-right', 'bottom-right', 'bottom-left']).default('top-right'),
    widthIn: z
      .number()
      .positive()
      .max(4)
      .default(1.2)
      .describe('Largest width in inches; the logo keeps its proportions'),
  })
  .strict();

export const themeSchema = z
  .object({
    $schema: z.string().optional(),
    name: z.string().min(1),
    description: z.string().default('').describe('One line for `kamdeck themes`'),
    colors,
    neutrals: z
      .object({
        muted: hex.describe('Secondary text: headlines, captions, footer'),
        grid: hex.describe('Gridlines and table borders'),
        surface: hex.describe('Panels behind key figures'),
      })
      .strict(),
    status: z
      .object({
        good: hex.describe('Good news, also used as text'),
        warning: hex.describe('Warnings, also used as text'),
        bad: hex.describe('Bad news, also used as text'),
      })
      .strict(),
    fonts: z.object({ heading: z.string().min(1), body: z.string().min(1) }).strict(),
    footer: z
      .object({
        text: z.string().default(''),
        showSlideNumber: z.boolean().default(true),
        showConfidentiality: z.boolean().default(true),
      })
      .strict(),
    logo: z
      .union([logo, z.null()])
      .optional()
      .transform((value) => value ?? undefined)
      .describe('Shown on content slides; null removes a logo inherited through "extends"'),
    titleSlide: z
      .object({
        background: hex,
        text: hex.describe('Title, subtitle and meta text on the cover'),
        accent: hex,
      })
      .strict(),
  })
  .strict();

export type Theme = z.output<typeof themeSchema>;
export type ThemeColors = Theme['colors'];

/** A theme file before merging: every field optional except what the base cannot supply. */
export const themeFileSchema = z
  .object({ extends: z.string().min(1).optional() })
  .catchall(z.unknown());
