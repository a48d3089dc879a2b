import { PickType } from '@nestjs/swagger';
import { AzFiltersDto } from '../get-a-z/get-a-z.dto';

/** One entry: on which day, as recorded when. */
export class GetAzEntryQueryDto extends PickType(AzFiltersDto, ['activeOn', 'knownAt'] as const) {}
