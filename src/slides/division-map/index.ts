import { z } from 'zod';
import type { KamModel } from '../../model/model.js';
import { defineSlide } from '../slide-module.js';
import {
  accountsInSheet,
  analyseDivisionMap,
  DEFAULT_DIVISION_MAP_PARAMS,
  type DivisionMapParams,
} from './analyse.js';
import { composeDivisionMap } from './compose.js';

function unavailable(model: KamModel, params: DivisionMapParams): string | undefined {
  const data = model.divisions;
  if (data === undefined) return 'the workbook has no Divisions sheet';
  if (data.divisions.length === 0) return `the ${data.sheet} sheet has no divisions`;
  if (data.offerings.length === 0) return `the ${data.sheet} sheet has no offering columns`;
  const known = model.accounts.some((account) => account.id === params.account);
  // An unknown account is a usage error (checkParams), not a reason to skip quietly.
  if (
    params.account !== undefined &&
    known &&
    !accountsInSheet(model).some((a) => a.id === params.account)
  )
    return `account "${params.account}" has no rows in the ${data.sheet} sheet`;
  return undefined;
}

export const divisionMapSlide = defineSlide({
  kind: 'division-map',
  description: 'Client divisions × our offerings by status, with the whitespace count and value.',
  params: z
    .object({
      // --set division-map.account=1001 arrives as a number: account IDs are text.
      account: z
        .union([z.string().min(1), z.number()])
        .transform(String)
        .optional(),
      maxAccounts: z
        .number()
        .int()
        .min(1)
        .max(100)
        .default(DEFAULT_DIVISION_MAP_PARAMS.maxAccounts),
    })
    .strict(),
  unavailable,
  checkParams: (model, params) =>
    params.account !== undefined && !model.accounts.some((account) => account.id === params.account)
      ? `account "${params.account}" is not in the Accounts sheet`
      : undefined,
  analyse: analyseDivisionMap,
  compose: composeDivisionMap,
});
