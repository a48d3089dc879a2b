import { ApiProperty } from '@nestjs/swagger';
import { CommandOutcome } from '@era/command-handling';

/** What every desk write answers: the entry, its stream revision (the ETag) and the global position to read after. */
export class WriteAccepted {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Stream revision after the write; also sent as ETag' }) revision!: number;
  @ApiProperty({ description: 'Global position of the event; pass as X-Min-Position to read your write elsewhere' }) position!: number;
  @ApiProperty({ description: 'false when the same entry had already been recorded (an idempotent retry)' }) created!: boolean;
}

/** A desk command's result: the entry's canonical id and what the command path did. */
export interface DeskWrite {
  id: string;
  outcome: CommandOutcome<unknown>;
}
