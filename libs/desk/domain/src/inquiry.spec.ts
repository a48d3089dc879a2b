import { DeskRuleViolation } from './desk-rule-violation';
import { DeskEvent, InquiryRecorded } from './events';
import { decideRecordInquiry, decideVoidInquiry, evolveInquiry, initialInquiry, InquiryState } from './inquiry';

const now = new Date('2026-03-05T15:00:00Z');
const inquiry: InquiryRecorded = {
  inquiryId: 'i-1',
  location: 'main-desk',
  channel: 'in-person',
  questionType: 'reference',
  readLevel: 3,
  durationMinutes: 12,
  occurredAt: '2026-03-05T14:30:00Z',
};
const given = (...events: DeskEvent[]): InquiryState => events.reduce(evolveInquiry, initialInquiry);
const rule = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as DeskRuleViolation).rule;
  }
  return 'no violation';
};

describe('recording an inquiry', () => {
  it('given no inquiry, when recorded, then InquiryRecorded', () => {
    expect(decideRecordInquiry(given(), inquiry, now)).toEqual([{ type: 'InquiryRecorded', data: inquiry }]);
  });

  it('given the same inquiry already recorded, when sent again, then nothing new (a retry does not double-count)', () => {
    const retried = { ...inquiry, occurredAt: '2026-03-05T15:30:00+01:00' };
    expect(decideRecordInquiry(given({ type: 'InquiryRecorded', data: inquiry }), retried, now)).toEqual([]);
  });

  it('given an inquiry recorded with other details, when the id is reused, then refused', () => {
    const other = { ...inquiry, durationMinutes: 13 };
    expect(rule(() => decideRecordInquiry(given({ type: 'InquiryRecorded', data: inquiry }), other, now))).toBe('inquiry-already-recorded');
  });

  it('given no inquiry, when it happened beyond clock skew in the future, then refused', () => {
    expect(rule(() => decideRecordInquiry(given(), { ...inquiry, occurredAt: '2026-03-05T15:06:00Z' }, now))).toBe('occurred-in-future');
    expect(decideRecordInquiry(given(), { ...inquiry, occurredAt: '2026-03-05T15:04:00Z' }, now)).toHaveLength(1);
  });
});

describe('voiding an inquiry', () => {
  it('given a recorded inquiry, when voided with a reason, then InquiryVoided with the reason trimmed', () => {
    expect(decideVoidInquiry(given({ type: 'InquiryRecorded', data: inquiry }), { inquiryId: 'i-1', reason: '  entered twice ' })).toEqual([
      { type: 'InquiryVoided', data: { inquiryId: 'i-1', reason: 'entered twice' } },
    ]);
  });

  it('given no inquiry, when voided, then refused as not found', () => {
    expect(rule(() => decideVoidInquiry(given(), { inquiryId: 'i-1', reason: 'x' }))).toBe('inquiry-not-found');
  });

  it('given a voided inquiry, when voided again, then refused', () => {
    const voided = given({ type: 'InquiryRecorded', data: inquiry }, { type: 'InquiryVoided', data: { inquiryId: 'i-1', reason: 'typo' } });
    expect(voided).toMatchObject({ status: 'voided', reason: 'typo' });
    expect(rule(() => decideVoidInquiry(voided, { inquiryId: 'i-1', reason: 'again' }))).toBe('inquiry-already-voided');
  });

  it('given a recorded inquiry, when voided with a blank reason, then refused', () => {
    expect(rule(() => decideVoidInquiry(given({ type: 'InquiryRecorded', data: inquiry }), { inquiryId: 'i-1', reason: '   ' }))).toBe('reason-required');
  });
});
