import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CommandOutcome } from '@era/command-handling';
import { etagOf, ResponseHeaders } from '@era/platform';

/** What every register write answers: the entry (an id, or a vocabulary key), its stream revision and the position to read after. */
export class RegisterWriteAccepted {
  @ApiProperty({ example: 'ebsco', description: 'The organisation, platform or contact id, or the vocabulary key' }) id!: string;
  @ApiProperty({ description: 'Stream revision after the write; also sent as ETag, to send back as If-Match' }) revision!: number;
  @ApiProperty({ description: 'Global position of the event; pass as X-Min-Position to read your write' }) position!: number;
  @ApiPropertyOptional({ example: '/organisations/ebsco', description: 'Where to read what was written' }) location?: string;
  @ApiProperty({ description: 'false when nothing new was recorded (an idempotent retry)' }) created!: boolean;
}

export interface RegisterWrite {
  id: string;
  outcome: CommandOutcome<unknown>;
  location?: string;
}

/**
 * ETag and position headers for every write; 201 (with Location, when known) when the write created something new,
 * 200 for a change to what exists or for a retry that decided nothing.
 */
export function registerWriteResponse(
  response: ResponseHeaders,
  { id, outcome, location }: RegisterWrite,
  options: { creates?: boolean } = {},
): RegisterWriteAccepted {
  response.setHeader('ETag', etagOf(outcome.revision));
  response.setHeader('X-Event-Position', String(outcome.position));
  const created = outcome.appended && !!options.creates;
  if (created && location) response.setHeader('Location', location);
  response.status(created ? 201 : 200);
  return { id, revision: outcome.revision, position: outcome.position, ...(location && { location }), created };
}
