/*
 * Upper bounds of every count the API takes, and of what a count may add to a report. A company of about 145
 * people escorts a few advisers per movement and treats a few heat casualties; rockets, drones and rounds come in
 * tens and crowds in thousands. Each bound is far above anything a deployment reaches, yet small enough that the
 * counts of a billion events still sum exactly (below 2^53, the largest integer a JSON number holds exactly, and
 * far below SQLite's 2^63), so no report can overflow, whatever the store holds.
 */
export const COUNT_BOUNDS = {
  advisersEscorted: 1000,
  heatIllnessCasualties: 1000,
  /** Rockets or mortar rounds of one attack, and rounds fired in one use of force. */
  rounds: 100_000,
  drones: 10_000,
  crowdEstimate: 10_000_000,
  /** Civilians killed or injured, estimated or confirmed, in one CIVCAS case. */
  civilians: 100_000,
} as const;

/**
 * A stored count as a report may sum it: a whole number from 0 to the bound. Events accepted before the bounds
 * existed may hold 1e308, 4611686018427387904 or no number at all; they count as much as the bound at most.
 */
export function boundedCount(value: unknown, bound: number): number {
  if (typeof value !== 'number' || Number.isNaN(value)) return 0;
  return Math.min(bound, Math.max(0, Math.trunc(value)));
}
