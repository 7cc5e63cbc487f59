import { describe, expect, it } from 'vitest';
import { TYPE } from '../../../src/compose/layout.js';
import type { SlideSpec, TableElement, TextElement } from '../../../src/compose/spec.js';
import { countLines, linesHeightIn } from '../../../src/compose/text-fit.js';
import type { KamModel } from '../../../src/model/model.js';
import type { PolicyGrid } from '../../../src/model/sales.js';
import {
  analyseProfitMatrix,
  DEFAULT_PROFIT_MATRIX_PARAMS,
} from '../../../src/slides/profit-matrix/analyse.js';
import { composeProfitMatrix } from '../../../src/slides/profit-matrix/compose.js';
import { MAX_ACCOUNT_ROWS } from '../../../src/slides/profit-matrix/compose-accounts.js';
import { TEXT_INSET_IN } from '../../../src/slides/profit-matrix/fit-text.js';
import { profitMatrixSlide } from '../../../src/slides/profit-matrix/index.js';
import { marginFill } from '../../../src/slides/profit-matrix/shading.js';
import {
  composeContext,
  elementsOutsideSlide,
  overlappingPairs,
  visibleTexts,
} from '../../helpers/compose.js';
import {
  largeModel,
  LONG_ACCOUNT_NAME,
  modelWithSales,
  salesData,
  smallModel,
} from './fixtures.js';

async function slidesFor(model: KamModel, params = DEFAULT_PROFIT_MATRIX_PARAMS) {
  const ctx = await composeContext(model.deck);
  return { slides: composeProfitMatrix(analyseProfitMatrix(model, params), ctx), ctx };
}

/** The grid's text boxes with a fill: corner, 4 column headers, 4 row headers, 16 cells. */
function filledTexts(slide: SlideSpec | undefined): TextElement[] {
  return (slide?.elements ?? []).filter(
    (element): element is TextElement =>
      element.type === 'text' && element.style.fill !== undefined,
  );
}

function cellsOf(slide: SlideSpec | undefined): TextElement[] {
  return filledTexts(slide).slice(9);
}

function runsText(element: TextElement): string {
  return typeof element.text === 'string'
    ? element.text
    : element.text.map((run) => run.text).join('\n');
}

/** Estimated height of a text box's runs (each run its own paragraph) against its inner height. */
function overflowIn(element: TextElement): number {
  const runs = typeof element.text === 'string' ? [{ text: element.text }] : element.text;
  const width = element.box.wIn - 2 * TEXT_INSET_IN;
  const height = runs.reduce((sum, run) => {
    const size = ('sizePt' in run ? run.sizePt : undefined) ?? element.style.sizePt;
    const bold = 'bold' in run && run.bold === true;
    return sum + linesHeightIn(countLines(run.text, width, size, bold), size);
  }, 0);
  return height - (element.box.hIn - 2 * TEXT_INSET_IN);
}

const LONG_POLICY =
  'Serve from the regional hub with quarterly business reviews, named engineers, a yearly roadmap and executive sponsorship on both sides';

function longPolicies(): PolicyGrid {
  const row = (c: string) =>
    [1, 2, 3, 4].map((p) => `${c}${p}: ${LONG_POLICY}`) as unknown as PolicyGrid['A'];
  return { A: row('A'), B: row('B'), C: row('C'), D: row('D') };
}

describe.each([
  ['the small model', () => smallModel()],
  ['300 accounts', () => largeModel(300)],
  [
    '300 accounts with long policies',
    () => {
      const model = largeModel(300);
      return {
        ...model,
        sales: { ...model.sales!, policies: { sheet: 'Profit policies', grid: longPolicies() } },
      };
    },
  ],
])('profit matrix slides with %s', (_, model) => {
  it('makes the matrix and the A-accounts slide, every element inside the slide', async () => {
    const { slides } = await slidesFor(model());
    expect(slides.map((slide) => slide.kind)).toEqual(['profit-matrix', 'profit-matrix']);
    for (const slide of slides) expect(elementsOutsideSlide(slide)).toEqual([]);
  });

  it('has no text box overlapping another, nor a table', async () => {
    const { slides } = await slidesFor(model());
    for (const slide of slides) expect(overlappingPairs(slide, ['text', 'table'])).toEqual([]);
  });

  it('lays out a 4 × 4 grid whose texts fit their boxes', async () => {
    const { slides } = await slidesFor(model());
    const grid = filledTexts(slides[0]);
    expect(grid).toHaveLength(25);
    for (const element of grid) expect(overflowIn(element)).toBeLessThanOrEqual(0.02);
    for (const cell of cellsOf(slides[0])) {
      const [policy] = typeof cell.text === 'string' ? [] : cell.text;
      expect(policy?.sizePt ?? 0).toBeGreaterThanOrEqual(TYPE.minimumPt);
    }
  });

  it('keeps notes on both slides naming the Sales sheet', async () => {
    const { slides } = await slidesFor(model());
    for (const slide of slides) expect(slide.notes).toMatch(/sheet "Sales"/);
  });
});

describe('profit matrix: content of the small model', () => {
  it('shows each cell policy and figures; empty cells say so', async () => {
    const { slides } = await slidesFor(smallModel());
    const cells = cellsOf(slides[0]).map(runsText);
    // A × 1: K1 Platform, revenue 1000, profit 700 (70%), one account.
    expect(cells[0]).toBe(
      'Flawless, never-miss service; dedicated team\n$1K revenue · $700 profit\n70% margin · 1 account',
    );
    // A × 2 has no lines.
    expect(cells[1]).toBe('Premium service; cross-sell category-1 products\nNo sales');
    // D × 4: K4 Upgrade 300 / −60.
    expect(cells[15]).toBe(
      'Outsource or exit\n$300 revenue · -$60 profit\n-20% margin · 1 account',
    );
  });

  it('shades cells by margin with theme colours only', async () => {
    const { slides, ctx } = await slidesFor(smallModel());
    const fills = cellsOf(slides[0]).map((cell) => cell.style.fill);
    // Best cell margin is 70% (A1 and B1): the deepest tint; C3 20%; losses red; empty grey.
    expect(fills[0]).toBe(marginFill(0.7, 0.7, ctx.theme));
    expect(fills[4]).toBe(fills[0]);
    expect(fills[10]).toBe(marginFill(0.2, 0.7, ctx.theme));
    expect(fills[15]).toBe(marginFill(-0.2, 0.7, ctx.theme));
    expect(fills[1]).toBe(ctx.theme.neutrals.surface);
    expect(new Set(fills).size).toBe(5);
  });

  it('heads columns with margin and products, rows with accounts and profit share', async () => {
    const { slides } = await slidesFor(smallModel());
    const [corner, ...headers] = filledTexts(slides[0]).slice(0, 9).map(runsText);
    expect(corner).toBe('Customers ↓ by profit\nProducts → by margin');
    expect(headers.slice(0, 4)).toEqual([
      '1 · 70% margin\nPlatform',
      '2 · 50% margin\nTraining',
      '3 · 20% margin\nServices',
      '4 · -20% margin\nUpgrade',
    ]);
    // A: K1 800 of 1320 = 60.6%.
    expect(headers[4]).toBe('A\n1 account\n61% of profit');
  });

  it('lists the A accounts with products and categories; the headline names the A share', async () => {
    const { slides } = await slidesFor(smallModel());
    const table = slides[1]?.elements.find((e): e is TableElement => e.type === 'table');
    expect(table?.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['#', 'Account', 'Revenue', 'Gross profit', 'Margin', 'Products (category), by revenue'],
      ['1', 'Alpha', '$1.5K', '$800', '53%', 'Platform (1), Services (3)'],
    ]);
    expect(visibleTexts(slides[0] as SlideSpec)).toContain(
      '1 A account (25% of accounts) earn 61% of gross profit; category-1 products run at a 70% margin, category 4 at -20%; 1 account loses money',
    );
  });

  it('says so when no account is in category A', async () => {
    const model = smallModel({ customerCategories: { K1: 'B', K2: 'B', K3: 'C', K4: 'D' } });
    const { slides } = await slidesFor(model);
    expect(slides[1]?.elements.some((e) => e.type === 'table')).toBe(false);
    expect(visibleTexts(slides[1] as SlideSpec).join(' ')).toMatch(/No account is in category A/);
  });

  it('uses the Profit policies sheet and says where the policies come from', async () => {
    const model = smallModel({ policies: { sheet: 'Profit policies', grid: longPolicies() } });
    const { slides } = await slidesFor(model);
    const first = runsText(cellsOf(slides[0])[0] as TextElement).split('\n')[0] ?? '';
    expect(first.startsWith('A1: Serve from the regional hub')).toBe(true);
    expect(first.endsWith('…')).toBe(true);
    expect(slides[0]?.notes).toContain(`A1: ${LONG_POLICY}`);
    expect(visibleTexts(slides[0] as SlideSpec)).toContain('Policies from sheet "Profit policies"');
  });
});

describe('profit matrix: notes say how categories were made', () => {
  it.each([
    ['quartile', DEFAULT_PROFIT_MATRIX_PARAMS, /split into four groups of equal count/],
    [
      'cumulative',
      { ...DEFAULT_PROFIT_MATRIX_PARAMS, customerMethod: 'cumulative' as const, customerCutA: 0.6 },
      /A holds the accounts up to 60% of cumulative gross profit, B up to 80%, C up to 95%/,
    ],
  ])('%s', async (_, params, pattern) => {
    const { slides } = await slidesFor(smallModel(), params);
    expect(slides[0]?.notes).toMatch(pattern);
    expect(slides[0]?.notes).toContain('Loss-making accounts (always D):\n- Delta');
    expect(slides[0]?.notes).toContain('Not in the matrix (no rows in sheet "Sales"): Echo.');
  });

  it('given categories', async () => {
    const { slides } = await slidesFor(
      smallModel({ productCategories: { Platform: 1, Training: 2, Services: 3, Upgrade: 4 } }),
    );
    expect(slides[0]?.notes).toContain('as given in the Product category column');
  });
});

describe('profit matrix: large inputs', () => {
  it(`shows at most ${MAX_ACCOUNT_ROWS} A accounts and lists the first 50 in the notes`, async () => {
    const model = largeModel(300);
    const result = analyseProfitMatrix(model, DEFAULT_PROFIT_MATRIX_PARAMS);
    const { slides } = await slidesFor(model);
    const table = slides[1]?.elements.find((e): e is TableElement => e.type === 'table');
    expect(table?.rows).toHaveLength(MAX_ACCOUNT_ROWS + 1);
    const aCount = result.customers.filter((c) => c.category === 'A').length;
    expect(aCount).toBeGreaterThan(MAX_ACCOUNT_ROWS);
    expect(visibleTexts(slides[1] as SlideSpec)).toContain(
      `+ ${aCount - MAX_ACCOUNT_ROWS} more A accounts, the first 50 listed in the notes`,
    );
    const accountsA = result.customers.filter((row) => row.category === 'A');
    for (const c of accountsA.slice(0, 50)) expect(slides[1]?.notes).toContain(`${c.name}:`);
    expect(slides[1]?.notes).toContain(`… and ${aCount - 50} more (`);
  });

  it('shortens long names in cells with an ellipsis and keeps them whole in the notes', async () => {
    const { slides } = await slidesFor(largeModel(300));
    const cells = (
      slides[1]?.elements.find((e): e is TableElement => e.type === 'table')?.rows ?? []
    ).flat();
    const shown = cells.filter((cell) => cell.text.startsWith('Consolidated Regional'));
    expect(shown.length).toBeGreaterThan(0);
    for (const cell of shown) expect(cell.text.endsWith('…')).toBe(true);
    expect(slides[1]?.notes).toContain(`${LONG_ACCOUNT_NAME} 1:`);
  });

  it('summarises many products in the column headers with "+ n more"', async () => {
    const products = Array.from({ length: 40 }, (_, i): [string, number] => [
      `Product ${i + 1} Suite`,
      0.8 - i * 0.02,
    ]);
    const { slides } = await slidesFor(largeModel(120, products));
    const headers = filledTexts(slides[0]).slice(1, 5).map(runsText);
    for (const header of headers) expect(header).toMatch(/\+\d+ more$/);
  });
});

describe('profit matrix: availability and options', () => {
  it('is unavailable without a Sales sheet or without lines for the deck’s accounts', () => {
    const unavailable = profitMatrixSlide.unavailable;
    const params = DEFAULT_PROFIT_MATRIX_PARAMS;
    expect(unavailable?.(modelWithSales([['K1', 'Alpha']], undefined), params)).toBe(
      'the workbook has no Sales sheet',
    );
    expect(
      unavailable?.(modelWithSales([['K1', 'Alpha']], salesData([['K9', 'X', 1, 1]])), params),
    ).toBe('the Sales sheet has no rows for these accounts');
    expect(unavailable?.(smallModel(), params)).toBeUndefined();
  });

  it('defaults to quartiles and 50/80/95% cuts, and refuses cuts out of order', () => {
    expect(profitMatrixSlide.params.parse({})).toEqual(DEFAULT_PROFIT_MATRIX_PARAMS);
    expect(profitMatrixSlide.params.safeParse({ customerCutA: 0.9 }).success).toBe(false);
    expect(profitMatrixSlide.params.safeParse({ productMethod: 'median' }).success).toBe(false);
    expect(
      profitMatrixSlide.params.safeParse({ customerMethod: 'cumulative', customerCutA: 0.6 })
        .success,
    ).toBe(true);
  });
});
