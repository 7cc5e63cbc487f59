import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bridgeOfSeries, computeBridge } from '../../../src/slides/retention/bridge.js';

describe('bridgeOfSeries', () => {
  it('is computeBridge of the accounts at the two periods, missing series and values as 0', () => {
    const value = fc.constantFrom(0, 0.5, 10, 10.1, 99.99, 250);
    const series = fc.option(fc.array(value, { maxLength: 4 }), { nil: undefined });
    fc.assert(
      fc.property(fc.array(series, { maxLength: 30 }), fc.nat(4), fc.nat(4), (all, start, end) => {
        const accounts = all.map((values, index) => ({
          id: `A${index}`,
          name: `A${index}`,
          start: values?.[start] ?? 0,
          end: values?.[end] ?? 0,
        }));
        expect(bridgeOfSeries('P1', 'P2', all, start, end)).toStrictEqual(
          computeBridge('P1', 'P2', accounts),
        );
      }),
      { numRuns: 500 },
    );
  });
});
