/** Seeded randomness shared by the sample generator and its sheets: deterministic, never Math.random. */

export type Rng = () => number;

/** mulberry32: small, fast, good enough for sample data. Returns floats in [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const between = (rng: Rng, min: number, max: number): number => min + (max - min) * rng();
export const roundTo = (value: number, step: number): number => Math.round(value / step) * step;
