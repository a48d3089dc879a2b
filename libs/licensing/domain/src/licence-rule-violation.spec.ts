import { RuleViolation } from '@era/decider';
import { LICENCE_RULES, LicenceRuleViolation } from './licence-rule-violation';
import { licenceProvenance } from './provenance';

/** How each refusal has always read over HTTP: 404 not found, 409 conflict, 422 unprocessable, 400 invalid. */
const STATUS_OF_RULE: Record<string, 400 | 404 | 409 | 422> = {
  'licence-not-found': 404,
  'version-not-found': 404,
  'term-not-found': 404,
  'document-not-found': 404,
  'licence-already-drafted': 409,
  'status-unchanged': 409,
  'illegal-status-transition': 409,
  'resource-already-linked': 409,
  'resource-not-linked': 409,
  'version-already-recorded': 409,
  'version-already-confirmed': 409,
  'term-already-defined': 409,
  'term-already-deprecated': 409,
  'label-unchanged': 409,
  'version-withdrawn': 409,
  'version-already-withdrawn': 409,
  'original-has-dependants': 409,
  'document-already-detached': 409,
  'consortium-required': 422,
  'consortium-not-applicable': 422,
  'original-already-recorded': 422,
  'original-required': 422,
  'effective-dates-reversed': 422,
  'invalid-calendar-date': 422,
  'unknown-term': 422,
  'deprecated-term': 422,
  'invalid-term-value': 422,
  'term-takes-one-value': 422,
  'term-value-needs-note': 422,
  'correction-changes-nothing': 422,
  'invalid-term-definition': 422,
  'document-not-attached': 422,
  'unknown-director': 422,
  'list-not-found': 404,
  'list-value-not-found': 404,
  'list-value-already-defined': 409,
  'list-value-already-deprecated': 409,
  'invalid-list-value': 422,
  'unknown-list-value': 422,
  'deprecated-list-value': 422,
  'licensor-required': 422,
  'invalid-organisations': 422,
  'invalid-licence-details': 422,
  'reason-required': 400,
  'field-required': 400,
  'end-date-required': 422,
  'end-date-not-applicable': 422,
  'amendment-status-not-applicable': 422,
  'text-too-long': 400,
  'invalid-document-reference': 400,
  'document-reference-already-recorded': 409,
  'document-reference-not-found': 404,
  'document-reference-already-removed': 409,
};
const KIND_OF_STATUS = { 400: 'invalid', 404: 'not-found', 409: 'conflict', 422: 'unprocessable' } as const;

describe('licence rule violations', () => {
  it('know every rule, and nothing else', () => {
    expect([...LICENCE_RULES].sort()).toEqual(Object.keys(STATUS_OF_RULE).sort());
  });

  it.each(LICENCE_RULES.map((rule) => [rule, STATUS_OF_RULE[rule]]))('%s reads as %s', (rule, status) => {
    const violation = new LicenceRuleViolation(rule, 'refused');
    expect(violation).toBeInstanceOf(RuleViolation);
    expect(violation.kind).toBe(KIND_OF_STATUS[status]);
    expect({ name: violation.name, message: violation.message }).toEqual({ name: 'LicenceRuleViolation', message: 'refused' });
  });
});

describe('the provenance of a licence event', () => {
  it('is who recorded it and when, from its metadata, and on whose direction, from its data', () => {
    const metadata = { actor: { id: 's-associate', role: 'associate' }, recordedAt: '2026-01-05T09:00:00.000Z' };
    expect(licenceProvenance({ directedBy: 's-librarian' }, metadata)).toEqual({
      actorId: 's-associate',
      actorRole: 'associate',
      recordedAt: '2026-01-05T09:00:00.000Z',
      directedBy: 's-librarian',
    });
    expect(licenceProvenance({ directedBy: 42 }, metadata)).not.toHaveProperty('directedBy');
  });

  it('is unknown, at the epoch, for an event folded without metadata', () => {
    expect(licenceProvenance({}, undefined)).toEqual({ actorId: 'unknown', actorRole: 'unknown', recordedAt: '1970-01-01T00:00:00.000Z' });
  });
});
