import { riskLevel, riskScore } from './risk-level';

describe('risk score and level', () => {
  it('scores likelihood × impact', () => {
    expect(riskScore(4, 5)).toBe(20);
    expect(riskScore(1, 1)).toBe(1);
  });

  it.each([
    [1, 'LOW'], [4, 'LOW'],
    [5, 'MEDIUM'], [9, 'MEDIUM'],
    [10, 'HIGH'], [16, 'HIGH'],
    [20, 'CRITICAL'], [25, 'CRITICAL'],
  ] as const)('score %i is %s', (score, level) => {
    expect(riskLevel(score)).toBe(level);
  });

  it('gives every possible product of 1–5 a level at its boundary', () => {
    const levels = new Set<string>();
    for (let likelihood = 1; likelihood <= 5; likelihood++) {
      for (let impact = 1; impact <= 5; impact++) levels.add(riskLevel(riskScore(likelihood, impact)));
    }
    expect([...levels].sort()).toEqual(['CRITICAL', 'HIGH', 'LOW', 'MEDIUM']);
  });
});
