import { Injectable } from '@nestjs/common';
import { AzReads } from './a-z-reads';
import { HeldAnswer, heldAnswerOf, WholeAnswers } from '@era/platform';
import { CacheableResponse, sendHeld } from './public-answer';

/** How many whole public answers are kept, and how many bytes in all (a whole-list CSV of 10,000 resources is ~3 MB). */
export const KEPT_ANSWERS = 500;
export const KEPT_BYTES = 64 * 1024 * 1024;

/** What a public read asks: everything its answer depends on besides the read models (resolved day, instant, filters, representation). */
export interface PublicAsk {
  minPosition?: number;
  /** The request, normalised: the same answer for the same parts. */
  parts: readonly unknown[];
}

/**
 * The public A-Z reads' whole answers, kept: a request whose answer was built at the same read-model positions is
 * answered with the same bytes, and a matching If-None-Match with 304, without building anything. Concurrent
 * requests for an answer not yet kept share one build.
 */
@Injectable()
export class AzPublicAnswers {
  private readonly kept = new WholeAnswers<HeldAnswer>(KEPT_ANSWERS, KEPT_BYTES);
  private readonly building = new Map<string, Promise<HeldAnswer>>();

  constructor(private readonly reads: AzReads) {}

  async send(
    response: CacheableResponse,
    ifNoneMatch: string | undefined,
    ask: PublicAsk,
    build: () => Promise<{ body: string; contentType: string }>,
  ): Promise<void> {
    const fingerprint = await this.reads.fingerprint(ask.minPosition);
    if (fingerprint === undefined) {
      const { body, contentType } = await build();
      return sendHeld(response, ifNoneMatch, heldAnswerOf(body, contentType));
    }
    const key = JSON.stringify([fingerprint, ...ask.parts]);
    sendHeld(response, ifNoneMatch, this.kept.held(key) ?? (await this.built(key, build)));
  }

  private built(key: string, build: () => Promise<{ body: string; contentType: string }>): Promise<HeldAnswer> {
    const running = this.building.get(key);
    if (running) return running;
    const answer = build()
      .then(({ body, contentType }) => {
        const held = heldAnswerOf(body, contentType);
        this.kept.keep(key, held);
        return held;
      })
      .finally(() => this.building.delete(key));
    this.building.set(key, answer);
    return answer;
  }
}
