import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CommandOutcome } from '@era/command-handling';
import { TitleActivationEvent, TitleActivationState } from '@era/holdings-domain';
import { ResponseHeaders } from '@era/platform';

export interface TitleActivationWrite {
  resourceId: string;
  outcome: CommandOutcome<TitleActivationState, TitleActivationEvent>;
  /** Titles in the package's current list (what a whole-package activation covers today). */
  listedTitles: number;
}

export class TitlesActivatedAnswer {
  @ApiProperty({ example: 'springer/journals-2026' }) resourceId!: string;
  @ApiPropertyOptional({ description: 'Present for a whole-package activation' }) wholePackage?: boolean;
  @ApiProperty({ description: 'Titles activated by this request (a whole package: the titles its current list holds); 0 when nothing was new' })
  activated!: number;
  @ApiProperty({ description: 'Events appended (a large selection is several, of at most 1000 titles each)' }) events!: number;
  @ApiProperty({ description: 'Global position of the newest event of the package’s activations' }) position!: number;
  @ApiPropertyOptional({ description: 'SHA-256 of the uploaded list, kept in the document store when something was recorded' }) list?: string;
}

export class TitlesDeactivatedAnswer {
  @ApiProperty() resourceId!: string;
  @ApiPropertyOptional() wholePackage?: boolean;
  @ApiProperty({ description: 'Titles deactivated by this request (a whole package: the titles its current list holds); 0 when nothing was new' })
  deactivated!: number;
  @ApiProperty() events!: number;
  @ApiProperty() position!: number;
  @ApiPropertyOptional() list?: string;
}

/** Titles the appended events name (a whole-package event: the titles of the current list). */
function titlesIn({ outcome, listedTitles }: TitleActivationWrite): number {
  return outcome.events.reduce((sum, event) => sum + ('titles' in event.data ? event.data.titles.length : listedTitles), 0);
}

/** 201 when something was recorded, 200 for a request that changed nothing (a retry); the position for read-your-writes. */
export function answerTitleActivation(response: ResponseHeaders, write: TitleActivationWrite, wholePackage: boolean, list?: string) {
  response.setHeader('X-Event-Position', String(write.outcome.position));
  response.status(write.outcome.appended ? 201 : 200);
  return {
    resourceId: write.resourceId,
    ...(wholePackage && { wholePackage }),
    count: titlesIn(write),
    events: write.outcome.events.length,
    position: write.outcome.position,
    ...(list !== undefined && write.outcome.appended && { list }),
  };
}
