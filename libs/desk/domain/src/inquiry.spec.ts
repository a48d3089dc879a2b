import { deciderSpecification } from '@era/decider/testing';
import { RecordInquiry } from './commands';
import { InquiryRecorded } from './events';
import { inquiryDecider } from './inquiry';

const now = new Date('2026-03-05T15:00:00Z');
const spec = deciderSpecification(inquiryDecider, { now });
const ID = '0b6f3c8e-6f7e-4d1a-9c55-3f1f4b2a9e10';
const inquiry: InquiryRecorded = {
  inquiryId: ID,
  location: 'main-desk',
  channel: 'in-person',
  questionType: 'reference',
  readLevel: 3,
  durationMinutes: 12,
  occurredAt: '2026-03-05T14:30:00.000Z',
};
const record = (data: Partial<RecordInquiry['data']> = {}): RecordInquiry => ({ type: 'RecordInquiry', data: { ...inquiry, ...data } });
const recorded = { type: 'InquiryRecorded', data: inquiry } as const;

describe('recording an inquiry', () => {
  it('given no inquiry, when recorded, then InquiryRecorded', () => {
    spec.given().when(record()).then([recorded]);
  });

  it('given no inquiry, when recorded with untrimmed text and an offset time, then stored trimmed and in UTC', () => {
    spec
      .given()
      .when(record({ location: '  main-desk ', occurredAt: '2026-03-05T15:30:00+01:00', note: ' quick one ', referral: '   ' }))
      .then([{ type: 'InquiryRecorded', data: { ...inquiry, note: 'quick one' } }]);
  });

  it('given no inquiry, when recorded without a time, then it happened now (from the clock)', () => {
    spec
      .given()
      .when(record({ occurredAt: undefined }))
      .then([{ type: 'InquiryRecorded', data: { ...inquiry, occurredAt: now.toISOString() } }]);
  });

  it('given no inquiry, when recorded under an upper-case UUID, then the entry keeps the canonical lower-case id', () => {
    spec
      .given()
      .when(record({ inquiryId: ID.toUpperCase() }))
      .then([recorded]);
  });

  it('given the same inquiry already recorded, when sent again, then nothing new (a retry does not double-count)', () => {
    spec
      .given([recorded])
      .when(record({ occurredAt: '2026-03-05T15:30:00+01:00' }))
      .thenNothing();
  });

  it('given an inquiry recorded without a time, when the retry again sends none, then nothing new however late it arrives', () => {
    const first = inquiryDecider.decide(record({ occurredAt: undefined }), inquiryDecider.initialState, { now });
    spec
      .given(first)
      .when(record({ occurredAt: undefined }), { now: new Date('2026-03-05T15:02:00Z') })
      .thenNothing();
  });

  it('given an inquiry recorded without a time, when a retry sends a different time, then refused', () => {
    const first = inquiryDecider.decide(record({ occurredAt: undefined }), inquiryDecider.initialState, { now });
    spec
      .given(first)
      .when(record({ occurredAt: '2026-03-05T14:00:00Z' }))
      .thenRefused('inquiry-already-recorded');
  });

  it('given an inquiry recorded with other details, when the id is reused, then refused', () => {
    spec
      .given([recorded])
      .when(record({ durationMinutes: 13 }))
      .thenRefused('inquiry-already-recorded');
  });

  it('given no inquiry, when it happened beyond clock skew in the future, then refused; within it, recorded', () => {
    spec
      .given()
      .when(record({ occurredAt: '2026-03-05T15:06:00Z' }))
      .thenRefused('occurred-in-future');
    expect(
      spec
        .given()
        .when(record({ occurredAt: '2026-03-05T15:04:00Z' }))
        .events(),
    ).toHaveLength(1);
  });

  it('given no inquiry, when the location is blank, then refused', () => {
    spec
      .given()
      .when(record({ location: '   ' }))
      .thenRefused('location-required');
  });
});

describe('voiding an inquiry', () => {
  const voidIt = (reason: string, inquiryId = ID) => ({ type: 'VoidInquiry', data: { inquiryId, reason } }) as const;

  it('given a recorded inquiry, when voided with a reason, then InquiryVoided with the reason trimmed', () => {
    spec
      .given([recorded])
      .when(voidIt('  entered twice '))
      .then([{ type: 'InquiryVoided', data: { inquiryId: ID, reason: 'entered twice' } }]);
  });

  it('given a recorded inquiry, when voided under its upper-case id, then the void names the canonical id', () => {
    spec
      .given([recorded])
      .when(voidIt('typo', ID.toUpperCase()))
      .then([{ type: 'InquiryVoided', data: { inquiryId: ID, reason: 'typo' } }]);
  });

  it('given no inquiry, when voided, then refused as not found', () => {
    spec.given().when(voidIt('x')).thenRefused('inquiry-not-found');
  });

  it('given a voided inquiry, when voided again, then refused', () => {
    spec
      .given([recorded, { type: 'InquiryVoided', data: { inquiryId: ID, reason: 'typo' } }])
      .when(voidIt('again'))
      .thenRefused('inquiry-already-voided', /typo/);
  });

  it('given a recorded inquiry, when voided with a blank reason, then refused', () => {
    spec.given([recorded]).when(voidIt('   ')).thenRefused('reason-required');
  });
});
