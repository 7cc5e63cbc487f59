/** The fixed vocabulary of synthetic workbooks: regions, industries, months, criteria, products. */
export const REGIONS = ['North America', 'EMEA', 'APAC', 'LATAM'];
export const INDUSTRIES = ['Hospital', 'Payer', 'Laboratory', 'Pharma', 'Retail', 'Logistics'];
export const ONBOARDING = [
  'Completed',
  'Completed',
  'Completed',
  'In progress',
  'Not started',
  'Stalled',
];
export { MRR_MONTHS } from '../../sample-data/sheets/mrr.js';
export const CRITERIA = [
  ['Revenue potential', 'Growth', 0.35],
  ['Cost to serve', 'Growth', 0.15],
  ['Demand stability', 'Growth', 0.3],
  ['Access to new markets', 'Growth', 0.2],
  ['Strategic fit', 'Harmony', 0.25],
  ['Culture', 'Harmony', 0.15],
  ['Vision', 'Harmony', 0.15],
  ['Overall strategy', 'Harmony', 0.15],
  ['Product and service requirements', 'Harmony', 0.2],
  ['Culture of innovation', 'Harmony', 0.1],
] as const;
export const PRODUCTS = [
  ['Cloud Suite', 0.72],
  ['Analytics', 0.66],
  ['Premium Support', 0.47],
  ['Integration Services', 0.24],
  ['Data Migration', 0.09],
] as const;
