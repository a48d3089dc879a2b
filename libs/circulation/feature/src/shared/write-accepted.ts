import { ApiProperty } from '@nestjs/swagger';
import { CommandOutcome } from '@era/command-handling';

/** What every circulation write answers: the entity's id, its stream revision (the ETag) and the global position to read after. */
export class WriteAccepted {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'Stream revision after the write; also sent as ETag' }) revision!: number;
  @ApiProperty({ description: 'Global position of the last event; pass as X-Min-Position to read your write elsewhere' }) position!: number;
  @ApiProperty({ description: 'false when the same request had already been recorded (an idempotent retry)' }) created!: boolean;
}

/** A circulation command's result: the entity's canonical id and what the command path did. */
export interface CirculationWrite {
  id: string;
  outcome: CommandOutcome<unknown>;
}
