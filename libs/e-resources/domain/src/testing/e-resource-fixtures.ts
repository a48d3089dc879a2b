/** Fixtures for the e-resource decider's specs: one resource, one subscription activation, and helpers to vary them. */
import { deciderSpecification } from '@era/decider/testing';
import { ActivateResource, EResourceCommand, RegisterEResource } from '../e-resource-commands';
import { eResourceDecider } from '../e-resource-decider';
import { EResourceEvent, EResourceRegistered, ResourceActivated } from '../e-resource-events';

export const NOW = new Date('2026-03-10T12:00:00.000Z');
export const spec = deciderSpecification(eResourceDecider, { now: NOW });
export const ID = 'jstor/arts-1';

export const registration: EResourceRegistered = {
  resourceId: ID,
  name: 'JSTOR Arts & Sciences I',
  alternateNames: [],
  formerNames: [],
  resourceType: 'database',
  subjects: [],
  accessUrl: 'https://www.jstor.org/',
  proxied: true,
  hidden: false,
};
export const registered = (data: Partial<EResourceRegistered> = {}): EResourceEvent => ({ type: 'EResourceRegistered', data: { ...registration, ...data } });
export const register = (data: Partial<RegisterEResource['data']> = {}): RegisterEResource => ({
  type: 'RegisterEResource',
  data: { resourceId: ID, name: 'JSTOR Arts & Sciences I', resourceType: 'database', accessUrl: 'https://www.jstor.org/', proxied: true, ...data },
});
export const activation = (data: Partial<ResourceActivated> = {}): ResourceActivated => ({
  resourceId: ID,
  activationId: 'a-1',
  effectiveFrom: '2026-01-01',
  accessKind: 'subscription',
  audience: { kind: 'everyone' },
  reason: 'subscribed for 2026',
  ...data,
});
export const activated = (data: Partial<ResourceActivated> = {}): EResourceEvent => ({ type: 'ResourceActivated', data: activation(data) });
export const activate = (data: Partial<ActivateResource['data']> = {}): ActivateResource => ({ type: 'ActivateResource', data: { ...activation(), ...data } });
export const deactivated = (effectiveOn: string, activationId = 'a-1'): EResourceEvent => ({
  type: 'ResourceDeactivated',
  data: { resourceId: ID, activationId, effectiveOn, reason: 'cancelled' },
});
export const command = <T extends EResourceCommand['type']>(type: T, data: Extract<EResourceCommand, { type: T }>['data']) =>
  ({ type, data }) as EResourceCommand;
