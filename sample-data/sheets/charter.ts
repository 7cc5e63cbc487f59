/** PLACEHOLDER: sample sheets for this slide kind are added with the slide. */
import type { SampleSheet } from './sample-sheet.js';

export const charterSheets: SampleSheet[] = [];
