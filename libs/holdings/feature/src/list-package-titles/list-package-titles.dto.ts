import { PageQueryDto } from '@era/platform';

/** limit (1–500, default 50) and cursor (nextCursor of the previous page). */
export class ListPackageTitlesQueryDto extends PageQueryDto {}
