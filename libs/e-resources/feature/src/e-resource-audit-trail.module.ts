import { Module } from '@nestjs/common';
import { EResourceAuditTrailController } from './e-resource-audit-trail/e-resource-audit-trail.controller';
import { EResourceAuditTrailHandler } from './e-resource-audit-trail/e-resource-audit-trail.handler';

/** The resource audit trail, read from its projection (for auditors, associates, the librarian and admins). */
@Module({ controllers: [EResourceAuditTrailController], providers: [EResourceAuditTrailHandler] })
export class EResourceAuditTrailModule {}
