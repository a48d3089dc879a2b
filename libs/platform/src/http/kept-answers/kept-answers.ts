import { Inject, Injectable } from '@nestjs/common';
import { ReadStore } from '@era/read-store';
import { READ_STORE } from '../../stores/tokens';
import { KeptAnswer } from './kept-answer';
import { WholeAnswers } from './whole-answers';

/** How many answers are kept, and how many bytes in all. */
export const KEPT_ANSWERS = 500;
export const KEPT_BYTES = 64 * 1024 * 1024;

/** The read models' generations and positions as one comparable string, and the lowest position among them. */
export interface ReadModelState {
  state: string;
  lowestPosition: number;
}

/**
 * Nest's answers to kept read routes (@KeepAnswers), by request, the latest of each: a request whose answer was built
 * at the read models' current positions gets the same bytes again (serveKeptAnswers) without Nest. An answer built
 * at older positions is never sent: it is replaced by the next one Nest builds.
 */
@Injectable()
export class KeptAnswers {
  private readonly answers = new WholeAnswers<KeptAnswer>(KEPT_ANSWERS, KEPT_BYTES);
  /** Answers Nest is building now, by request: the same requests meanwhile wait for them rather than build them too. */
  private readonly building = new Map<string, Promise<void>>();

  /** The last state read, by read models, with the store's change mark it was read at. */
  private readonly states = new Map<string, { mark: string; state: ReadModelState }>();

  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  held(requestKey: string): KeptAnswer | undefined {
    return this.answers.held(requestKey);
  }

  keep(requestKey: string, answer: KeptAnswer): void {
    this.answers.keep(requestKey, answer);
  }

  /** Nest starts building the answer to a request; call the function returned once it is kept or will not be. */
  startBuilding(requestKey: string): () => void {
    if (this.building.has(requestKey)) return () => undefined;
    let finish = () => undefined as void;
    this.building.set(requestKey, new Promise<void>((resolve) => (finish = resolve)));
    let finished = false;
    return () => {
      if (finished) return;
      finished = true;
      this.building.delete(requestKey);
      finish();
    };
  }

  /** Settles once the answer Nest is building for the request is kept (or will not be); undefined when none is being built. */
  whenBuilt(requestKey: string): Promise<void> | undefined {
    return this.building.get(requestKey);
  }

  /** The read models' state as last read, where the store says nothing was written since; undefined otherwise. */
  stateOfAtOnce(readModels: readonly string[]): ReadModelState | undefined {
    const mark = this.reads.changeMark?.();
    if (mark === undefined) return undefined;
    const known = this.states.get(readModels.join('\n'));
    return known?.mark === mark ? known.state : undefined;
  }

  /** The read models' state; read again only once the store says something was written since the last read. */
  async stateOf(readModels: readonly string[]): Promise<ReadModelState> {
    const mark = this.reads.changeMark?.();
    if (mark === undefined) return this.readStateOf(readModels);
    const key = readModels.join('\n');
    const known = this.states.get(key);
    if (known?.mark === mark) return known.state;
    const state = await this.readStateOf(readModels);
    // Kept under the mark taken before reading: a write meanwhile moves the mark, and the next request reads again.
    this.states.set(key, { mark, state });
    return state;
  }

  private async readStateOf(readModels: readonly string[]): Promise<ReadModelState> {
    let state = '';
    let lowestPosition = Number.MAX_SAFE_INTEGER;
    for (const name of readModels) {
      const checkpoint = await this.reads.readCheckpoint(name);
      const position = checkpoint?.position ?? 0;
      state += `${checkpoint?.generation ?? '-'}@${position};`;
      lowestPosition = Math.min(lowestPosition, position);
    }
    return { state, lowestPosition };
  }
}
