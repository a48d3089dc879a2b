import { Decider, DecisionContext, DomainEvent } from '@era/decider';
import {
  CHANNELS,
  headcountDecider,
  HeadcountState,
  InquiryState,
  headcountStream,
  inquiryDecider,
  inquiryStream,
  QUESTION_TYPES,
  READ_LEVELS,
} from '@era/desk-domain';
import { AppendMetadata, EventStore, ExpectedRevision } from '@era/event-store';
import {
  DEFAULT_LICENCE_TERMS,
  LicenceState,
  LicensingContext,
  licenceDecider,
  licenceStream,
  PERMISSION_SCALE,
  SEED_VOCABULARY,
  TermValue,
  VOCABULARY_STREAM,
  vocabularyDecider,
  VocabularyState,
  YES_NO_OTHER,
  legacyLicenceLists,
} from '@era/licensing-domain';
import { SeededRandom } from './seeded-random';

const DESK = { id: 'staff-desk-07', role: 'desk' };
const ASSOCIATE = { id: 'staff-associate-02', role: 'associate' };
const LIBRARIAN = { id: 'staff-librarian-01', role: 'librarian' };
const LOCATIONS = ['Main Library Information Desk', 'Science Library', 'Law Library', 'Learning Commons', 'Virtual Reference'];
const LICENSORS = ['Springer Nature', 'Elsevier', 'Wiley', 'ITHAKA', 'SAGE'];
const TERMS = DEFAULT_LICENCE_TERMS.filter((term) => term.valueType === 'permission' || term.valueType === 'yes-no-other');

type Stream<S> = { id: string; state: S; revision: ExpectedRevision };

/**
 * Writes what the desk and the licence office do, through the real deciders and one append per decision as the
 * API makes them: inquiries and headcounts recorded and some voided, licences drafted, given versions with terms,
 * corrected and confirmed. Seeded, so that a run can be repeated; every registered projection gets work.
 */
export class LibraryWorkload {
  private readonly inquiries: Stream<InquiryState>[] = [];
  private readonly headcounts: Stream<HeadcountState>[] = [];
  private readonly licences: Stream<LicenceState>[] = [];
  private vocabulary?: VocabularyState;
  /** Events appended so far. */
  written = 0;

  constructor(
    private readonly events: EventStore,
    private readonly random: SeededRandom,
  ) {}

  /** Appends decisions until at least `count` more events are in the log. */
  async write(count: number): Promise<void> {
    const target = this.written + count;
    if (!this.vocabulary) await this.seedVocabulary();
    while (this.written < target) await this.oneDecision();
  }

  private async seedVocabulary(): Promise<void> {
    const stream: Stream<VocabularyState> = { id: VOCABULARY_STREAM, state: vocabularyDecider.initialState, revision: 'no_stream' };
    await this.decide(vocabularyDecider, stream, SEED_VOCABULARY, { now: new Date() }, LIBRARIAN);
    this.vocabulary = stream.state;
  }

  private async oneDecision(): Promise<void> {
    const r = this.random.next();
    if (r < 0.06 && this.inquiries.length > 0) return this.voidInquiry();
    if (r < 0.14) return this.recordHeadcount();
    if (r < 0.16 && this.headcounts.length > 0) return this.voidHeadcount();
    if (r < 0.22) return this.draftLicence();
    if (r < 0.32 && this.licences.length > 0) return this.workOnLicence();
    return this.recordInquiry();
  }

  private async recordInquiry(): Promise<void> {
    const inquiryId = this.random.uuid();
    const stream: Stream<InquiryState> = { id: inquiryStream(inquiryId), state: inquiryDecider.initialState, revision: 'no_stream' };
    const data = {
      inquiryId,
      location: this.random.pick(LOCATIONS),
      channel: this.random.pick(CHANNELS),
      questionType: this.random.pick(QUESTION_TYPES),
      readLevel: this.random.pick(READ_LEVELS),
      durationMinutes: this.random.int(1, 90),
      occurredAt: new Date(Date.now() - this.random.int(0, 72) * 3_600_000).toISOString(),
    };
    await this.decide(inquiryDecider, stream, { type: 'RecordInquiry', data }, { now: new Date() }, DESK);
    this.inquiries.push(stream);
  }

  private async voidInquiry(): Promise<void> {
    const [stream] = this.inquiries.splice(this.random.int(0, this.inquiries.length - 1), 1);
    const inquiryId = stream.id.slice(inquiryStream('').length);
    await this.decide(inquiryDecider, stream, { type: 'VoidInquiry', data: { inquiryId, reason: 'recorded twice' } }, { now: new Date() }, DESK, 'correction');
  }

  private async recordHeadcount(): Promise<void> {
    const headcountId = this.random.uuid();
    const stream: Stream<HeadcountState> = { id: headcountStream(headcountId), state: headcountDecider.initialState, revision: 'no_stream' };
    const data = { headcountId, location: this.random.pick(LOCATIONS.slice(0, 4)), count: this.random.int(3, 300) };
    await this.decide(headcountDecider, stream, { type: 'RecordHeadcount', data }, { now: new Date() }, DESK);
    this.headcounts.push(stream);
  }

  private async voidHeadcount(): Promise<void> {
    const [stream] = this.headcounts.splice(this.random.int(0, this.headcounts.length - 1), 1);
    const headcountId = stream.id.slice(headcountStream('').length);
    await this.decide(
      headcountDecider,
      stream,
      { type: 'VoidHeadcount', data: { headcountId, reason: 'counted twice' } },
      { now: new Date() },
      DESK,
      'correction',
    );
  }

  private async draftLicence(): Promise<void> {
    const licenceId = this.random.uuid();
    const licensor = this.random.pick(LICENSORS);
    const stream: Stream<LicenceState> = { id: licenceStream(licenceId), state: licenceDecider.initialState, revision: 'no_stream' };
    const data = {
      licenceId,
      name: `${licensor} journals ${this.licences.length + 1}`,
      licensor,
      type: 'local' as const,
      resourceIds: [`e-${licenceId.slice(0, 8)}`],
    };
    await this.decide(licenceDecider, stream, { type: 'DraftLicence', data }, this.licensingContext(), ASSOCIATE);
    this.licences.push(stream);
  }

  /** The next step of a licence's paperwork: its original version, a correction of it, then the librarian's confirmation. */
  private async workOnLicence(): Promise<void> {
    const stream = this.random.pick(this.licences);
    const licenceId = stream.id.slice(licenceStream('').length);
    const versionId = `${licenceId}-original`;
    const step = typeof stream.revision === 'number' ? stream.revision : 0;
    if (step === 0) {
      const terms = Object.fromEntries(TERMS.slice(0, 4).map((term) => [term.key, this.termValue(term.valueType)]));
      const data = { licenceId, versionId, kind: 'original' as const, label: 'Signed agreement', effectiveFrom: '2025-01-01', terms, directedBy: LIBRARIAN.id };
      await this.decide(licenceDecider, stream, { type: 'RecordVersion', data }, this.licensingContext(), ASSOCIATE);
    } else if (step === 1) {
      const term = TERMS[4];
      const data = { licenceId, versionId, reason: 'Entered the value of the wrong clause', terms: { [term.key]: this.termValue(term.valueType) } };
      await this.decide(licenceDecider, stream, { type: 'CorrectVersion', data }, this.licensingContext(), ASSOCIATE, data.reason);
    } else if (step === 2) {
      await this.decide(licenceDecider, stream, { type: 'ConfirmVersion', data: { licenceId, versionId } }, this.licensingContext(), LIBRARIAN);
    } else {
      await this.draftLicence();
    }
  }

  private termValue(valueType: string): TermValue {
    return { value: valueType === 'permission' ? this.random.pick(PERMISSION_SCALE) : this.random.pick(YES_NO_OTHER) };
  }

  private licensingContext(): LicensingContext {
    const vocabulary = this.vocabulary;
    if (!vocabulary) throw new Error('the vocabulary is seeded first');
    return { now: new Date(), vocabulary, lists: legacyLicenceLists, staffRoleOf: (staffId) => (staffId === LIBRARIAN.id ? LIBRARIAN.role : undefined) };
  }

  private async decide<C extends DomainEvent, S, E extends DomainEvent, X extends DecisionContext>(
    decider: Decider<C, S, E, X>,
    stream: Stream<S>,
    command: C,
    context: X,
    actor: { id: string; role: string },
    reason?: string,
  ): Promise<void> {
    const decided = decider.decide(command, stream.state, context);
    if (decided.length === 0) return;
    const correlationId = `fault-suite-${this.random.uuid()}`;
    const metadata: AppendMetadata = { actor, correlationId, causationId: correlationId, source: 'api', ...(reason && { reason }) };
    const result = await this.events.append(stream.id, decided, { expectedRevision: stream.revision, metadata });
    stream.revision = result.nextExpectedRevision;
    for (const [index, event] of decided.entries()) stream.state = decider.evolve(stream.state, { ...event, metadata: result.events[index].metadata });
    this.written += decided.length;
  }
}
