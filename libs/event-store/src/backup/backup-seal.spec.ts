import { createHash } from 'node:crypto';
import { BackupSeal } from './backup-seal';

const sealOf = (lines: string[]) => {
  const seal = new BackupSeal();
  lines.forEach((line) => seal.add(line));
  return seal;
};
const LINES = ['{"streamId":"patrol-1","revision":"0"}', '{"streamId":"patrol-1","revision":"1"}'];

describe('BackupSeal', () => {
  it('closes a backup with the count and the SHA-256 of its event lines, newlines included', () => {
    const sha256 = createHash('sha256').update(`${LINES.join('\n')}\n`).digest('hex');
    expect(JSON.parse(sealOf(LINES).closingLine())).toEqual({ endOfBackup: { events: 2, sha256 } });
    expect(sealOf(LINES).events).toBe(2);
  });

  it('tells the closing line from an event line', () => {
    expect(BackupSeal.isClosingLine(sealOf([]).closingLine())).toBe(true);
    expect(BackupSeal.isClosingLine(LINES[0])).toBe(false);
  });

  it('accepts the closing line of the same lines', () => {
    expect(() => sealOf(LINES).verify(sealOf(LINES).closingLine(), 3)).not.toThrow();
  });

  it('names the line and the reason when the lines before it are not those it closed', () => {
    const closing = sealOf(LINES).closingLine();
    expect(() => sealOf(LINES.slice(0, 1)).verify(closing, 2)).toThrow('Line 2: the closing line counts 2 events, the file holds 1: the file is damaged');
    expect(() => sealOf([LINES[1], LINES[0]]).verify(closing, 3)).toThrow(
      'Line 3: the 2 event lines before the closing line are not the ones that were exported (checksum differs): the file is damaged',
    );
    expect(() => sealOf(LINES).verify('{"endOfBackup":{"events":2', 3)).toThrow('Line 3: the closing line is not valid JSON: the file is damaged');
  });
});
