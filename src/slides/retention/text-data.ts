/** Template data for one bridge: its figures plus the flags and sums the slide text needs. */
import type { Bridge } from './bridge.js';

export function bridgeData(bridge: Bridge) {
  return {
    ...bridge,
    /** False when nothing was paying at the start: GRR, NRR and logo retention are undefined. */
    hasRatios: bridge.grr !== undefined,
    grew: bridge.end >= bridge.start,
    change: bridge.end - bridge.start,
    /** Size of the change against the start, ≥ 0 (the text says grew or fell). */
    changeSize: bridge.start > 0 ? Math.abs(bridge.end - bridge.start) / bridge.start : undefined,
    gained: bridge.new + bridge.expansion,
    lostMrr: bridge.contraction + bridge.churn,
    /** Lost MRR against the starting MRR (undefined without MRR at the start). */
    lostShare: bridge.start > 0 ? (bridge.contraction + bridge.churn) / bridge.start : undefined,
    retainedAccounts: bridge.counts.end - bridge.counts.new,
  };
}
