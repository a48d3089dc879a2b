import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { GROUPS_WITH_EXPIRY, IDENTITY_DOCUMENT_TYPES, PATRON_GROUPS } from '@era/circulation-domain';
import { AllowRoles, CIRCULATION_REVIEWERS, CIRCULATION_STAFF } from '@era/platform';

export interface PatronGroupListing {
  patronGroups: { key: string; expiryRequired: boolean; identityDocumentRequired: boolean }[];
  identityDocumentTypes: readonly string[];
}

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/patron-groups')
export class PatronGroupsController {
  /** The patron groups a borrower may be registered in, and what each registration needs; the document kinds the desk accepts. */
  @Get()
  @AllowRoles(...new Set([...CIRCULATION_STAFF, ...CIRCULATION_REVIEWERS]))
  @ApiOkResponse({ description: 'Every patron group, whether it needs an expiry date and an identity document, and the document kinds accepted' })
  list(): PatronGroupListing {
    return {
      patronGroups: PATRON_GROUPS.map((key) => ({
        key,
        expiryRequired: GROUPS_WITH_EXPIRY.includes(key),
        identityDocumentRequired: GROUPS_WITH_EXPIRY.includes(key),
      })),
      identityDocumentTypes: IDENTITY_DOCUMENT_TYPES,
    };
  }
}
