import { TestApi, TOKENS } from '@era/api-testing';
import { startLicensingApi } from './testing/licences';
import { KnownAt, postOrFail, recordIllElectronicScenario } from './testing/ill-electronic-scenario';

/**
 * The scenario, end to end over HTTP: an original licence prohibits ILL electronic; an amendment a year later
 * permits it; a later correction fixes the amendment's wrong effective date. Every combination of "effective on"
 * (the legal axis) and "known at" (what had been recorded) must give the answer a librarian would work out by hand.
 */
describe('licence scenario: ILL electronic over two time axes', () => {
  let api: TestApi;
  let known: KnownAt;
  let licenceId = '';
  let amendmentId = '';
  const write = (path: string, body: object, token?: string) => postOrFail(api, path, body, token);

  beforeAll(async () => {
    api = await startLicensingApi();
    ({ known, licenceId, amendmentId } = await recordIllElectronicScenario(api));
  });
  afterAll(() => api.close());

  const termsOn = (effectiveOn: string, knownAt: string) =>
    api.http().get(`/licences/${licenceId}/terms`).query({ effectiveOn, knownAt }).set(api.as(TOKENS.librarian));

  const illElectronic = async (effectiveOn: string, knownAt: string): Promise<string | 'not in force' | 'unknown licence'> => {
    const response = await termsOn(effectiveOn, knownAt);
    if (response.status === 404) return 'unknown licence';
    expect(response.status).toBe(200);
    if (!response.body.inForce) return 'not in force';
    const term = response.body.terms.find((t: { key: string }) => t.key === 'ill-electronic');
    return term?.value ?? 'silent';
  };

  // Rows: what had been recorded (knownAt). Columns: the date the question is about (effectiveOn).
  const beforeTheLicence = '2023-06-01';
  const underTheOriginal = '2024-06-01';
  const betweenWrongAndRightDate = '2025-01-15';
  const afterTheAmendment = '2025-03-01';
  const P = 'prohibited-explicit';
  const A = 'permitted-explicit';
  const onEveryDate = (answer: string) =>
    Object.fromEntries([beforeTheLicence, underTheOriginal, betweenWrongAndRightDate, afterTheAmendment].map((date) => [date, answer]));
  // Hand-computed: rows are what had been recorded (knownAt), columns the date asked about (effectiveOn).
  const expected: Record<keyof KnownAt, Record<string, string>> = {
    beforeDraft: onEveryDate('unknown licence'),
    afterDraft: onEveryDate('not in force'),
    afterOriginal: { [beforeTheLicence]: 'not in force', [underTheOriginal]: P, [betweenWrongAndRightDate]: P, [afterTheAmendment]: P },
    afterAmendment: { [beforeTheLicence]: 'not in force', [underTheOriginal]: P, [betweenWrongAndRightDate]: A, [afterTheAmendment]: A },
    afterCorrection: { [beforeTheLicence]: 'not in force', [underTheOriginal]: P, [betweenWrongAndRightDate]: P, [afterTheAmendment]: A },
  };
  const everyCombination = Object.entries(expected).flatMap(([knownAt, row]) =>
    Object.entries(row).map(([effectiveOn, answer]) => [knownAt as keyof KnownAt, effectiveOn, answer] as const),
  );
  it.each(everyCombination)('known at %s, effective on %s: %s', async (knownAt, effectiveOn, answer) => {
    expect(await illElectronic(effectiveOn, known[knownAt])).toBe(answer);
  });

  it('answers with what is known now and in force today when neither axis is given', async () => {
    const response = await api.http().get(`/licences/${licenceId}/terms`).set(api.as(TOKENS.librarian));
    expect(response.status).toBe(200);
    const term = response.body.terms.find((t: { key: string }) => t.key === 'ill-electronic');
    expect(term).toMatchObject({ value: A, versionLabel: 'Amendment 1', confirmed: false });
  });

  it('shows every change in the audit trail with before → after, who entered it and on whose direction', async () => {
    const response = await api.http().get(`/licences/${licenceId}/audit-trail`).set(api.as(TOKENS.auditor));
    expect(response.status).toBe(200);
    const lines = response.body.items as { kind: string; field: string; termKey?: string; before: unknown; after: unknown; [k: string]: unknown }[];
    const termLines = lines.filter((line) => line.termKey === 'ill-electronic');
    expect(termLines).toEqual([
      expect.objectContaining({
        kind: 'version-recorded',
        before: null,
        after: expect.objectContaining({ value: P }),
        actorId: 's-associate',
        directedBy: 's-librarian',
      }),
      expect.objectContaining({ kind: 'version-recorded', before: expect.objectContaining({ value: P }), after: expect.objectContaining({ value: A }) }),
    ]);
    const correction = lines.find((line) => line.kind === 'version-corrected');
    expect(correction).toMatchObject({
      field: 'effectiveFrom',
      before: '2025-01-01',
      after: '2025-02-01',
      reason: expect.stringContaining('1 February 2025'),
      actorId: 's-associate',
      actorRole: 'associate',
    });
    const positions = lines.map((line) => line.position as number);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('lists, for "every change ILL electronic underwent", also the corrected date of the amendment that states it', async () => {
    const response = await api.http().get('/licence-audit-trail').query({ term: 'ill-electronic' }).set(api.as(TOKENS.auditor));
    expect(response.status).toBe(200);
    const lines = (response.body.items as { licenceId: string; kind: string; field: string }[]).filter((line) => line.licenceId === licenceId);
    expect(lines.map((line) => [line.kind, line.field])).toEqual([
      ['version-recorded', 'term'],
      ['version-confirmed', 'confirmation'],
      ['version-recorded', 'term'],
      ['version-corrected', 'effectiveFrom'],
    ]);
  });

  it('marks the answer unconfirmed until the librarian confirms the version, and confirmed afterwards', async () => {
    const today = await api.http().get(`/licences/${licenceId}/terms`).set(api.as(TOKENS.librarian));
    expect(today.body.terms.find((t: { key: string }) => t.key === 'ill-electronic').confirmed).toBe(false);
    await write(`/licences/${licenceId}/versions/${amendmentId}/confirmations`, {}, TOKENS.librarian);
    const confirmed = await api.http().get(`/licences/${licenceId}/terms`).set(api.as(TOKENS.librarian));
    expect(confirmed.body.terms.find((t: { key: string }) => t.key === 'ill-electronic').confirmed).toBe(true);
    // What was known before the confirmation still shows it unconfirmed.
    const earlier = await termsOn(afterTheAmendment, known.afterCorrection);
    expect(earlier.body.terms.find((t: { key: string }) => t.key === 'ill-electronic').confirmed).toBe(false);
  });
});
