import { Module } from '@nestjs/common';
import { ActivateResourceController } from './activate-resource/activate-resource.controller';
import { ActivateResourceHandler } from './activate-resource/activate-resource.handler';
import { CorrectActivationController } from './correct-activation/correct-activation.controller';
import { CorrectActivationHandler } from './correct-activation/correct-activation.handler';
import { CorrectDeactivationController } from './correct-deactivation/correct-deactivation.controller';
import { CorrectDeactivationHandler } from './correct-deactivation/correct-deactivation.handler';
import { DeactivateResourceController } from './deactivate-resource/deactivate-resource.controller';
import { DeactivateResourceHandler } from './deactivate-resource/deactivate-resource.handler';
import { GetEResourceController } from './get-e-resource/get-e-resource.controller';
import { GetEResourceHandler } from './get-e-resource/get-e-resource.handler';
import { HideEResourceController } from './hide-e-resource/hide-e-resource.controller';
import { HideEResourceHandler } from './hide-e-resource/hide-e-resource.handler';
import { RegisterEResourceController } from './register-e-resource/register-e-resource.controller';
import { RegisterEResourceHandler } from './register-e-resource/register-e-resource.handler';
import { RemoveEResourceStanzaController } from './remove-stanza/remove-stanza.controller';
import { RemoveEResourceStanzaHandler } from './remove-stanza/remove-stanza.handler';
import { ReplaceEResourceController } from './replace-e-resource/replace-e-resource.controller';
import { ReplaceEResourceHandler } from './replace-e-resource/replace-e-resource.handler';
import { RetractActivationController } from './retract-activation/retract-activation.controller';
import { RetractActivationHandler } from './retract-activation/retract-activation.handler';
import { RetractDeactivationController } from './retract-deactivation/retract-deactivation.controller';
import { RetractDeactivationHandler } from './retract-deactivation/retract-deactivation.handler';
import { ReviseEResourceDetailsController } from './revise-e-resource-details/revise-e-resource-details.controller';
import { ReviseEResourceDetailsHandler } from './revise-e-resource-details/revise-e-resource-details.handler';
import { SetEResourceAccessLinkController } from './set-access-link/set-access-link.controller';
import { SetEResourceAccessLinkHandler } from './set-access-link/set-access-link.handler';
import { SetEResourceStanzaController } from './set-stanza/set-stanza.controller';
import { SetEResourceStanzaHandler } from './set-stanza/set-stanza.handler';
import { ShowEResourceController } from './show-e-resource/show-e-resource.controller';
import { ShowEResourceHandler } from './show-e-resource/show-e-resource.handler';
import { EResourceCommands } from './shared/e-resource-commands';
import { ResourceTypeSeeder } from './register-shared/resource-type-seeder';
import { RegisteredReferencesReader } from './shared/registered-references';
import { ResourceVocabularyKeysReader } from './shared/resource-vocabulary-keys';
import { EResourceAuditTrailModule } from './e-resource-audit-trail.module';

/**
 * E-resource writes (register, revise, link, hide/show, stanza, replacement; activations, deactivations and their
 * corrections and retractions) and the staff view of one resource, folded from its stream. It brings the resource
 * audit trail along, so that the application composes the e-resource staff side with one import.
 */
@Module({
  imports: [EResourceAuditTrailModule],
  controllers: [
    RegisterEResourceController,
    GetEResourceController,
    ReviseEResourceDetailsController,
    SetEResourceAccessLinkController,
    HideEResourceController,
    ShowEResourceController,
    SetEResourceStanzaController,
    RemoveEResourceStanzaController,
    ReplaceEResourceController,
    ActivateResourceController,
    DeactivateResourceController,
    CorrectActivationController,
    RetractActivationController,
    CorrectDeactivationController,
    RetractDeactivationController,
  ],
  providers: [
    EResourceCommands,
    ResourceVocabularyKeysReader,
    ResourceTypeSeeder,
    RegisteredReferencesReader,
    GetEResourceHandler,
    RegisterEResourceHandler,
    ReviseEResourceDetailsHandler,
    SetEResourceAccessLinkHandler,
    HideEResourceHandler,
    ShowEResourceHandler,
    SetEResourceStanzaHandler,
    RemoveEResourceStanzaHandler,
    ReplaceEResourceHandler,
    ActivateResourceHandler,
    DeactivateResourceHandler,
    CorrectActivationHandler,
    RetractActivationHandler,
    CorrectDeactivationHandler,
    RetractDeactivationHandler,
  ],
})
export class EResourcesWriteModule {}
