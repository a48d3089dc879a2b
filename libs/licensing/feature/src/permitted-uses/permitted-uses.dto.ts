import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class PermittedUsesQueryDto {
  @ApiPropertyOptional({ example: 'course-reserves-electronic', description: 'A term key of the vocabulary; every term in force when absent' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  use?: string;
}
