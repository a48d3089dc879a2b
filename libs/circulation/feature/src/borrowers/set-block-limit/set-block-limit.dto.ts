import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsIn, IsString, MaxLength } from 'class-validator';
import { BlockLimitValue, PATRON_GROUPS, PatronGroup } from '@era/circulation-domain';

/** Which limit: a patron group's, for one condition. */
export class BlockLimitKeyDto {
  @ApiProperty({ enum: PATRON_GROUPS })
  @IsIn(PATRON_GROUPS)
  patronGroup!: PatronGroup;

  @ApiProperty({ example: 'maxNumberOfItemsChargedOut' })
  @IsString()
  @MaxLength(100)
  condition!: string;
}

/** A patron group's limit for a condition: a whole count, or money ({minor, currency}) for the balance condition. */
export class SetBlockLimitDto extends BlockLimitKeyDto {
  @ApiProperty({
    oneOf: [
      { type: 'integer', minimum: 0 },
      { type: 'object', properties: { minor: { type: 'integer' }, currency: { type: 'string' } } },
    ],
  })
  @IsDefined()
  value!: BlockLimitValue;
}
