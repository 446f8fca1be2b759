import { nestedDeeperThan } from './body-depth';

const nested = (depth: number): unknown => {
  let value: unknown = 'leaf';
  for (let level = 0; level < depth; level++) value = level % 2 === 0 ? [value] : { child: value };
  return value;
};

describe('nestedDeeperThan', () => {
  it('counts each object or array level, scalars count nothing', () => {
    expect(nestedDeeperThan('text', 0)).toBe(false);
    expect(nestedDeeperThan({}, 0)).toBe(true);
    expect(nestedDeeperThan(nested(3), 3)).toBe(false);
    expect(nestedDeeperThan(nested(4), 3)).toBe(true);
  });

  it('finds the deep branch beside shallow ones', () => {
    expect(nestedDeeperThan({ a: 1, b: [2, 3], c: { d: nested(4) } }, 6)).toBe(false);
    expect(nestedDeeperThan({ a: 1, b: [2, 3], c: { d: nested(5) } }, 6)).toBe(true);
  });

  it('checks a body nested 100 000 levels deep without overflowing the stack', () => {
    expect(nestedDeeperThan(nested(100_000), 32)).toBe(true);
  });
});
