/**
 * The bundled templates on the sample workbook: quarterly-review with its section dividers and an
 * agenda of sections, the six-slide executive-summary, and account-plan for one account.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { SlideSpec, TextElement } from '../../src/compose/spec.js';
import { buildDeck, KamdeckError, type BuildResult } from '../../src/index.js';
import { foundationSheets } from '../helpers/foundation-fixture.js';
import { writeXlsx } from '../helpers/workbook.js';
import { makeTempDir, type TempDir } from '../load/helpers.js';

const SAMPLE = 'sample-data/kam-sample.xlsx';

const kinds = (result: BuildResult) => result.deck.slides.map((slide) => slide.kind);
const messages = (result: BuildResult) => result.diagnostics.map((d) => d.message);
const texts = (slide: SlideSpec | undefined) =>
  (slide?.elements ?? [])
    .filter((element): element is TextElement => element.type === 'text')
    .map((element) => String(element.text));

describe('quarterly-review', () => {
  let review: BuildResult;
  beforeAll(async () => {
    review = await buildDeck(SAMPLE);
  });

  it('opens its three parts with section dividers, numbered in order', () => {
    const sections = review.deck.slides.filter((slide) => slide.kind === 'section');
    expect(sections.map((slide) => slide.title)).toEqual([
      'Portfolio',
      'Accounts in focus',
      'Plan and team',
    ]);
    expect(sections.map((slide) => texts(slide)[0])).toEqual(['01', '02', '03']);
    expect(kinds(review).slice(0, 4)).toEqual(['title', 'agenda', 'section', 'pareto']);
  });

  it('lists the sections in the agenda, each with the titles of its slides', () => {
    const agenda = review.deck.slides[1];
    const entries = texts(agenda).slice(2);
    expect(entries.filter((text) => /^\d\d$/.test(text))).toEqual(['01', '02', '03']);
    expect(entries).toContain('Portfolio');
    const portfolio = entries[entries.indexOf('Portfolio') + 1] ?? '';
    expect(portfolio).toContain('Revenue concentration (Pareto)');
    expect(portfolio).toContain('ABC tiers: quantity vs value');
  });

  it('leaves out a section whose slides were all skipped', async () => {
    const dir: TempDir = await makeTempDir();
    try {
      const input = await writeXlsx(join(dir.path, 'kam.xlsx'), foundationSheets());
      const small = await buildDeck(input);
      const sections = small.deck.slides.filter((slide) => slide.kind === 'section');
      expect(sections.map((slide) => slide.title)).toEqual(['Portfolio']);
      expect(
        messages(small).filter((message) => message.startsWith('slide "section" skipped')),
      ).toHaveLength(2);
      // One section left: the agenda lists it.
      expect(texts(small.deck.slides[1])).toContain('Portfolio');
    } finally {
      await dir.remove();
    }
  });
});

describe('executive-summary', () => {
  it('is six slides, one per kind, the multi-slide kinds reduced to their overview', async () => {
    const summary = await buildDeck(SAMPLE, { template: 'executive-summary' });
    expect(kinds(summary)).toEqual(['title', 'dashboard', 'pareto', 'abc', 'retention', 'scoring']);
    expect(summary.deck.slides.map((slide) => slide.title).slice(3)).toEqual([
      'ABC tiers: quantity vs value',
      'Account retention: MRR bridge',
      'Account portfolio: growth vs harmony',
    ]);
  });
});

describe('account-plan', () => {
  it('is about the --account: its name on the cover, its divisions and its tasks', async () => {
    const plan = await buildDeck(SAMPLE, { template: 'account-plan', account: 'KA-022' });
    const name = 'Consolidated Metropolitan University Hospitals Group';
    expect(plan.deck.slides[0]?.title).toBe(`Account plan: ${name}`);
    expect(kinds(plan)).toEqual(['title', 'division-map', 'scoring', 'timeline', 'charter']);
    for (const kind of ['division-map', 'timeline'])
      expect(plan.deck.slides.find((slide) => slide.kind === kind)?.title).toContain(
        'Consolidated',
      );
    // KA-022 has no stakeholders: the org chart is skipped, not an error.
    expect(messages(plan)).toContain(
      'slide "org-chart" skipped: account "KA-022" has no people in sheet "Stakeholders"',
    );
  });

  it('in Italian: "Piano cliente"', async () => {
    const plan = await buildDeck(SAMPLE, {
      template: 'account-plan',
      account: 'KA-001',
      locale: 'it-IT',
    });
    expect(plan.deck.slides[0]?.title).toBe('Piano cliente: Northvale Health System');
    expect(plan.deck.slides[1]?.title).toBe('Mappa decisionale: Northvale Health System');
  });

  it('takes the account from --account on the command line', async () => {
    const dir = await makeTempDir();
    try {
      const out: string[] = [];
      const argv = ['build', SAMPLE, '-o', join(dir.path, 'plan.pptx')];
      const code = await runCli([...argv, '--template', 'account-plan', '--account', 'KA-022'], {
        out: (line) => out.push(line),
        err: () => {},
      });
      expect(code).toBe(0);
      expect(out.join('\n')).toContain('(5 slides');
    } finally {
      await dir.remove();
    }
  });

  it('refuses an account that is not in the workbook', async () => {
    await expect(
      buildDeck(SAMPLE, { template: 'account-plan', account: 'KA-999' }),
    ).rejects.toThrow(/account "KA-999" is not in the Accounts sheet/);
  });
});

describe('overviewOnly', () => {
  it('keeps the first slide of any kind, from --set too', async () => {
    const dir = await makeTempDir();
    try {
      const input = await writeXlsx(join(dir.path, 'kam.xlsx'), foundationSheets());
      const full = await buildDeck(input, { slides: ['abc'] });
      const overview = await buildDeck(input, {
        slides: ['abc'],
        slideOptions: { abc: { overviewOnly: true } },
      });
      expect(kinds(full)).toEqual(['abc', 'abc']);
      expect(kinds(overview)).toEqual(['abc']);
      const error = await buildDeck(input, {
        slides: ['abc'],
        slideOptions: { abc: { overviewOnly: 'yes' } },
      }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(KamdeckError);
      expect((error as KamdeckError).message).toContain(
        'option "overviewOnly" of slide "abc" must be true or false',
      );
    } finally {
      await dir.remove();
    }
  });
});

describe('kamdeck templates', () => {
  it('lists every bundled template with its description and languages', async () => {
    const out: string[] = [];
    const code = await runCli(['templates'], { out: (line) => out.push(line), err: () => {} });
    expect(code).toBe(0);
    const text = out.join('\n');
    for (const name of ['quarterly-review', 'executive-summary', 'account-plan'])
      expect(text).toMatch(new RegExp(`^  ${name} +\\S.*\\(text: en, it\\)$`, 'm'));
    expect(text).toContain('--template');
  });
});
