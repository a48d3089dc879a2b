import { Module } from '@nestjs/common';
import { AddOrganisationContactController } from './add-organisation-contact/add-organisation-contact.controller';
import { AddOrganisationContactHandler } from './add-organisation-contact/add-organisation-contact.handler';
import { ChooseSubjectBestBetsController } from './choose-subject-best-bets/choose-subject-best-bets.controller';
import { DefineResourceTypeController } from './define-resource-type/define-resource-type.controller';
import { DefineSubjectController } from './define-subject/define-subject.controller';
import { DeprecateResourceTypeController } from './deprecate-resource-type/deprecate-resource-type.controller';
import { DeprecateSubjectController } from './deprecate-subject/deprecate-subject.controller';
import { GetOrganisationController } from './get-organisation/get-organisation.controller';
import { GetOrganisationHandler } from './get-organisation/get-organisation.handler';
import { GetPlatformController } from './get-platform/get-platform.controller';
import { GetPlatformHandler } from './get-platform/get-platform.handler';
import { ListOrganisationsController } from './list-organisations/list-organisations.controller';
import { ListOrganisationsHandler } from './list-organisations/list-organisations.handler';
import { ListPlatformsController } from './list-platforms/list-platforms.controller';
import { ListPlatformsHandler } from './list-platforms/list-platforms.handler';
import { ListResourceTypesController } from './list-resource-types/list-resource-types.controller';
import { ListResourceTypesHandler } from './list-resource-types/list-resource-types.handler';
import { ListSubjectsController } from './list-subjects/list-subjects.controller';
import { ListSubjectsHandler } from './list-subjects/list-subjects.handler';
import { RegisterOrganisationController } from './register-organisation/register-organisation.controller';
import { RegisterOrganisationHandler } from './register-organisation/register-organisation.handler';
import { RegisterPlatformController } from './register-platform/register-platform.controller';
import { RegisterPlatformHandler } from './register-platform/register-platform.handler';
import { RelabelResourceTypeController } from './relabel-resource-type/relabel-resource-type.controller';
import { RelabelSubjectController } from './relabel-subject/relabel-subject.controller';
import { RemoveOrganisationContactController } from './remove-organisation-contact/remove-organisation-contact.controller';
import { ReviseOrganisationDetailsController } from './revise-organisation-details/revise-organisation-details.controller';
import { RevisePlatformDetailsController } from './revise-platform-details/revise-platform-details.controller';
import { OrganisationCommands } from './register-shared/organisation-commands';
import { PlatformCommands } from './register-shared/platform-commands';
import { RegisterLabels, RegisterReads } from './register-shared/register-reads';
import { ResourceTypeSeeder } from './register-shared/resource-type-seeder';
import { VocabularyCommands } from './register-shared/vocabulary-commands';

/**
 * The register around e-resources: organisations (with support and sales contacts), platforms, and the resource-type
 * and subject vocabularies (with best bets). Exports the labels other slices show, and the resource-type seeder for
 * writes that check a type against the vocabulary.
 */
@Module({
  controllers: [
    RegisterOrganisationController,
    ListOrganisationsController,
    GetOrganisationController,
    ReviseOrganisationDetailsController,
    AddOrganisationContactController,
    RemoveOrganisationContactController,
    RegisterPlatformController,
    ListPlatformsController,
    GetPlatformController,
    RevisePlatformDetailsController,
    ListResourceTypesController,
    DefineResourceTypeController,
    RelabelResourceTypeController,
    DeprecateResourceTypeController,
    ListSubjectsController,
    DefineSubjectController,
    RelabelSubjectController,
    DeprecateSubjectController,
    ChooseSubjectBestBetsController,
  ],
  providers: [
    RegisterReads,
    RegisterLabels,
    ResourceTypeSeeder,
    OrganisationCommands,
    PlatformCommands,
    VocabularyCommands,
    RegisterOrganisationHandler,
    ListOrganisationsHandler,
    GetOrganisationHandler,
    AddOrganisationContactHandler,
    RegisterPlatformHandler,
    ListPlatformsHandler,
    GetPlatformHandler,
    ListResourceTypesHandler,
    ListSubjectsHandler,
  ],
  exports: [RegisterLabels, ResourceTypeSeeder],
})
export class RegisterModule {}
