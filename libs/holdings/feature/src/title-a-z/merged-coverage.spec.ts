import { mergedCoverage } from './merged-coverage';

describe('merged coverage across packages', () => {
  it('joins overlapping ranges and keeps the volumes of the range each end came from', () => {
    const merged = mergedCoverage([
      { date_first_issue_online: '1990', num_first_vol_online: '1', date_last_issue_online: '2010', num_last_vol_online: '21' },
      { date_first_issue_online: '2005', num_first_vol_online: '16', date_last_issue_online: '2015', num_last_vol_online: '26' },
    ]);
    expect(merged).toEqual([{ from: '1990', fromVolume: '1', to: '2015', toVolume: '26' }]);
  });

  it('joins ranges that touch (one year ends, the next begins) but keeps a gap as a gap', () => {
    expect(
      mergedCoverage([
        { date_first_issue_online: '2006', date_last_issue_online: '2010' },
        { date_first_issue_online: '2000', date_last_issue_online: '2005' },
        { date_first_issue_online: '2012-03' },
      ]),
    ).toEqual([{ from: '2000', to: '2010' }, { from: '2012-03' }]);
  });

  it('compares dates of different precision as the days they stand for', () => {
    expect(mergedCoverage([{ date_first_issue_online: '2001-01-01', date_last_issue_online: '2001-02' }, { date_first_issue_online: '2001-03-01' }])).toEqual([
      { from: '2001-01-01' },
    ]);
    expect(mergedCoverage([{ date_last_issue_online: '2001-02-27' }, { date_first_issue_online: '2001-03-01' }])).toEqual([
      { to: '2001-02-27' },
      { from: '2001-03-01' },
    ]);
  });

  it('lets an open end (to the present) absorb every later range', () => {
    expect(mergedCoverage([{ date_first_issue_online: '2005' }, { date_first_issue_online: '2008', date_last_issue_online: '2012' }])).toEqual([
      { from: '2005' },
    ]);
  });
});
