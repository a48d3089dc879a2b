import { Injectable } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { organisationDecider, organisationStream, platformDecider, platformStream, RegisteredReferences } from '@era/e-resources-domain';
import { CommandPath } from '@era/platform';

/**
 * Which of the platform and vendor ids a command names are in the register, read from their own streams (not a
 * projection, so an entry registered a moment ago counts at once). Only the ids named are read.
 */
@Injectable()
export class RegisteredReferencesReader {
  constructor(private readonly commands: CommandPath) {}

  async of(named: { platformId?: string | null; vendorId?: string | null }): Promise<RegisteredReferences> {
    const [platform, organisation] = await Promise.all([
      typeof named.platformId === 'string' ? this.commands.load(platformStream(named.platformId), platformDecider) : undefined,
      typeof named.vendorId === 'string' ? this.commands.load(organisationStream(named.vendorId), organisationDecider) : undefined,
    ]);
    const found = (id: string | null | undefined, exists: boolean | undefined) => (typeof id === 'string' && exists ? [canonicalId(id)] : []);
    return {
      platforms: new Set(found(named.platformId, platform?.state.exists)),
      organisations: new Set(found(named.vendorId, organisation?.state.exists)),
    };
  }
}
