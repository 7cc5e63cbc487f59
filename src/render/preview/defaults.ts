/** Preview defaults, apart from the renderer so the CLI can show them without loading the canvas. */
export const DEFAULT_PREVIEW_DPI = 80;
export const DEFAULT_PREVIEW_TIMEOUT_MS = 180_000;
