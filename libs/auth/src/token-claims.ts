/** What a bearer token says (SPEC 2): who, in which role, and the account's token generation at issue. */
export interface TokenClaims {
  sub?: unknown;
  role?: unknown;
  /** Absent in tokens issued before generations existed: those belong to generation 0. */
  gen?: unknown;
}

/** The generation a token was issued in, or undefined when the claim is not a whole number. */
export function tokenGenerationOf(claims: TokenClaims): number | undefined {
  const generation = claims.gen ?? 0;
  return Number.isSafeInteger(generation) && (generation as number) >= 0 ? (generation as number) : undefined;
}
