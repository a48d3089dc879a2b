import { ActivationInput, Audience } from '@era/e-resources-domain';
import { ActivationDto } from './activation.dto';

/** The flat body's audience as the domain's; a group sent with another audience is left for no one to misread. */
export function audienceOf(kind: ActivationDto['audience'], group: string | undefined): Audience {
  return kind === 'user-group' ? { kind, group: group ?? '' } : { kind };
}

export function activationInput(body: ActivationDto, resourceId: string, activationId: string): ActivationInput {
  const { audience, audienceGroup, ...rest } = body;
  return { ...rest, resourceId, activationId, audience: audienceOf(audience, audienceGroup) };
}
