import { boundedCount } from './count-bounds';

describe('boundedCount', () => {
  it.each([
    [3, 3],
    [4611686018427387904, 1000],
    [1e308, 1000],
    [Infinity, 1000],
    [-5, 0],
    [2.7, 2],
    [NaN, 0],
    ['12', 0],
    [undefined, 0],
  ])('counts %p as %p under a bound of 1000', (value, expected) => {
    expect(boundedCount(value, 1000)).toBe(expected);
  });
});
