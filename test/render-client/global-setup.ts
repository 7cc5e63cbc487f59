/**
 * Renders every bundled theme × template once, before the test files run, and tells them where
 * (the files stay in out/render-client/ for a person to look at, e.g. after a failure in CI).
 */
import type { TestProject } from 'vitest/node';
import { renderAllCombinations } from './helpers/render-all.js';

export const RENDER_DIR = 'out/render-client';

export default async function setup(project: TestProject): Promise<void> {
  project.provide('renderDir', await renderAllCombinations(RENDER_DIR));
}
