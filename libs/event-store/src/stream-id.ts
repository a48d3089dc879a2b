import { InvalidAppendError } from './errors';

/** Stream ids are `category-id`; kept to a safe alphabet so that every engine stores them alike. */
const STREAM_ID = /^[A-Za-z][A-Za-z0-9_.:-]{0,199}$/;

export function assertValidStreamId(streamId: string): void {
  if (!STREAM_ID.test(streamId)) throw new InvalidAppendError(`invalid stream id: ${JSON.stringify(streamId)}`);
}
