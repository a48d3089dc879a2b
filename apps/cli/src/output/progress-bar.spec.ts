import { clockTime, renderProgressBar } from './progress-bar';

describe('the import progress bar', () => {
  it.each([
    [
      'under half way',
      { rows: 123_456, bytesRead: 45, totalBytes: 100, rowsPerSecond: 8_900.4, secondsLeft: 12 },
      '[#########-----------]   45%  123,456 rows  8,900 rows/s  ETA 0:12',
    ],
    ['at the start', { rows: 0, bytesRead: 0, totalBytes: 1000, rowsPerSecond: 0 }, '[--------------------]    0%  0 rows  0 rows/s'],
    [
      'at the end',
      { rows: 50_000, bytesRead: 1000, totalBytes: 1000, rowsPerSecond: 25_000, secondsLeft: 0 },
      '[####################]  100%  50,000 rows  25,000 rows/s  ETA 0:00',
    ],
    ['past a size that was wrong', { rows: 10, bytesRead: 1500, totalBytes: 1000, rowsPerSecond: 5 }, '[####################]  100%  10 rows  5 rows/s'],
    ['without a known size', { rows: 7_000, bytesRead: 900, rowsPerSecond: 3_500 }, '7,000 rows  3,500 rows/s'],
    [
      'a long run',
      { rows: 1, bytesRead: 1, totalBytes: 200, rowsPerSecond: 1, secondsLeft: 3723 },
      '[--------------------]    0%  1 rows  1 rows/s  ETA 1:02:03',
    ],
  ])('given figures %s, when rendered 20 wide, then the line reads as expected', (_case, figures, line) => {
    expect(renderProgressBar(figures, 20)).toBe(line);
  });

  it('given a width, when rendered, then the bar has that many cells between its brackets', () => {
    expect(renderProgressBar({ rows: 1, bytesRead: 1, totalBytes: 4, rowsPerSecond: 1 }, 8).split('  ')[0]).toBe('[##------]');
  });

  it.each([
    [0, '0:00'],
    [59.6, '1:00'],
    [605, '10:05'],
    [3600, '1:00:00'],
    [-3, '0:00'],
  ])('given %s seconds, when shown as a clock, then it reads %s', (seconds, clock) => {
    expect(clockTime(seconds)).toBe(clock);
  });
});
