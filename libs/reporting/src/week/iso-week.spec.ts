import fc from 'fast-check';
import { DateTime } from 'luxon';
import { isWeekId, localDay, weekBounds, weekOf, weekOfDay } from './iso-week';

const AMSTERDAM = 'Europe/Amsterdam';

describe('ISO weeks in the reporting time zone', () => {
  describe('at the turn of the year', () => {
    it('starts 2024-W01 on Monday 2024-01-01', () => {
      expect(weekBounds('2024-W01', AMSTERDAM)).toMatchObject({
        from: '2024-01-01T00:00:00.000+01:00',
        to: '2024-01-08T00:00:00.000+01:00',
        days: ['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05', '2024-01-06', '2024-01-07'],
      });
    });

    it('knows 2020 had a week 53, running into 2021', () => {
      expect(isWeekId('2020-W53')).toBe(true);
      expect(weekBounds('2020-W53', AMSTERDAM)).toMatchObject({ from: '2020-12-28T00:00:00.000+01:00', to: '2021-01-04T00:00:00.000+01:00' });
      expect(weekOf('2021-01-03T22:59:59.999Z', AMSTERDAM)).toBe('2020-W53');
      expect(weekOf('2021-01-03T23:00:00.000Z', AMSTERDAM)).toBe('2021-W01');
    });

    it('starts 2026-W01 on Monday 2025-12-29, so the last days of 2025 belong to 2026', () => {
      expect(weekBounds('2026-W01', AMSTERDAM).from).toBe('2025-12-29T00:00:00.000+01:00');
      expect(weekOf('2025-12-31T12:00:00Z', AMSTERDAM)).toBe('2026-W01');
      expect(weekOfDay('2025-12-28')).toBe('2025-W52');
    });

    it('puts the first days of 2021 in the last week of 2020, in local time not UTC', () => {
      // 2021-01-03T23:30 UTC is already Monday 00:30 in Amsterdam.
      expect(weekOf('2021-01-03T23:30:00Z', AMSTERDAM)).toBe('2021-W01');
      expect(weekOf('2021-01-03T23:30:00Z', 'UTC')).toBe('2020-W53');
    });
  });

  describe('at the changes of daylight saving time (Europe/Amsterdam 2024)', () => {
    it('has a week of 167 hours when summer time starts on Sunday 2024-03-31', () => {
      const week = weekBounds('2024-W13', AMSTERDAM);
      expect(week).toMatchObject({ from: '2024-03-25T00:00:00.000+01:00', to: '2024-04-01T00:00:00.000+02:00' });
      expect((Date.parse(week.toUtc) - Date.parse(week.fromUtc)) / 3_600_000).toBe(167);
      expect(week.toUtc).toBe('2024-03-31T22:00:00.000Z');
      expect(weekOf('2024-03-31T21:59:59.000Z', AMSTERDAM)).toBe('2024-W13');
      expect(weekOf('2024-03-31T22:00:00.000Z', AMSTERDAM)).toBe('2024-W14');
    });

    it('has a week of 169 hours when summer time ends on Sunday 2024-10-27', () => {
      const week = weekBounds('2024-W43', AMSTERDAM);
      expect(week).toMatchObject({ from: '2024-10-21T00:00:00.000+02:00', to: '2024-10-28T00:00:00.000+01:00' });
      expect((Date.parse(week.toUtc) - Date.parse(week.fromUtc)) / 3_600_000).toBe(169);
      // The hour that happens twice (02:00–03:00 local) lies inside the week either time.
      expect(weekOf('2024-10-27T00:30:00.000Z', AMSTERDAM)).toBe('2024-W43');
      expect(weekOf('2024-10-27T01:30:00.000Z', AMSTERDAM)).toBe('2024-W43');
      expect(weekOf('2024-10-27T22:59:00.000Z', AMSTERDAM)).toBe('2024-W43');
      expect(weekOf('2024-10-27T23:00:00.000Z', AMSTERDAM)).toBe('2024-W44');
    });
  });

  describe('for an incident reported in Baghdad time (UTC+3)', () => {
    it('counts Sunday 23:30 in Baghdad (21:30 in Amsterdam) in that week', () => {
      expect(weekOf('2024-02-04T23:30:00+03:00', AMSTERDAM)).toBe('2024-W05');
      expect(localDay('2024-02-04T23:30:00+03:00', AMSTERDAM)).toBe('2024-02-04');
    });

    it('still counts Monday 01:30 in Baghdad in the past week: it is Sunday 23:30 in Amsterdam', () => {
      expect(weekOf('2024-02-05T01:30:00+03:00', AMSTERDAM)).toBe('2024-W05');
      expect(weekOf('2024-02-05T02:00:00+03:00', AMSTERDAM)).toBe('2024-W06');
      expect(weekOf('2024-02-05T01:30:00+03:00', 'Asia/Baghdad')).toBe('2024-W06');
    });
  });

  it('accepts only weeks that exist', () => {
    for (const bad of ['2024-W00', '2024-W54', '2021-W53', '2024-W1', '2024W05', '24-W05', '2024-w05', '0999-W01', ' 2024-W05']) {
      expect([bad, isWeekId(bad)]).toEqual([bad, false]);
    }
    expect(() => weekBounds('2021-W53', AMSTERDAM)).toThrow(RangeError);
    expect(isWeekId('2026-W53')).toBe(true);
  });

  it('gives the same local day and week as luxon for any instant and zone (its offsets are cached per day)', () => {
    const zones = ['Europe/Amsterdam', 'Asia/Baghdad', 'America/St_Johns', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham', 'UTC'];
    const anytime = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) });
    // Within three hours of the 2024 changes of Amsterdam, St John's and Lord Howe (a half-hour shift).
    const changes = [Date.UTC(2024, 2, 31, 1), Date.UTC(2024, 9, 27, 1), Date.UTC(2024, 2, 10, 5, 30), Date.UTC(2024, 3, 6, 15)];
    const nearChanges = fc.tuple(fc.constantFrom(...changes), fc.integer({ min: -3 * 3_600_000, max: 3 * 3_600_000 })).map(([at, delta]) => at + delta);
    const instants = fc.oneof(anytime, nearChanges).map((ms) => new Date(ms).toISOString());
    fc.assert(
      fc.property(instants, fc.constantFrom(...zones), (instant, zone) => {
        const local = DateTime.fromISO(instant, { zone });
        expect(localDay(instant, zone)).toBe(local.toISODate());
        expect(weekOf(instant, zone)).toBe(`${local.weekYear}-W${String(local.weekNumber).padStart(2, '0')}`);
      }),
      { numRuns: 5000 },
    );
  });
});
