/**
 * What the global set-up rendered, shared with the test files through a manifest on disk: one
 * entry per bundled theme × template, with its deck, PDF, page images and DeckSpec.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { DeckSpec } from '../../../src/compose/spec.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder holding manifest.json and every rendered file. */
    renderDir: string;
  }
}

export const SAMPLE = 'sample-data/kam-sample.xlsx';
/** Page images of the suite, low enough to keep reference images small. */
export const RENDER_DPI = 60;
export const MANIFEST_FILE = 'manifest.json';

export interface RenderedCombination {
  /** `<theme>--<template>` */
  id: string;
  theme: string;
  template: string;
  pptx: string;
  /** The DeckSpec that buildDeck returned, as JSON. */
  spec: string;
  pdf: string;
  pages: string[];
  /** The deck was built (its .pptx and spec exist), whether or not it then rendered. */
  built: boolean;
  /** Why building, LibreOffice or pdftoppm failed for this deck, when one did. */
  error?: string;
}

export interface RenderManifest {
  dpi: number;
  combinations: RenderedCombination[];
}

export function combinationId(theme: string, template: string): string {
  return `${theme}--${template}`;
}

export async function readManifest(): Promise<RenderManifest> {
  const text = await readFile(join(inject('renderDir'), MANIFEST_FILE), 'utf8');
  return JSON.parse(text) as RenderManifest;
}

/** The DeckSpec as built (its timestamp comes back as a string; nothing here needs it). */
export async function readDeckSpec(combination: RenderedCombination): Promise<DeckSpec> {
  return JSON.parse(await readFile(combination.spec, 'utf8')) as DeckSpec;
}
