/** The MRR sheet: monthly recurring revenue per account and period (months or quarters). */
import type { PeriodSheetSpec } from './revenue.js';

export const MRR_SHEET: PeriodSheetSpec = {
  name: 'MRR',
  aliases: ['MRR history', 'Monthly recurring revenue', 'Recurring revenue'],
  valueHeader: 'MRR',
  valueAliases: ['Monthly recurring revenue', 'Value', 'Amount'],
  what: 'MRR',
};
