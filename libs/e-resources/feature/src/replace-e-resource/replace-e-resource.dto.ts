import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { ReasonDto } from '../shared/reason.dto';
import { RESOURCE_ID, RESOURCE_ID_MESSAGE } from '../shared/validation';

export class ReplaceEResourceDto extends ReasonDto {
  @ApiProperty({ example: 'jstor/arts-2', description: 'The resource users should use instead' })
  @IsString()
  @MaxLength(120)
  @Matches(RESOURCE_ID, { message: `replacedBy ${RESOURCE_ID_MESSAGE}` })
  replacedBy!: string;
}
