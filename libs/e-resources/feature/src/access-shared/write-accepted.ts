import { ApiProperty } from '@nestjs/swagger';
import { CommandOutcome } from '@era/command-handling';

/** What every IP-range and vendor-account write answers: the entity, its stream revision (the ETag) and position. */
export class AccessWriteAccepted {
  @ApiProperty({ format: 'uuid', description: 'The range, sending or account' }) id!: string;
  @ApiProperty({ description: 'Stream revision after the write; also sent as ETag' }) revision!: number;
  @ApiProperty({ description: 'Global position of the event; pass as X-Min-Position to read your write elsewhere' }) position!: number;
  @ApiProperty({ description: 'false when nothing new was recorded (an idempotent retry)' }) created!: boolean;
}

/** A command's result: the entity's canonical id and what the command path did. */
export interface AccessWrite {
  id: string;
  outcome: CommandOutcome<unknown>;
}
