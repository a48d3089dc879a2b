import { deciderSpecification } from '@era/decider/testing';
import { LoanHistoryEvent, MAX_LOANS_PER_ANONYMISATION } from './loan-history-events';
import { AnonymiseLoanHistory, ClosedLoanFact, loanHistoryRetentionDecider } from './loan-history-retention';

const NOW = new Date('2026-12-03T09:00:00Z');
const spec = deciderSpecification(loanHistoryRetentionDecider, { now: NOW, closedLoans: [] });
const anonymise = (retentionDays = 30): AnonymiseLoanHistory => ({ type: 'AnonymiseLoanHistory', data: { retentionDays } });
const closed = (loanId: string, returnDate: string, owingMinor = 0): ClosedLoanFact => ({ loanId, returnDate, owingMinor });
const anonymised = (loanIds: string[], retentionDays = 30): LoanHistoryEvent => ({
  type: 'LoanHistoryAnonymised',
  data: { loanIds, cutOff: new Date(NOW.getTime() - retentionDays * 86_400_000).toISOString(), retentionDays, anonymisedAt: NOW.toISOString() },
});

describe('the loan-history retention policy', () => {
  it('anonymises loans returned before the cut-off that owe nothing, and keeps the younger ones and those still owed on', () => {
    spec
      .given()
      .when(anonymise(30), {
        closedLoans: [
          closed('old-settled', '2026-10-01T10:00:00Z'),
          closed('old-owed-on', '2026-10-01T10:00:00Z', 250),
          closed('just-before-cut-off', '2026-11-03T08:59:59.999Z'),
          closed('at-the-cut-off', '2026-11-03T09:00:00Z'),
          closed('recent', '2026-12-01T10:00:00Z'),
        ],
      })
      .then([anonymised(['old-settled', 'just-before-cut-off'])]);
  });

  it('with a retention period of 0 days anonymises every settled loan closed before now', () => {
    spec
      .given()
      .when(anonymise(0), { closedLoans: [closed('returned-this-morning', '2026-12-03T08:00:00Z')] })
      .then([anonymised(['returned-this-morning'], 0)]);
  });

  it('records nothing when nothing is eligible, and nothing again for loans already anonymised', () => {
    spec
      .given()
      .when(anonymise(), { closedLoans: [closed('recent', '2026-12-01T10:00:00Z')] })
      .thenNothing();
    spec
      .given([anonymised(['old-settled'])])
      .when(anonymise(), { closedLoans: [closed('old-settled', '2026-10-01T10:00:00Z'), closed('old-settled', '2026-10-01T10:00:00Z')] })
      .thenNothing();
  });

  it(`names at most ${MAX_LOANS_PER_ANONYMISATION} loans per event`, () => {
    const loans = Array.from({ length: MAX_LOANS_PER_ANONYMISATION * 2 + 1 }, (_, n) => closed(`loan-${n}`, '2026-01-01T00:00:00Z'));
    const events = spec.given().when(anonymise(), { closedLoans: loans }).events();
    expect(events.map((event) => event.data.loanIds.length)).toEqual([MAX_LOANS_PER_ANONYMISATION, MAX_LOANS_PER_ANONYMISATION, 1]);
    expect(events.flatMap((event) => event.data.loanIds)).toEqual(loans.map((loan) => loan.loanId));
  });

  it.each([
    ['a negative retention period', -1],
    ['a fractional retention period', 1.5],
    ['a retention period of more than a hundred years', 36_501],
  ])('refuses %s', (_case, days) => {
    spec.given().when(anonymise(days)).thenRefused('invalid-retention-days');
  });
});
