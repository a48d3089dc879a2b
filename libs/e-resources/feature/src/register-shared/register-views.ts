import { OrganisationDocument, PlatformDocument, ResourceTypeDocument } from '@era/projection-e-resource-register';

type Stored<T> = T & { _position?: number };

/** An organisation as staff read it: the read model's own bookkeeping left out. */
export type OrganisationView = Omit<OrganisationDocument, 'filingKey' | 'lastPosition'>;
export type PlatformView = Omit<PlatformDocument, 'filingKey' | 'lastPosition'> & { providerName?: string };

export function organisationView(document: OrganisationDocument): OrganisationView {
  const { filingKey: _filingKey, lastPosition: _lastPosition, _position, ...view } = document as Stored<OrganisationDocument>;
  return view;
}

export function platformView(document: PlatformDocument, providerName: string | undefined): PlatformView {
  const { filingKey: _filingKey, lastPosition: _lastPosition, _position, ...view } = document as Stored<PlatformDocument>;
  return { ...view, ...(providerName !== undefined && { providerName }) };
}

/** A vocabulary term as listed: deprecation as a flag and a reason. */
export interface TermView {
  key: string;
  label: string;
  deprecated: boolean;
  deprecationReason?: string;
}

export function termView({ key, label, deprecated }: ResourceTypeDocument): TermView {
  return { key, label, deprecated: deprecated !== undefined, ...(deprecated && { deprecationReason: deprecated.reason }) };
}
