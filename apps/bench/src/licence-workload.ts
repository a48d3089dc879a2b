import { AppendMetadata, ExpectedRevision } from '@era/event-store';
import { SqliteEventStore } from '@era/event-store-sqlite';
import {
  DEFAULT_LICENCE_TERMS,
  initialLicence,
  initialVocabulary,
  LicenceCommand,
  licenceDecider,
  LicenceState,
  licenceStream,
  LicensingContext,
  PERMISSION_SCALE,
  SEED_VOCABULARY,
  TermDefinition,
  TermValue,
  VOCABULARY_STREAM,
  vocabularyDecider,
  VocabularyState,
  YES_NO_OTHER,
  legacyLicenceLists,
} from '@era/licensing-domain';
import { Rng } from './desk-samples';
import { nowMs } from './timing';

export interface LicenceWorkload {
  licences: number;
  /** Events appended: the vocabulary seed and every licence event. */
  events: number;
  licenceIds: string[];
  seconds: number;
}

const ASSOCIATE = { id: 's-associate', role: 'associate' };
const LIBRARIAN = { id: 's-librarian', role: 'librarian' };
const LICENSORS = ['Springer Nature', 'Elsevier', 'Wiley', 'Taylor & Francis', 'ITHAKA', 'SAGE', 'Oxford University Press', 'ProQuest', 'EBSCO', 'Gale'];
const COLLECTIONS = ['Journals', 'Backfiles', 'eBooks', 'Reference', 'Archives', 'Databases'];
const TERMS_PER_ORIGINAL = 10;

/**
 * Appends, through the real adapter and the domain's deciders, what a library's licence work looks like:
 * the default vocabulary, then per licence a draft, an original agreement with about ten terms, its signed copy
 * and signature, one or two amendments, a correction of the original and the librarian's confirmation. One append
 * per decision, as the API makes them.
 */
export async function appendLicenceWorkload(file: string, licences: number): Promise<LicenceWorkload> {
  const started = nowMs();
  const rng = new Rng(20261128);
  const store = new SqliteEventStore({ file });
  let events = 0;
  try {
    const seed = vocabularyDecider.decide(SEED_VOCABULARY, initialVocabulary, { now: new Date() });
    await store.append(VOCABULARY_STREAM, seed, { expectedRevision: 'no_stream', metadata: metadataOf({ id: 'system', role: 'system' }, 'system') });
    events += seed.length;
    const vocabulary = seed.reduce(vocabularyDecider.evolve, initialVocabulary);

    const licenceIds: string[] = [];
    for (let n = 0; n < licences; n++) {
      const licenceId = uuidOf(rng);
      licenceIds.push(licenceId);
      events += await appendLicence(store, rng, vocabulary, licenceId, n);
    }
    return { licences, events, licenceIds, seconds: (nowMs() - started) / 1000 };
  } finally {
    await store.close();
  }
}

async function appendLicence(store: SqliteEventStore, rng: Rng, vocabulary: VocabularyState, licenceId: string, n: number): Promise<number> {
  let state: LicenceState = initialLicence;
  let revision: ExpectedRevision = 'no_stream';
  let appended = 0;
  const context: LicensingContext = {
    now: new Date(),
    vocabulary,
    lists: legacyLicenceLists,
    staffRoleOf: (staffId) => (staffId === LIBRARIAN.id ? LIBRARIAN.role : undefined),
  };
  const write = async (command: LicenceCommand, metadata: AppendMetadata) => {
    const decided = licenceDecider.decide(command, state, context);
    const result = await store.append(licenceStream(licenceId), decided, { expectedRevision: revision, metadata });
    revision = result.nextExpectedRevision;
    for (const [index, event] of decided.entries()) state = licenceDecider.evolve(state, { ...event, metadata: result.events[index].metadata });
    appended += decided.length;
  };

  const licensor = LICENSORS[n % LICENSORS.length];
  const consortial = n % 7 === 0;
  const year = 2018 + (n % 7);
  await write(
    {
      type: 'DraftLicence',
      data: {
        licenceId,
        name: `${licensor} ${COLLECTIONS[n % COLLECTIONS.length]} ${year} (${n + 1})`,
        licensor,
        type: consortial ? 'consortial' : 'local',
        ...(consortial && { consortium: 'Regional Library Consortium' }),
        resourceIds: [`e-${n}-a`, `e-${n}-b`],
      },
    },
    metadataOf(ASSOCIATE),
  );

  const originalId = `${licenceId}-original`;
  const termKeys = shuffled(rng, DEFAULT_LICENCE_TERMS).slice(0, TERMS_PER_ORIGINAL);
  const terms = Object.fromEntries(termKeys.map((term) => [term.key, termValue(rng, term)]));
  const from = `${year}-0${1 + (n % 9)}-01`;
  await write(
    {
      type: 'RecordVersion',
      data: {
        licenceId,
        versionId: originalId,
        kind: 'original',
        label: `Signed agreement ${year}`,
        effectiveFrom: from,
        effectiveTo: null,
        terms,
        directedBy: LIBRARIAN.id,
      },
    },
    metadataOf(ASSOCIATE),
  );
  const sha256 = hexOf(rng, 64);
  const attach = { licenceId, versionId: originalId, sha256, fileName: 'signed.pdf', mediaType: 'application/pdf', sizeBytes: rng.int(40_000, 4_000_000) };
  await write({ type: 'AttachDocument', data: { ...attach, documentType: 'licence' } }, metadataOf(ASSOCIATE));
  await write(
    {
      type: 'RecordSignature',
      data: { licenceId, versionId: originalId, signedBy: 'L. Librarian', party: 'licensee', signedOn: from, documentSha256: sha256 },
    },
    metadataOf(ASSOCIATE),
  );

  const amendments = 1 + (n % 2);
  for (let a = 1; a <= amendments; a++) {
    const changed = termKeys.slice(a, a + 3);
    await write(
      {
        type: 'RecordVersion',
        data: {
          licenceId,
          versionId: `${licenceId}-amendment-${a}`,
          kind: 'amendment',
          label: `Amendment ${a}`,
          effectiveFrom: `${year + a}-01-01`,
          effectiveTo: a === 2 ? `${year + a}-12-31` : null,
          terms: Object.fromEntries(changed.map((term) => [term.key, termValue(rng, term)])),
          directedBy: LIBRARIAN.id,
        },
      },
      metadataOf(ASSOCIATE),
    );
  }

  const reason = 'Entered the value of the wrong clause';
  const corrected = termKeys[0];
  const current = state.exists ? state.versions[0].terms[corrected.key] : undefined;
  let value = termValue(rng, corrected);
  while (JSON.stringify(value) === JSON.stringify(current)) value = termValue(rng, corrected);
  await write(
    { type: 'CorrectVersion', data: { licenceId, versionId: originalId, reason, terms: { [corrected.key]: value } } },
    metadataOf(ASSOCIATE, 'api', reason),
  );
  await write({ type: 'ConfirmVersion', data: { licenceId, versionId: originalId } }, metadataOf(LIBRARIAN));
  return appended;
}

function termValue(rng: Rng, term: TermDefinition): TermValue {
  const note = rng.next() < 0.3 ? { publicNote: 'See clause 4 of the agreement' } : {};
  switch (term.valueType) {
    case 'permission':
      return { value: rng.pick(PERMISSION_SCALE), ...note };
    case 'yes-no-other':
      return { value: rng.pick(YES_NO_OTHER), ...note };
    case 'integer':
      return { value: rng.int(1, 50), ...note };
    case 'date':
      return { value: `20${rng.int(24, 30)}-06-30`, ...note };
    case 'duration':
      return { value: `P${rng.int(30, 120)}D`, ...note };
    default:
      return { value: rng.pick(['Current staff and students', 'Staff, students and walk-in users', 'Registered members of the university']), ...note };
  }
}

function metadataOf(actor: { id: string; role: string }, source: AppendMetadata['source'] = 'api', reason?: string): AppendMetadata {
  const id = `bench-${actor.id}-${Math.random().toString(16).slice(2)}`;
  return { actor, ...(reason && { reason }), correlationId: id, causationId: id, source };
}

function shuffled<T>(rng: Rng, values: readonly T[]): T[] {
  const copy = [...values];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

const hexOf = (rng: Rng, length: number) => Array.from({ length }, () => '0123456789abcdef'[rng.int(0, 15)]).join('');

/** A version-4-shaped id from the seeded generator, so that runs are alike. */
function uuidOf(rng: Rng): string {
  const hex = hexOf(rng, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
}
