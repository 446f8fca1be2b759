import { validateSync } from 'class-validator';
import { isInstant, IsNotBlank } from './field-validators';

class Note {
  @IsNotBlank() text: unknown;
  constructor(text: unknown) {
    this.text = text;
  }
}

const blank = (text: unknown) => validateSync(new Note(text)).length > 0;

describe('isInstant', () => {
  it('takes offsets from -14:00 to +14:00 with any minutes of an hour', () => {
    for (const offset of ['Z', '+00:00', '+03:00', '+05:45', '-09:30', '+14:00', '-14:00']) {
      expect([offset, isInstant(`2024-07-15T14:30:00${offset}`)]).toEqual([offset, true]);
    }
  });

  it('refuses offsets no zone has and minutes past 59, which Date cannot read', () => {
    for (const offset of ['+25:00', '+24:00', '+05:60', '-05:99', '+14:01', '-15:00', '+99:99']) {
      expect([offset, isInstant(`2024-07-15T14:30:00${offset}`)]).toEqual([offset, false]);
    }
  });

  it('refuses what is not an instant with an offset', () => {
    for (const value of ['2024-07-15T14:30:00', '2024-07-15', '2024-02-30T10:00:00Z', '0001-01-01T00:00:00Z', 20240715, null]) {
      expect([value, isInstant(value)]).toEqual([value, false]);
    }
  });
});

describe('IsNotBlank', () => {
  it('refuses text made only of whitespace, control or invisible characters', () => {
    const invisible = ['', ' \t\n', '\u0000', '\u200b', '\u200d\u2060', '\u3164', '\u115f\u1160\uffa0', '\u2800', '\ufeff\u00ad', '\u202e \u200e'];
    for (const text of invisible) expect([text, blank(text)]).toEqual([text, true]);
  });

  it('takes any text a reader can see, invisible characters around it or not', () => {
    for (const text of ['x', ' Gate 2 ', '\u200bé', '💥', '٣', '\u3164ㄱ']) expect([text, blank(text)]).toEqual([text, false]);
  });

  it('refuses what is not text', () => {
    expect(blank(3)).toBe(true);
  });
});
