import { bodyShapeProblem } from './body-shape';

const nested = (depth: number): unknown => {
  let value: unknown = 'leaf';
  for (let level = 0; level < depth; level++) value = level % 2 === 0 ? [value] : { child: value };
  return value;
};
const tooDeep = (max: number) => ({ message: `The body is nested more than ${max} levels deep` });
const reserved = (field: string, key: string) => ({ field, message: `no field may be named "${key}"` });

describe('bodyShapeProblem', () => {
  it('counts each object or array level, scalars count nothing', () => {
    expect(bodyShapeProblem('text', 0)).toBeUndefined();
    expect(bodyShapeProblem({}, 0)).toEqual(tooDeep(0));
    expect(bodyShapeProblem(nested(3), 3)).toBeUndefined();
    expect(bodyShapeProblem(nested(4), 3)).toEqual(tooDeep(3));
  });

  it('finds the deep branch beside shallow ones', () => {
    expect(bodyShapeProblem({ a: 1, b: [2, 3], c: { d: nested(4) } }, 6)).toBeUndefined();
    expect(bodyShapeProblem({ a: 1, b: [2, 3], c: { d: nested(5) } }, 6)).toEqual(tooDeep(6));
  });

  it('checks a body nested 100 000 levels deep without overflowing the stack', () => {
    expect(bodyShapeProblem(nested(100_000), 32)).toEqual(tooDeep(32));
  });

  it('refuses a null body, which validation would take for an empty one, but not a null field', () => {
    expect(bodyShapeProblem(null)).toEqual({ message: 'The body must be a JSON object, not null' });
    expect(bodyShapeProblem({ dueBy: null })).toBeUndefined();
  });

  it('names __proto__ as it names every other reserved key', () => {
    expect(bodyShapeProblem(JSON.parse('{"location":{"__proto__":{"x":1}}}'))).toEqual(reserved('location.__proto__', '__proto__'));
  });

  it('names a key that validation would otherwise drop unseen, wherever it sits', () => {
    expect(bodyShapeProblem(JSON.parse('{"summary":"x","constructor":1}'))).toEqual(reserved('constructor', 'constructor'));
    expect(bodyShapeProblem(JSON.parse('{"details":{"toString":"x"}}'))).toEqual(reserved('details.toString', 'toString'));
    expect(bodyShapeProblem(JSON.parse('{"items":[{"a":1},{"hasOwnProperty":2}]}'))).toEqual(reserved('items.1.hasOwnProperty', 'hasOwnProperty'));
    expect(bodyShapeProblem(JSON.parse('{"prototype":{}}'))).toEqual(reserved('prototype', 'prototype'));
  });

  it('leaves ordinary keys, and such words as values, alone', () => {
    expect(bodyShapeProblem({ summary: 'constructor', details: { toStringValue: 1, valueOf_: 2 }, tags: ['toString'] })).toBeUndefined();
  });
});
