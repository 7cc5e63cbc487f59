/**
 * Charter sample: the key-account charter of Meridian Health Cloud's KAM team — seven sections in
 * the usual order, with bullets ("- ") and plain paragraphs, in the healthcare-cloud story of the
 * sample (three divisions, the CarePath acquisition, a payer churned, a migration to recover).
 * Governance continues on a second row with an empty Section cell, as users often write it.
 */
import type { SampleCell, SampleSheet } from './sample-sheet.js';

/** [section ('' continues the section above), content with line breaks] */
const CHARTER: readonly (readonly [string, string])[] = [
  [
    'Purpose',
    'Grow and protect our most important healthcare relationships by being the partner that helps each client run safer, more efficient care on the cloud.',
  ],
  [
    'Objectives',
    [
      '- Grow key-account revenue 12% in FY2027, half of it from CarePath analytics cross-sell',
      '- Keep gross revenue retention at or above 95%',
      '- Recover Tasman Ridge and Evenstar before their renewals',
      '- An agreed account plan for every key account by January',
    ].join('\n'),
  ],
  [
    'Scope',
    [
      'The 40 key accounts of Provider Cloud, Payer Solutions and Life Sciences in North America, EMEA and APAC.',
      'Mid-market and public-tender accounts stay with regional sales.',
    ].join('\n'),
  ],
  [
    'Value proposition',
    [
      '• One accountable team across EHR cloud, claims and analytics',
      '• Clinical and regulatory expertise: HIPAA, GDPR, HL7 FHIR',
      '• Faster time to value: go-live plans we share and track',
      '• Executive access and a joint roadmap',
    ].join('\n'),
  ],
  [
    'Success measures',
    [
      '- Net revenue retention ≥ 110%',
      '- Satisfaction ≥ 8 of 10 on every account',
      '- Onboarding complete within 120 days',
      '- Share of wallet tracked per client division',
    ].join('\n'),
  ],
  [
    'Governance',
    [
      'The Head of Key Accounts owns the charter; the Executive Sponsor chairs a monthly KAM council.',
      '- Discounts above 15% go to the council',
    ].join('\n'),
  ],
  ['', '- Escalations reach the council within 48 hours'],
  [
    'Review cadence',
    [
      '- Weekly: pipeline and risk stand-up',
      '- Quarterly: business review with each client',
      '- Yearly: account plans and this charter',
    ].join('\n'),
  ],
];

function charterRows(): Record<string, SampleCell>[] {
  return CHARTER.map(([section, content]) => ({
    Section: section === '' ? null : section,
    Content: content,
  }));
}

export const charterSheets: SampleSheet[] = [
  {
    name: 'Charter',
    columns: [
      { header: 'Section', width: 20 },
      { header: 'Content', width: 90 },
    ],
    rows: charterRows,
  },
];
