import { Inject, Injectable } from '@nestjs/common';
import { AppendMetadata, EventStore } from '@era/event-store';
import { LicenceEvent, VocabularyEvent, VocabularyState } from '@era/licensing-domain';
import { decideAndAppend, DecisionOutcome, EVENT_STORE, LoadedStream, loadStream, ReadYourWrites, StreamModel } from '@era/platform';
import { asLicensingRefusal } from './licensing-refusal';
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

  /** The term vocabulary every version decision checks its terms against (seeded with the defaults if need be). */
  vocabulary(cause: AppendMetadata): Promise<VocabularyState> {
    return this.seeder.seeded(cause);
  }
}
