import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export const SEAL_REASON_MAX = 500;

/** Sealing needs nothing but may say why, e.g. "year-end compliance review 2026". */
export class SealLedgerDto {
  @ApiPropertyOptional({ example: 'year-end compliance review', maxLength: SEAL_REASON_MAX })
  @IsOptional()
  @IsString()
  @Matches(/\S/, { message: 'reason must not be blank' })
  @MaxLength(SEAL_REASON_MAX)
  reason?: string;
}

/** What sealing answers: the digest to keep outside the system, and where the seal landed. */
export class LedgerSealReceiptView {
  @ApiProperty({
    description:
      'SHA-256 hex of the canonical {sealedThroughPosition, categories: [{category, streamCount, headsDigest}]}, which commits to every stream head: keep it outside the system',
  })
  digest!: string;
  @ApiProperty({ description: 'The seal holds the head of every stream as of this global position' }) sealedThroughPosition!: number;
  @ApiProperty() streamCount!: number;
  @ApiProperty({ description: 'Global position of the seal event' }) position!: number;
}
