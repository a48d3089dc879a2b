/** A licence that names the resource, as the staff view shows it. */
export interface LicenceOfResource {
  licenceId: string;
  name: string;
  status: string;
  /** The public notes of the licence's permitted uses in force today, by term key (e.g. ill-electronic). */
  permittedUses: { use: string; label?: string; value?: unknown; publicNote?: string }[];
}

/**
 * The licences that link a resource. Licensing owns them and e-resources may not import licensing: the application
 * provides this port (apps/api adapts licensing's read model); without a provider the staff view leaves them out.
 */
export interface LicencesOfResource {
  licencesOf(resourceId: string): Promise<LicenceOfResource[]>;
}

export const LICENCES_OF_RESOURCE = Symbol('LicencesOfResource');
