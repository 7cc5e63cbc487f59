import { z } from 'zod';
import type { KamModel } from '../../model/model.js';
import { defineSlide } from '../slide-module.js';
import { analyseOrgChart } from './analyse.js';
import { composeOrgChart } from './compose.js';

/** Accounts of the deck that have at least one stakeholder, in Accounts sheet order. */
function accountsWithStakeholders(model: KamModel): string[] {
  const withPeople = new Set((model.stakeholders?.people ?? []).map((person) => person.accountId));
  return model.accounts
    .filter((account) => withPeople.has(account.id))
    .map((account) => account.id);
}

export const orgChartSlide = defineSlide({
  kind: 'org-chart',
  description:
    'Decision-making org chart per account: relationships, decision power, influence and the route to win.',
  params: z.object({ account: z.string().min(1).optional() }).strict(),
  unavailable: (model, params) => {
    if (model.stakeholders === undefined) return 'the workbook has no Stakeholders sheet';
    const accounts = accountsWithStakeholders(model);
    if (accounts.length === 0)
      return `sheet "${model.stakeholders.sheet}" has no people for the accounts in this deck`;
    // A known account without people (e.g. an account plan) skips the slide; an unknown one is a
    // usage error (checkParams).
    const known = model.accounts.some((account) => account.id === params.account);
    return known && params.account !== undefined && !accounts.includes(params.account)
      ? `account "${params.account}" has no people in sheet "${model.stakeholders.sheet}"`
      : undefined;
  },
  checkParams: (model, params) => {
    const accounts = accountsWithStakeholders(model);
    if (params.account === undefined || accounts.includes(params.account)) return undefined;
    return `account "${params.account}" has no stakeholders (accounts with stakeholders: ${accounts.join(', ')})`;
  },
  analyse: analyseOrgChart,
  compose: composeOrgChart,
});
