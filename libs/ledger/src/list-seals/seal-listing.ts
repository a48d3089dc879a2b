import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class SealedBy {
  @ApiProperty() id!: string;
  @ApiProperty() role!: string;
}

/** One seal as listed: without its heads, which can be many. */
export class SealListing {
  @ApiProperty() digest!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ type: SealedBy }) sealedBy!: SealedBy;
  @ApiPropertyOptional() reason?: string;
  @ApiProperty() sealedThroughPosition!: number;
  @ApiProperty() streamCount!: number;
  @ApiProperty({ description: 'Global position of the seal event' }) position!: number;
}

export class SealList {
  @ApiProperty({ type: [SealListing], description: 'Oldest first' }) items!: SealListing[];
}
