import { toCsv } from './csv';

describe('CSV of an overview', () => {
  it('writes one row per field, named by its path, arrays by index', () => {
    const csv = toCsv({ week: '2024-W05', incidents: { total: 2, byMission: { NMI: 2, OIR: 0 } }, useOfForce: [{ mission: 'NMI' }], empty: [] });
    expect(csv.split('\r\n')).toEqual([
      'field,value',
      'week,2024-W05',
      'incidents.total,2',
      'incidents.byMission.NMI,2',
      'incidents.byMission.OIR,0',
      'useOfForce.0.mission,NMI',
      '',
    ]);
  });

  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    const csv = toCsv({ a: 'Route Irish, near "BIAP"', b: 'two\nlines', c: '=HYPERLINK("x")', d: '-1 shot', e: null });
    expect(csv.split('\r\n').slice(1, 6)).toEqual([
      'a,"Route Irish, near ""BIAP"""',
      'b,"two\nlines"',
      `c,"'=HYPERLINK(""x"")"`,
      "d,'-1 shot",
      'e,',
    ]);
  });
});
