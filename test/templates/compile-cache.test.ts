/** Compiled slide text reused across decks: per formatter and per part source. */
import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../src/compose/format.js';
import { compiledText } from '../../src/templates/compile-cache.js';

describe('compiledText', () => {
  it('hands out one renderer per formatter, part and source', () => {
    const format = createFormatter('en-US', 'USD');
    const first = compiledText(format, 'Total {{money total}}', 'pareto.hbs (headline)');
    expect(compiledText(format, 'Total {{money total}}', 'pareto.hbs (headline)')).toBe(first);
    expect(first({ total: 1_500_000 })).toBe('Total $1.5M');
  });

  it('compiles an edited part afresh', () => {
    const format = createFormatter('en-US', 'USD');
    const before = compiledText(format, 'A {{number n}}', 'abc.hbs (title)');
    const after = compiledText(format, 'B {{number n}}', 'abc.hbs (title)');
    expect(after).not.toBe(before);
    expect(after({ n: 1234 })).toBe('B 1,234');
  });

  it("formats with each formatter's own locale and currency", () => {
    const source = '{{moneyFull value}}';
    const us = compiledText(createFormatter('en-US', 'USD'), source, 'x.hbs (a)');
    const italian = compiledText(createFormatter('it-IT', 'EUR'), source, 'x.hbs (a)');
    expect(us({ value: 12_345 })).toBe('$12,345');
    expect(italian({ value: 12_345 })).toMatch(/^12\.345\s€$/);
  });

  it('gives one formatter per locale and currency', () => {
    expect(createFormatter('en-US', 'USD')).toBe(createFormatter('en-US', 'USD'));
    expect(createFormatter('en-US', 'EUR')).not.toBe(createFormatter('en-US', 'USD'));
  });
});
