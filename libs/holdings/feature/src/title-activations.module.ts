import { Module } from '@nestjs/common';
import { ActivateTitlesController } from './activate-titles/activate-titles.controller';
import { ActivateTitlesHandler } from './activate-titles/activate-titles.handler';
import { DeactivateTitlesController } from './deactivate-titles/deactivate-titles.controller';
import { DeactivateTitlesHandler } from './deactivate-titles/deactivate-titles.handler';
import { SelectionUploads } from './title-activations-shared/selection-uploads';
import { TitleActivationCommands } from './title-activations-shared/title-activation-commands';
import { UploadTitleActivationsController } from './upload-title-activations/upload-title-activations.controller';
import { UploadTitleActivationsHandler } from './upload-title-activations/upload-title-activations.handler';
import { UploadTitleDeactivationsController } from './upload-title-deactivations/upload-title-deactivations.controller';
import { UploadTitleDeactivationsHandler } from './upload-title-deactivations/upload-title-deactivations.handler';

/** Selective activation of packages' titles: whole package or chosen titles, by JSON or by an uploaded list. */
@Module({
  controllers: [ActivateTitlesController, DeactivateTitlesController, UploadTitleActivationsController, UploadTitleDeactivationsController],
  providers: [
    TitleActivationCommands,
    SelectionUploads,
    ActivateTitlesHandler,
    DeactivateTitlesHandler,
    UploadTitleActivationsHandler,
    UploadTitleDeactivationsHandler,
  ],
})
export class TitleActivationsModule {}
