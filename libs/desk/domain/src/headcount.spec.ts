import { deciderSpecification } from '@era/decider/testing';
import { RecordHeadcount } from './commands';
import { HeadcountRecorded } from './events';
import { headcountDecider } from './headcount';

const now = new Date('2026-03-05T15:00:00Z');
const spec = deciderSpecification(headcountDecider, { now });
const ID = '5d9a3c1e-2b7f-4e8a-8c0d-1a2b3c4d5e6f';
const count: HeadcountRecorded = { headcountId: ID, location: 'reading-room', countedAt: '2026-03-05T14:00:00.000Z', count: 42 };
const record = (data: Partial<RecordHeadcount['data']> = {}): RecordHeadcount => ({ type: 'RecordHeadcount', data: { ...count, ...data } });
const recorded = { type: 'HeadcountRecorded', data: count } as const;
const voidIt = (reason: string) => ({ type: 'VoidHeadcount', data: { headcountId: ID, reason } }) as const;

describe('headcounts', () => {
  it('given nothing, when counted, then HeadcountRecorded; the same count again decides nothing', () => {
    spec.given().when(record()).then([recorded]);
    spec.given([recorded]).when(record()).thenNothing();
  });

  it('given nothing, when counted without a time or with an upper-case id, then counted now under the canonical id', () => {
    spec
      .given()
      .when(record({ countedAt: undefined, headcountId: ID.toUpperCase(), location: ' reading-room ' }))
      .then([{ type: 'HeadcountRecorded', data: { ...count, countedAt: now.toISOString() } }]);
  });

  it('given a count recorded without a time, when retried without one later, then nothing new', () => {
    const first = headcountDecider.decide(record({ countedAt: undefined }), headcountDecider.initialState, { now });
    spec
      .given(first)
      .when(record({ countedAt: undefined }), { now: new Date('2026-03-05T15:01:00Z') })
      .thenNothing();
  });

  it('given a recorded count, when the id is reused with another number, then refused', () => {
    spec
      .given([recorded])
      .when(record({ count: 43 }))
      .thenRefused('headcount-already-recorded');
  });

  it('given nothing, when counted in the future beyond clock skew, then refused', () => {
    spec
      .given()
      .when(record({ countedAt: '2026-03-05T16:00:00Z' }))
      .thenRefused('occurred-in-future');
  });

  it('given a recorded count, when voided, then HeadcountVoided; voiding twice is refused', () => {
    spec
      .given([recorded])
      .when(voidIt(' miscounted '))
      .then([{ type: 'HeadcountVoided', data: { headcountId: ID, reason: 'miscounted' } }]);
    spec
      .given([recorded, { type: 'HeadcountVoided', data: { headcountId: ID, reason: 'x' } }])
      .when(voidIt('again'))
      .thenRefused('headcount-already-voided');
  });

  it('given nothing, when voided, then refused as not found; a blank reason is refused', () => {
    spec.given().when(voidIt('x')).thenRefused('headcount-not-found');
    spec.given([recorded]).when(voidIt(' ')).thenRefused('reason-required');
  });
});
