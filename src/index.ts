/** kamdeck's library API: build decks from key-account workbooks. Re-exports only. */
export {
  buildDeck,
  buildDeckFromModel,
  buildDeckToFile,
  loadModel,
  type BuildOptions,
  type BuildResult,
  type BuildStage,
} from './pipeline.js';
export {
  KamdeckError,
  ERROR_CODES,
  formatDiagnostic,
  formatLocation,
  type Diagnostic,
  type ErrorCode,
  type Location,
} from './errors.js';
export type { Account, DeckInfo, KamModel, Period, PeriodTable } from './model/model.js';
export type { DeckSpec, SlideSpec, SlideElement, ChartSpec } from './compose/spec.js';
export { loadInput } from './load/load-input.js';
export {
  validateWorkbook,
  type ValidateOptions,
  type ValidationResult,
} from './validate/validate-workbook.js';
export { analysePareto, type ParetoParams, type ParetoResult } from './slides/pareto/analyse.js';
export { analyseAbc, type AbcParams, type AbcResult } from './slides/abc/analyse.js';
export { SLIDE_KINDS, SLIDE_REGISTRY, type SlideKind } from './slides/registry.js';
export type { SlideModule, ComposeContext } from './slides/slide-module.js';
export {
  loadTheme,
  listBundledThemes,
  describeBundledThemes,
  type ResolvedTheme,
} from './theme/load-theme.js';
export { checkThemeContrast, contrastRatio } from './theme/contrast.js';
export { themeJsonSchema } from './theme/theme-json-schema.js';
export {
  chartsAsImages,
  type ChartImageRequest,
  type ImageRenderer,
} from './compose/chart-images.js';
export {
  describeBundledTemplates,
  loadTemplate,
  listBundledTemplates,
  type TemplateSummary,
} from './templates/load-template.js';
export { renderDeck } from './render/pptx/render-deck.js';
export { previewDeck, type PreviewOptions, type PreviewResult } from './preview.js';
export {
  renderPreview,
  libreOfficeRenderer,
  type PageRenderer,
  type Preview,
} from './render/preview/render-preview.js';
export { validateInput, type InputReport } from './validate-input.js';
export { initWorkbook, createInitWorkbook, type InitOptions } from './init/init-workbook.js';
export { INPUT_CONTRACT } from './contract/registry.js';
export type { SheetContract, ColumnContract } from './contract/types.js';
