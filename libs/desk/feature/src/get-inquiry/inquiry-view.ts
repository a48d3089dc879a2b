import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** An inquiry as it stands, read from its own stream. */
export class InquiryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['recorded', 'voided'] }) status!: 'recorded' | 'voided';
  @ApiProperty() location!: string;
  @ApiProperty() channel!: string;
  @ApiProperty() questionType!: string;
  @ApiProperty() readLevel!: number;
  @ApiProperty() durationMinutes!: number;
  @ApiProperty() occurredAt!: string;
  @ApiPropertyOptional() referral?: string;
  @ApiPropertyOptional() note?: string;
  @ApiPropertyOptional() voidReason?: string;
  @ApiProperty({ description: 'Stream revision; also the ETag' }) revision!: number;
}
