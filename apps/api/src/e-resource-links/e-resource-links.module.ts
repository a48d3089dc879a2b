import { Global, Module } from '@nestjs/common';
import { EResourceRegister, LICENCES_OF_RESOURCE } from '@era/e-resources';
import { REGISTERED_RESOURCES } from '@era/licensing';
import { LicensingLicencesOfResource } from './licences-of-resource.adapter';

/**
 * The two areas know each other only through ports the application fills: the e-resource staff view lists the
 * licences that link a resource (from licensing's read model), and a licence marks each linked id as registered
 * or not (from the e-resource register).
 */
@Global()
@Module({
  providers: [
    { provide: LICENCES_OF_RESOURCE, useClass: LicensingLicencesOfResource },
    { provide: REGISTERED_RESOURCES, useClass: EResourceRegister },
  ],
  exports: [LICENCES_OF_RESOURCE, REGISTERED_RESOURCES],
})
export class EResourceLinksModule {}
