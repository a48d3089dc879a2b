import { applyDecorators, HttpCode } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiParam } from '@nestjs/swagger';
import { E_RESOURCE_EDITORS } from '@era/decider';
import { AllowRoles } from '@era/platform';
import { EResourceWriteAccepted } from './write-accepted';

/** What every change to an existing resource declares: editors only, 200, If-Match, the URL-encoded id, its answer. */
export function EResourceChange(summary: string) {
  return applyDecorators(
    HttpCode(200),
    AllowRoles(...E_RESOURCE_EDITORS),
    ApiBearerAuth(),
    ApiOperation({ summary }),
    ApiParam({ name: 'id', description: 'The resource id, URL-encoded (an id may hold `/`, sent as %2F)' }),
    ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the resource as last read; a stale one gets 409' }),
    ApiOkResponse({ type: EResourceWriteAccepted, description: 'Recorded, or nothing new for a repeat of what is already so' }),
  );
}
