import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CommandOutcome } from '@era/command-handling';

/** What every e-resource write answers: the resource, its stream revision (the ETag) and the global position to read after. */
export class EResourceWriteAccepted {
  @ApiProperty({ example: 'jstor/arts-1', description: 'The resource' }) id!: string;
  @ApiPropertyOptional({ description: 'The activation the write concerns, where it concerns one' }) activationId?: string;
  @ApiProperty({ description: 'Stream revision after the write; also sent as ETag, to send back as If-Match' }) revision!: number;
  @ApiProperty({ description: 'Global position of the event; pass as X-Min-Position to read your write elsewhere' }) position!: number;
  @ApiProperty({ example: '/e-resources/jstor%2Farts-1', description: 'Where to read the resource (its id URL-encoded)' }) location!: string;
  @ApiProperty({ description: 'false when nothing new was recorded (an idempotent retry)' }) created!: boolean;
}

/** An e-resource command's result: the resource (and activation) in canonical form, and what the command path did. */
export interface EResourceWrite {
  id: string;
  activationId?: string;
  outcome: CommandOutcome<unknown>;
}
