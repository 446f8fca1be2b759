/** The missions the Dutch contribution serves (SPEC 3); shared by incidents, risks, activities and CIVCAS reviews. */
export const MISSIONS = ['NMI', 'OIR', 'EUAM', 'MOPA'] as const;
export type Mission = (typeof MISSIONS)[number];

/** A named place, optionally with WGS84 coordinates. */
export type Location = {
  name: string;
  lat?: number;
  lon?: number;
};
