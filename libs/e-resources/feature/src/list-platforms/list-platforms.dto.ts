import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { REGISTER_ID, REGISTER_ID_FORM, REGISTER_ID_MAX } from '../register-shared/register-validation';

/** Platforms in filing order, optionally only those of one provider. */
export class ListPlatformsQueryDto {
  @ApiPropertyOptional({ example: 'ithaka' })
  @IsOptional()
  @IsString()
  @MaxLength(REGISTER_ID_MAX)
  @Matches(REGISTER_ID, { message: `providerId must be ${REGISTER_ID_FORM}` })
  providerId?: string;
}
