import { embargoText } from './embargo-text';

describe('embargo as readers read it', () => {
  it.each([
    ['P1Y', 'most recent 1 year not available'],
    ['P6M', 'most recent 6 months not available'],
    ['R5Y', 'only the most recent 5 years available'],
    ['R1Y', 'only the most recent 1 year available'],
    ['R10Y;P1Y', 'only the most recent 10 years available; most recent 1 year not available'],
    ['P30D;R2Y', 'only the most recent 2 years available; most recent 30 days not available'],
  ])('%s → %s', (code, text) => {
    expect(embargoText(code)).toBe(text);
  });

  it.each([undefined, '', 'twelve months', 'P1X'])('shows nothing for %p', (code) => {
    expect(embargoText(code)).toBeUndefined();
  });
});
