import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CommandOutcome } from '@era/command-handling';

/** What every licence write answers: the licence, its stream revision (the ETag) and the global position to read after. */
export class LicenceWriteAccepted {
  @ApiProperty({ format: 'uuid', description: 'The licence' }) id!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The version written to, where the write concerns one' }) versionId?: string;
  @ApiProperty({ description: 'Stream revision after the write; also sent as ETag, to send back as If-Match' }) revision!: number;
  @ApiProperty({ description: 'Global position of the event; pass as X-Min-Position to read your write elsewhere' }) position!: number;
  @ApiProperty({ example: '/licences/0b0f…', description: 'Where to read the licence' }) location!: string;
  @ApiProperty({ description: 'false when nothing new was recorded (an idempotent retry)' }) created!: boolean;
}

/** What every vocabulary write answers; the revision is the vocabulary stream's. */
export class TermWriteAccepted {
  @ApiProperty({ example: 'ill-electronic' }) key!: string;
  @ApiProperty({ description: 'Vocabulary stream revision after the write; also sent as ETag' }) revision!: number;
  @ApiProperty({ description: 'Global position of the event' }) position!: number;
  @ApiProperty({ description: 'false when nothing new was recorded' }) created!: boolean;
}

/** A licence command's result: the licence (and version) in canonical form, and what the command path did. */
export interface LicenceWrite {
  id: string;
  versionId?: string;
  outcome: CommandOutcome<unknown>;
}

/** A vocabulary command's result: the term, and what the command path did. */
export interface TermWrite {
  key: string;
  outcome: CommandOutcome<unknown>;
}
