import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, Matches } from 'class-validator';
import { SEAL_DIGEST } from '@era/ledger-integrity';

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

  @ApiPropertyOptional({
    type: [String],
    description: 'A seal digest kept outside the system (repeatable): the answer says whether a recorded seal has it and holds, and is not ok unless each does',
  })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? [value] : value))
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(SEAL_DIGEST, { each: true, message: 'sealDigest must be a SHA-256 digest: 64 lower-case hex digits' })
  sealDigest?: string[];
}
