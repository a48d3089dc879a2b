import { CorrectVersion, RecordVersion } from './commands';
import { LicenceEvent } from './licence-events';
import { drafted, history, LICENCE_ID, licenceSpec, original, seededVocabulary } from './testing/licence-fixtures';
import { TermEntry } from './term-values';
import { evolveVocabulary } from './vocabulary';
import { TermDefinition } from './vocabulary-events';

/** Terms as FOLIO has them, beside the defaults: one that takes several values, one internal by default. */
const vocabulary = (
  [
    { key: 'authorised-sites', label: 'Authorised sites', valueType: 'text', multiple: true },
    { key: 'ill-notes', label: 'ILL notes', valueType: 'text', internalByDefault: true },
  ] satisfies TermDefinition[]
)
  .map((data) => ({ type: 'LicenceTermDefined' as const, data }))
  .reduce(evolveVocabulary, seededVocabulary);

const record = (terms: Record<string, TermEntry>): RecordVersion => ({
  type: 'RecordVersion',
  data: { licenceId: LICENCE_ID, versionId: 'v-original', kind: 'original', label: 'Original agreement', effectiveFrom: '2024-01-01', terms },
});
const correct = (terms: Record<string, TermEntry | null>): CorrectVersion => ({
  type: 'CorrectVersion',
  data: { licenceId: LICENCE_ID, versionId: 'v-original', reason: 'typed from the wrong page', terms },
});
/** The terms the one event decided records. */
const termsOf = (events: readonly LicenceEvent[]) => {
  expect(events).toHaveLength(1);
  const [event] = events;
  if (event.type !== 'LicenceVersionRecorded' && event.type !== 'LicenceVersionCorrected') throw new Error(`unexpected ${event.type}`);
  return event.data.terms;
};

describe('recording term values: internal, several, left out', () => {
  const draftedOnly = history(drafted());

  it.each<[string, Record<string, TermEntry>, Record<string, TermEntry>]>([
    [
      'an internal value keeps its flag',
      { 'ill-electronic': { value: 'permitted-explicit', internal: true } },
      { 'ill-electronic': { value: 'permitted-explicit', internal: true } },
    ],
    [
      'internal false on an ordinary term is left out',
      { 'ill-electronic': { value: 'permitted-explicit', internal: false } },
      { 'ill-electronic': { value: 'permitted-explicit' } },
    ],
    [
      'a term internal by default records internal: true when the value does not say',
      { 'ill-notes': { value: 'Via hub' } },
      { 'ill-notes': { value: 'Via hub', internal: true } },
    ],
    [
      'a term internal by default records internal: false when the value says so',
      { 'ill-notes': { value: 'Via hub', internal: false } },
      { 'ill-notes': { value: 'Via hub', internal: false } },
    ],
    [
      'several values, in order',
      { 'authorised-sites': [{ value: ' B ' }, { value: 'A', internal: true }] },
      { 'authorised-sites': [{ value: 'B' }, { value: 'A', internal: true }] },
    ],
    ['one object for a term that takes several: a list of one', { 'authorised-sites': { value: 'Main' } }, { 'authorised-sites': [{ value: 'Main' }] }],
    [
      'a value left out, its note saying what the licence says',
      { 'ill-electronic': { publicNote: ' Ask us ' } },
      { 'ill-electronic': { publicNote: 'Ask us' } },
    ],
  ])('given a licence, when a version is recorded with %s, then so', (_, sent, recorded) => {
    expect(termsOf(licenceSpec.given(draftedOnly).when(record(sent), { vocabulary }).events())).toEqual(recorded);
  });

  it.each<[string, Record<string, TermEntry>, string]>([
    ['a list for a term that takes one value', { 'ill-electronic': [{ value: 'permitted-explicit' }] }, 'term-takes-one-value'],
    ['an empty list', { 'authorised-sites': [] }, 'invalid-term-value'],
    ['a value left out without a note', { 'ill-electronic': {} }, 'term-value-needs-note'],
    ['a negative count (an integer term without range)', { 'concurrent-users': { value: -1 } }, 'invalid-term-value'],
  ])('given a licence, when a version is recorded with %s, then refused as %s', (_, sent, rule) => {
    licenceSpec.given(draftedOnly).when(record(sent), { vocabulary }).thenRefused(rule);
  });

  it('given a version recorded with a term internal by default, when the same request is sent again (a retry), then nothing new', () => {
    const sent = { 'ill-notes': { value: 'Via hub' } };
    const [event] = licenceSpec.given(draftedOnly).when(record(sent), { vocabulary }).events();
    licenceSpec
      .given(history(drafted(), event))
      .when({ ...record(sent), data: { ...record(sent).data, effectiveTo: null } }, { vocabulary })
      .thenNothing();
  });
});

describe('correcting term values: the same rules, lists compared whole and in order', () => {
  const sites = [{ value: 'A' }, { value: 'B' }];
  const recordedSites = history(drafted(), original({ 'authorised-sites': sites, 'ill-electronic': { value: 'permitted-explicit' } }));

  it('given several values, when the same list is sent, then the correction changes nothing', () => {
    licenceSpec
      .given(recordedSites)
      .when(correct({ 'authorised-sites': [{ value: 'A' }, { value: ' B' }] }), { vocabulary })
      .thenRefused('correction-changes-nothing');
  });

  it.each<[string, TermEntry]>([
    ['the values in another order', [{ value: 'B' }, { value: 'A' }]],
    ['one value more', [...sites, { value: 'C' }]],
    ['one value marked internal', [{ value: 'A' }, { value: 'B', internal: true }]],
  ])('given several values, when %s is sent, then the whole new list is recorded', (_, entry) => {
    expect(
      termsOf(
        licenceSpec
          .given(recordedSites)
          .when(correct({ 'authorised-sites': entry }), { vocabulary })
          .events(),
      ),
    ).toEqual({ 'authorised-sites': entry });
  });

  it('given a value, when corrected to be internal, then recorded; when corrected to a list for a one-value term, then refused', () => {
    expect(
      termsOf(
        licenceSpec
          .given(recordedSites)
          .when(correct({ 'ill-electronic': { value: 'permitted-explicit', internal: true } }), { vocabulary })
          .events(),
      ),
    ).toEqual({ 'ill-electronic': { value: 'permitted-explicit', internal: true } });
    licenceSpec
      .given(recordedSites)
      .when(correct({ 'ill-electronic': [{ value: 'permitted-explicit' }] }), { vocabulary })
      .thenRefused('term-takes-one-value');
  });
});
