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
      `d,"'-1 shot"`,
      'e,',
    ]);
  });

  it('defuses every cell a spreadsheet would evaluate, leading whitespace, controls and full-width signs included', () => {
    const formulas = ['=1+1', '+1', '-1+1', '@SUM(A1)', '\t=1', '\r=1', '\n=1+1', ' =1+1', '\u0000=1', '\u200b=1', '＝1+1', '＋1', '－1', '＠SUM(A1)', '﹢1'];
    for (const text of formulas) {
      const [, value] = toCsv({ text }).split('\r\n')[1].split(/,(.*)/s);
      expect([text, value]).toEqual([text, `"'${text}"`]);
    }
  });

  it('leaves text and numbers alone that no spreadsheet evaluates, and quotes semicolons for a Dutch spreadsheet', () => {
    expect(toCsv({ a: 'Gate 2', b: -1, c: 'a = b', d: '1;2', e: '2024-01-28T23:15:00.000Z' }).split('\r\n').slice(1, 6)).toEqual([
      'a,Gate 2',
      'b,-1',
      'c,a = b',
      'd,"1;2"',
      'e,2024-01-28T23:15:00.000Z',
    ]);
  });
});
