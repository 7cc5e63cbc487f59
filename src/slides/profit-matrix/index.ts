import { z } from 'zod';
import { defineSlide } from '../slide-module.js';
import { analyseProfitMatrix, DEFAULT_PROFIT_MATRIX_PARAMS as D } from './analyse.js';
import { CUT_METHODS } from './categorise.js';
import { composeProfitMatrix } from './compose.js';

const share = z.number().gt(0).max(1);
const method = z.enum(CUT_METHODS);
const ascending = (cuts: readonly number[]) =>
  cuts.every((cut, index) => index === 0 || cut > (cuts[index - 1] ?? 0));

export const profitMatrixSchema = z
  .object({
    customerMethod: method.default(D.customerMethod),
    productMethod: method.default(D.productMethod),
    customerCutA: share.default(D.customerCutA),
    customerCutB: share.default(D.customerCutB),
    customerCutC: share.default(D.customerCutC),
    productCut1: share.default(D.productCut1),
    productCut2: share.default(D.productCut2),
    productCut3: share.default(D.productCut3),
  })
  .strict()
  .refine((p) => ascending([p.customerCutA, p.customerCutB, p.customerCutC]), {
    message: 'customerCutA < customerCutB < customerCutC is required (shares 0–1)',
  })
  .refine((p) => ascending([p.productCut1, p.productCut2, p.productCut3]), {
    message: 'productCut1 < productCut2 < productCut3 is required (shares 0–1)',
  });

export const profitMatrixSlide = defineSlide({
  kind: 'profit-matrix',
  description:
    'Customer (A–D by gross profit) × product (1–4 by margin) matrix with service policies, and the A accounts.',
  params: profitMatrixSchema,
  unavailable: (model) => {
    if (model.sales === undefined) return 'the workbook has no Sales sheet';
    const ids = new Set(model.accounts.map((account) => account.id));
    return model.sales.lines.some((line) => ids.has(line.accountId))
      ? undefined
      : 'the Sales sheet has no rows for these accounts';
  },
  analyse: analyseProfitMatrix,
  compose: composeProfitMatrix,
});
