/**
 * Slide text runs in a locked-down Handlebars: helpers that follow the deck's locale and currency,
 * strict mode (a missing variable is an error naming the file, the part and the variable) and no
 * access to prototypes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFormatter } from '../../src/compose/format.js';
import { KamdeckError } from '../../src/errors.js';
import {
  compileText,
  createHandlebars,
  italianArticle,
} from '../../src/templates/handlebars-env.js';
import { loadTemplate } from '../../src/templates/load-template.js';
import { makeTempDir, type TempDir } from '../load/helpers.js';

function render(source: string, data: object, locale = 'en-US', currency = 'USD'): string {
  const env = createHandlebars(createFormatter(locale, currency));
  return compileText(env, source, 'test.hbs (part)')(data);
}

function failure(run: () => unknown): KamdeckError {
  try {
    run();
  } catch (error) {
    if (error instanceof KamdeckError) return error;
    throw error;
  }
  throw new Error('expected a KamdeckError');
}

const SEP_30 = new Date(Date.UTC(2026, 8, 30));
const HELPERS =
  '{{money m}} | {{moneyFull m}} | {{percent p}} | {{percent p 1}} | {{number n 1}} | {{date d}} | {{plural one "account" "accounts"}} | {{plural many "account" "accounts"}}';

describe('helpers follow the deck locale and currency', () => {
  const data = { m: 1_234_567, p: 0.8234, n: 12_345.67, d: SEP_30, one: 1, many: 1200 };

  it.each([
    [
      'en-US',
      'USD',
      '$1.2M | $1,234,567 | 82% | 82.3% | 12,345.7 | Sep 30, 2026 | 1 account | 1,200 accounts',
    ],
    [
      'it-IT',
      'EUR',
      '1,2 Mln € | 1.234.567 € | 82% | 82,3% | 12.345,7 | 30 set 2026 | 1 account | 1200 accounts',
    ],
  ])('%s %s', (locale, currency, expected) => {
    expect(render(HELPERS, data, locale, currency).replace(/\s/g, ' ')).toBe(expected);
  });

  it('plural takes its words from the template, so Italian text passes Italian words', () => {
    expect(render('{{plural n "cliente" "clienti"}}', { n: 1 }, 'it-IT')).toBe('1 cliente');
    expect(render('{{plural n "cliente" "clienti"}}', { n: 3 }, 'it-IT')).toBe('3 clienti');
  });

  it.each([
    ['il', '80%', "l'80%"],
    ['del', '8%', "dell'8%"],
    ['al', '11,5%', "all'11,5%"],
    ['il', '1%', "l'1%"],
    ['il', '18%', 'il 18%'],
    ['del', '25%', 'del 25%'],
    ['il', '100%', 'il 100%'],
    ['il', '1.234 €', 'il 1.234 €'],
    ['dal', '11.500 €', "dall'11.500 €"],
  ])('article "%s" before %s is %s (Italian elision)', (article, figure, expected) => {
    expect(italianArticle(article, figure)).toBe(expected);
    expect(render(`{{article "${article}" f}}`, { f: figure }, 'it-IT')).toBe(expected);
  });

  it('a helper given the wrong type fails with TEMPLATE_INVALID naming the template', () => {
    const error = failure(() => render('{{money m}}', { m: 'lots' }));
    expect(error.code).toBe('TEMPLATE_INVALID');
    expect(error.message).toContain('test.hbs (part)');
    expect(error.message).toContain('helper "money" expects a number');
  });
});

describe('prototype access is disabled', () => {
  it.each([
    '{{constructor}}',
    '{{__proto__}}',
    '{{lookup this "constructor"}}',
    '{{x.constructor}}',
    '{{#with constructor}}{{name}}{{/with}}',
  ])('%s yields nothing', (source) => {
    expect(render(`[${source}]`, { x: {} })).toBe('[]');
  });

  it.each(['{{constructor.name}}', '{{__proto__.toString}}'])(
    '%s is an error, not the function behind it',
    (source) => {
      const error = failure(() => render(source, {}));
      expect(error.code).toBe('TEMPLATE_INVALID');
      expect(error.message).not.toMatch(/function|Object\(\)/);
    },
  );
});

describe('strict mode: a missing variable is an error', () => {
  let dir: TempDir;
  beforeAll(async () => {
    dir = await makeTempDir();
    await mkdir(join(dir.path, 'text', 'en'), { recursive: true });
    await writeFile(
      join(dir.path, 'template.json'),
      JSON.stringify({ name: 'strict', slides: [{ kind: 'pareto' }] }),
    );
    await writeFile(
      join(dir.path, 'text', 'en', 'pareto.hbs'),
      '--- title\nRevenue\n--- headline\nTop {{vitalFew.count}}\nof {{acountCount}} accounts\n',
    );
  });
  afterAll(() => dir.remove());

  it('names the file, the part, the variable and where it is', () => {
    const { text } = loadTemplate(dir.path, 'en-US', createFormatter('en-US', 'USD'));
    const error = failure(() => text.render('pareto', 'headline', { vitalFew: { count: 3 } }));
    expect(error.code).toBe('TEMPLATE_INVALID');
    expect(error.message).toContain(join(dir.path, 'text', 'en', 'pareto.hbs'));
    expect(error.message).toContain('(headline)');
    expect(error.message).toContain('variable "acountCount" is not defined');
    expect(error.message).toContain('line 2 of the part');
  });

  it('renders the same part once the data has the variable', () => {
    const { text } = loadTemplate(dir.path, 'en-US', createFormatter('en-US', 'USD'));
    const data = { vitalFew: { count: 3 }, acountCount: 9 };
    expect(text.render('pareto', 'headline', data)).toBe('Top 3\nof 9 accounts');
  });

  it('a part the template does not have is an error naming the part and the file expected', () => {
    const { text } = loadTemplate(dir.path, 'en-US', createFormatter('en-US', 'USD'));
    const error = failure(() => text.render('pareto', 'notes', {}));
    expect(error.message).toContain('no "notes" text for slide "pareto"');
    expect(error.message).toContain('text/en/pareto.hbs');
  });
});
