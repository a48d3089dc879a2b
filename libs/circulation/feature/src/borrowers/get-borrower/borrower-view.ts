import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class CardView {
  @ApiProperty({ example: '**********3456', description: 'The number with all but its last four characters hidden' }) number!: string;
  @ApiProperty({ enum: ['active', 'replaced', 'lost'] }) status!: 'active' | 'replaced' | 'lost';
  @ApiProperty({ enum: ['registration', 'replacement'] }) issuedAt!: 'registration' | 'replacement';
  @ApiProperty() issuedOn!: string;
}

export class IdentityDocumentView {
  @ApiProperty() type!: string;
  @ApiPropertyOptional() number?: string;
  @ApiPropertyOptional() issuedBy?: string;
  @ApiPropertyOptional() expiresOn?: string;
}

/** A borrower as the desk sees them: personal data opened from the key store, or `erased: true` and nothing personal. */
export class BorrowerView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() patronGroup!: string;
  @ApiProperty({ enum: ['active', 'expired', 'erased'] }) status!: 'active' | 'expired' | 'erased';
  @ApiProperty() erased!: boolean;
  @ApiPropertyOptional() registeredAt?: string;
  @ApiPropertyOptional() erasedAt?: string;
  @ApiPropertyOptional() expiresOn?: string;
  @ApiPropertyOptional() name?: string;
  @ApiPropertyOptional() email?: string;
  @ApiPropertyOptional() phone?: string;
  @ApiPropertyOptional() address?: string;
  @ApiPropertyOptional() dateOfBirth?: string;
  @ApiPropertyOptional({ type: IdentityDocumentView }) identityDocument?: IdentityDocumentView;
  @ApiPropertyOptional({ type: [CardView] }) cards?: CardView[];
  @ApiProperty({ description: 'Stream revision; also the ETag' }) revision!: number;
}
