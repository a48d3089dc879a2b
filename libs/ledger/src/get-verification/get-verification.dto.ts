import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, Matches } from 'class-validator';

/** What a stream id may start with: the store's own stream-id alphabet. */
const STREAM_PREFIX = /^[A-Za-z][A-Za-z0-9_.:-]{0,199}$/;

export class GetVerificationQueryDto {
  @ApiPropertyOptional({
    type: [String],
    example: ['licence-'],
    description: 'Only verify streams (and sealed heads) whose id starts with one of these; repeat the parameter for several',
  })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? [value] : value))
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(STREAM_PREFIX, { each: true, message: 'streamPrefix must be the start of a stream id, e.g. licence-' })
  streamPrefix?: string[];
}
