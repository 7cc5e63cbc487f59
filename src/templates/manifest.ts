/**
 * Template manifests: `templates/<name>/template.json`, read and checked, found by name (bundled)
 * or path (a folder of the user's), and the chain of templates a manifest `extends`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { KamdeckError } from '../errors.js';
import { BUNDLED_TEMPLATES_DIR } from '../paths.js';

const manifestSchema = z
  .object({
    name: z.string().min(1),
    description: z.string().default(''),
    extends: z.string().min(1).optional(),
    /** Items a list in slide text names before "… and N more" (default LIST_LIMIT, 50). */
    listLimit: z.number().int().min(1).max(100_000).optional(),
    slides: z
      .array(
        z
          .object({
            kind: z.string().min(1),
            options: z.record(z.string(), z.unknown()).default({}),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type TemplateManifest = z.output<typeof manifestSchema>;
export type SlideEntry = TemplateManifest['slides'][number];

export function templateDirectory(nameOrPath: string, relativeTo: string): string {
  const looksLikePath =
    nameOrPath.includes('/') || nameOrPath.includes('\\') || nameOrPath.startsWith('.');
  if (!looksLikePath) return join(BUNDLED_TEMPLATES_DIR, nameOrPath);
  return isAbsolute(nameOrPath) ? nameOrPath : resolve(relativeTo, nameOrPath);
}

export async function listBundledTemplates(): Promise<string[]> {
  const entries = await readdir(BUNDLED_TEMPLATES_DIR, { withFileTypes: true });
  return entries
    .filter(
      (entry) =>
        entry.isDirectory() && existsSync(join(BUNDLED_TEMPLATES_DIR, entry.name, 'template.json')),
    )
    .map((entry) => entry.name)
    .sort();
}

export interface TemplateSummary {
  name: string;
  description: string;
  /** Languages of the text, its own and inherited: ["en", "it"]. */
  languages: string[];
}

/** Every bundled template with its description, for `kamdeck templates`. */
export async function describeBundledTemplates(): Promise<TemplateSummary[]> {
  return (await listBundledTemplates()).map((name) => {
    const directory = join(BUNDLED_TEMPLATES_DIR, name);
    const manifest = readManifest(directory, name);
    const languages = textSearchPath(directory, manifest).flatMap((dir) =>
      existsSync(join(dir, 'text')) ? readdirSync(join(dir, 'text')) : [],
    );
    return { name, description: manifest.description, languages: [...new Set(languages)].sort() };
  });
}

export function readManifest(directory: string, requestedAs: string): TemplateManifest {
  const path = join(directory, 'template.json');
  if (!existsSync(path))
    throw new KamdeckError('TEMPLATE_INVALID', `template "${requestedAs}" not found (no ${path})`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new KamdeckError(
      'TEMPLATE_INVALID',
      `template ${path} is not valid JSON: ${(error as Error).message}`,
    );
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success)
    throw new KamdeckError(
      'TEMPLATE_INVALID',
      `template ${path} is invalid:\n${z.prettifyError(parsed.error)}`,
    );
  return parsed.data;
}

export /** The template's own directory first, then the directories of the templates it extends. */
function textSearchPath(directory: string, manifest: TemplateManifest): string[] {
  const chain = [directory];
  let parent = manifest.extends;
  while (parent !== undefined && chain.length < 8) {
    const parentDir = templateDirectory(parent, directory);
    chain.push(parentDir);
    parent = readManifest(parentDir, parent).extends;
  }
  return chain;
}
