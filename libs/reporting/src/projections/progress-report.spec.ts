import { median } from './progress-report.queries';

describe('median days to send', () => {
  it('is the middle value, or the mean of the two middle values', () => {
    expect(median([20, 7, 3])).toBe(7);
    expect(median([7, 20])).toBe(13.5);
    expect(median([])).toBeNull();
  });
});
