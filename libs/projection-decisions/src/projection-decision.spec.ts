import { deciderSpecification } from '@era/decider/testing';
import { ProjectionEventSkipped } from './events';
import { ProjectionDecisionContext } from './projection-decision-context';
import { projectionDecisionDecider } from './projection-decision';

const admin = { id: 'admin-1', role: 'admin' };
const poisoned = { state: 'poisoned', poison: { position: 7, eventType: 'InquiryRecorded' } };
const context: ProjectionDecisionContext = {
  now: new Date('2026-12-03T12:00:00Z'),
  actor: admin,
  projections: [
    { name: 'desk-statistics', version: 2 },
    { name: 'desk-inquiries', version: 1 },
  ],
  health: poisoned,
};
const spec = deciderSpecification(projectionDecisionDecider, context);

const skip = (data: Partial<{ projection: string; position: number; reason: string }> = {}) => ({
  type: 'SkipProjectionEvent' as const,
  data: { projection: 'desk-statistics', position: 7, reason: 'unreadable time, ticket 42', ...data },
});
const retry = (projection = 'desk-statistics') => ({ type: 'RetryProjection' as const, data: { projection } });
const skipped: ProjectionEventSkipped = {
  type: 'ProjectionEventSkipped',
  data: { projection: 'desk-statistics', version: 2, position: 7, eventType: 'InquiryRecorded' },
};

describe('projectionDecisionDecider', () => {
  describe('skipping the event a projection stopped on', () => {
    it('records the skip for the running version, with the event type from the poison record', () => {
      spec.given().when(skip()).then([skipped]);
    });

    it('records nothing new when the same skip is already recorded (the engine has not honoured it yet)', () => {
      spec.given([skipped]).when(skip()).thenNothing();
    });

    it('records a skip of the same position for another version of the projection', () => {
      spec
        .given([{ ...skipped, data: { ...skipped.data, version: 1 } }])
        .when(skip())
        .then([skipped]);
    });

    it('is refused unless the position is the one the projection stopped at', () => {
      spec
        .given()
        .when(skip({ position: 8 }))
        .thenRefused('stopped-elsewhere', 'desk-statistics is stopped at position 7, not 8: nothing skipped');
    });

    it('is refused for a position that is no global position', () => {
      for (const position of [0, -7, 1.5, Number.NaN]) spec.given().when(skip({ position })).thenRefused('position-invalid');
    });

    it('is refused without a reason, blank counting as none', () => {
      spec
        .given()
        .when(skip({ reason: '' }))
        .thenRefused('reason-required', /^reason is required/);
      spec
        .given()
        .when(skip({ reason: ' \t ' }))
        .thenRefused('reason-required');
    });

    it('is refused with a reason longer than 500 characters, and accepted at 500', () => {
      spec
        .given()
        .when(skip({ reason: 'x'.repeat(501) }))
        .thenRefused('reason-too-long', 'reason must be at most 500 characters');
      spec
        .given()
        .when(skip({ reason: 'x'.repeat(500) }))
        .then([skipped]);
    });

    it('is refused when the reason holds a credential, which would be kept in the log for good', () => {
      spec
        .given()
        .when(skip({ reason: 'vendor password is hunter2!' }))
        .thenRefused('reason-has-credential', /^reason must not contain a password/);
    });
  });

  describe('retrying the event a projection stopped on', () => {
    it('records the request at the poisoned position for the running version', () => {
      spec
        .given()
        .when(retry())
        .then([{ type: 'ProjectionRetryRequested', data: { projection: 'desk-statistics', version: 2, position: 7 } }]);
    });

    it('records each request, even after a skip of the same event', () => {
      spec
        .given([skipped])
        .when(retry())
        .then([{ type: 'ProjectionRetryRequested', data: { projection: 'desk-statistics', version: 2, position: 7 } }]);
    });
  });

  describe.each([
    ['skip', (projection?: string) => skip({ projection })],
    ['retry', retry],
  ])('either decision (%s)', (_name, commandFor) => {
    const command = commandFor('desk-statistics');

    it('is for an administrator only', () => {
      spec
        .given()
        .when(command, { actor: { id: 'desk-1', role: 'desk' } })
        .thenRefused('administrator-only', 'deciding on a stopped projection is for an administrator; desk-1 is desk');
    });

    it('is refused for a projection this build does not run, naming the ones it does', () => {
      spec
        .given()
        .when(commandFor('desk-statistic'))
        .thenRefused('unknown-projection', 'unknown projection "desk-statistic"; known projections: desk-statistics, desk-inquiries');
    });

    it('is refused while the projection is not stopped on an event, or has never run', () => {
      spec
        .given()
        .when(command, { health: { state: 'running' } })
        .thenRefused('projection-not-stopped', 'desk-statistics is not stopped on an event (state: running); nothing to decide');
      spec
        .given()
        .when(command, { health: undefined })
        .thenRefused('projection-not-stopped', /\(state: never run\)/);
    });
  });
});
