import { Inject, Injectable } from '@nestjs/common';
import { AppendMetadata, EventStore } from '@era/event-store';
import { LicenceEvent, LicenceState, VOCABULARY_STREAM, VocabularyEvent, VocabularyState } from '@era/licensing-domain';
import { decideAndAppend, DecisionOutcome, EVENT_STORE, LoadedStream, loadStream, ReadYourWrites, StreamModel } from '@era/platform';
import { asLicensingRefusal } from './licensing-refusal';
import { licenceModel, vocabularyModel } from './stream-models';
import { VocabularySeeder } from './vocabulary-seeder';

export interface WriteOptions {
  metadata: AppendMetadata;
  ifMatchRevision?: number;
}

/** The write path every licensing command shares: decide on the stream, append, wait until the read models reflect it. */
@Injectable()
export class LicensingWriter {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    private readonly freshness: ReadYourWrites,
    private readonly seeder: VocabularySeeder,
  ) {}

  async write<S, E extends LicenceEvent | VocabularyEvent>(
    streamId: string,
    model: StreamModel<S, E>,
    decide: (state: S) => E[],
    options: WriteOptions,
  ): Promise<DecisionOutcome<S>> {
    const outcome = await decideAndAppend(this.events, streamId, model, decide, options).catch((error) => Promise.reject(asLicensingRefusal(error)));
    await this.freshness.afterWrite(outcome.position);
    return outcome;
  }

  /** A stream as it stands, for checks made before a write (e.g. before an upload's body is read). */
  load<S, E extends LicenceEvent | VocabularyEvent>(streamId: string, model: StreamModel<S, E>): Promise<LoadedStream<S>> {
    return loadStream(this.events, streamId, model);
  }

  /**
   * A licence decision that checks terms against the vocabulary. While the log holds no vocabulary, the decision is
   * first taken against the defaults in memory: a refusal seeds nothing; an accepted one seeds, then appends.
   */
  async writeWithVocabulary(
    streamId: string,
    decide: (state: LicenceState, vocabulary: VocabularyState) => LicenceEvent[],
    options: WriteOptions,
  ): Promise<DecisionOutcome<LicenceState>> {
    let vocabulary = await this.seeder.current();
    if (!vocabulary.seeded) {
      const { state } = await this.load(streamId, licenceModel);
      this.precheck(() => decide(state, vocabulary.state));
      await this.seeder.seed(options.metadata);
      vocabulary = await this.seeder.current();
    }
    return this.write(streamId, licenceModel, (state) => decide(state, vocabulary.state), options);
  }

  /** A change to the vocabulary itself, decided against the defaults while they are not yet in the log. */
  async writeVocabulary(decide: (vocabulary: VocabularyState) => VocabularyEvent[], options: WriteOptions): Promise<DecisionOutcome<VocabularyState>> {
    const vocabulary = await this.seeder.current();
    if (!vocabulary.seeded) {
      this.precheck(() => decide(vocabulary.state));
      await this.seeder.seed(options.metadata);
    }
    return this.write(VOCABULARY_STREAM, vocabularyModel, decide, options);
  }

  private precheck(decide: () => unknown): void {
    try {
      decide();
    } catch (error) {
      throw asLicensingRefusal(error);
    }
  }
}
