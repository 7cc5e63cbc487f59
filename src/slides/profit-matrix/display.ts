/** How margins are shown: whole percents, but a small non-zero margin gets a decimal ("-0.2%", not "-0%"). */
export function marginDigits(margin: number): number {
  return margin !== 0 && Math.abs(margin) < 0.01 ? 1 : 0;
}
