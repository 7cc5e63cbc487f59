/** What `kamdeck init` writes when no file is named; apart so the CLI can say it without loading exceljs. */
export const DEFAULT_INIT_FILE = 'kamdeck-input.xlsx';
