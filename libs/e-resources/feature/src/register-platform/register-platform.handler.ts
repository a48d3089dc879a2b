import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { AppendMetadata } from '@era/event-store';
import { RegisterPlatform } from '@era/e-resources-domain';
import { PlatformCommands } from '../register-shared/platform-commands';
import { RegisterWrite } from '../register-shared/register-write';

/** A client may choose the id (`jstor`, or a UUID so that a retry registers once); otherwise it gets a new UUID. */
export type RegisterPlatformRequest = Omit<RegisterPlatform['data'], 'platformId'> & { platformId?: string };

@Injectable()
export class RegisterPlatformHandler {
  constructor(private readonly platforms: PlatformCommands) {}

  execute(data: RegisterPlatformRequest, metadata: AppendMetadata): Promise<RegisterWrite> {
    const platformId = canonicalId(data.platformId ?? randomUUID());
    return this.platforms.handle({ type: 'RegisterPlatform', data: { ...data, platformId } }, metadata);
  }
}
