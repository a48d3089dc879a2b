import { AppendMetadata, UpcasterRegistry, UpcastingEventStore } from '@era/event-store';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { DEFAULT_LICENCE_TERMS, DEFAULT_VOCABULARY_SEED, licenceStream, VOCABULARY_STREAM } from '@era/licensing-domain';
import { SqliteReadStore } from '@era/read-store-sqlite';
import { produceComplianceReview } from './produce-review';

const LICENCE = 'c0000000-0000-4000-8000-00000000000c';
const associate: AppendMetadata = { actor: { id: 's-associate', role: 'associate' }, correlationId: 'c', causationId: 'c', source: 'api' };

/** A licence drafted under an older shape of LicenceDrafted (its name was once its `title`), read as the current one. */
const renamedTitle = { eventType: 'LicenceDrafted', fromVersion: 1, upcast: ({ title, ...rest }: Record<string, unknown>) => ({ ...rest, name: title }) };

describe('compliance review of events stored in an older shape', () => {
  let rawEvents: SqliteEventStore;
  let events: UpcastingEventStore;
  let asOf = '';

  beforeAll(async () => {
    rawEvents = new SqliteEventStore({ file: '' });
    events = new UpcastingEventStore(rawEvents, new UpcasterRegistry([renamedTitle]));
    await rawEvents.append(
      VOCABULARY_STREAM,
      [{ type: 'LicenceTermVocabularySeeded', data: { seed: DEFAULT_VOCABULARY_SEED, terms: DEFAULT_LICENCE_TERMS } }],
      {
        expectedRevision: 'no_stream',
        metadata: { ...associate, actor: { id: 'system', role: 'system' }, source: 'system' },
      },
    );
    await rawEvents.append(
      licenceStream(LICENCE),
      [{ type: 'LicenceDrafted', schemaVersion: 1, data: { licenceId: LICENCE, title: 'Gamma Archives', licensor: 'Gamma', type: 'local', resourceIds: [] } }],
      { expectedRevision: 'no_stream', metadata: associate },
    );
    asOf = new Date().toISOString();
  });
  afterAll(() => rawEvents.close());

  const review = (licenceId?: string) =>
    produceComplianceReview(
      {
        events,
        rawEvents,
        documents: { check: async () => 'intact' },
        openScratch: () => new SqliteReadStore({ file: '' }),
      },
      { asOf, effectiveOn: '2025-01-15', timeZone: 'UTC', provisional: false, ...(licenceId !== undefined && { licenceId }) },
    );

  it('given a licence drafted in the old shape, when it is reviewed, then the review reads it upcast, and verifies it as stored', async () => {
    const report = await review(LICENCE);
    expect(report.licences.map((licence) => licence.name)).toEqual(['Gamma Archives']);
    expect(report.verification).toMatchObject({ ok: true, problems: [] });
  });

  it('given the review of all licences, when the upcasting store lists the licence streams, then the licence is found by its head', async () => {
    expect(events.streamHeads).toBeDefined();
    const report = await review();
    expect(report.licences.map((licence) => [licence.licenceId, licence.name])).toEqual([[LICENCE, 'Gamma Archives']]);
    expect(report.verification.streams).toEqual(expect.arrayContaining([licenceStream(LICENCE), VOCABULARY_STREAM]));
  });
});
