import { Injectable } from '@nestjs/common';
import { organisationNames } from '@era/projection-e-resource-register';
import { Reflecting, RegisterReads } from '../register-shared/register-reads';
import { PlatformView, platformView } from '../register-shared/register-views';

@Injectable()
export class GetPlatformHandler {
  constructor(private readonly register: RegisterReads) {}

  async execute(platformId: string, minPosition: number | undefined): Promise<PlatformView & Reflecting> {
    const { view, fresh } = await this.register.snapshot(minPosition);
    const platform = await this.register.platform(view, platformId);
    const names = await organisationNames(view, [platform.providerId]);
    return { ...platformView(platform, names.get(platform.providerId)), position: view.position, fresh };
  }
}
