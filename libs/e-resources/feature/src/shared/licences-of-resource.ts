/** A licence that names the resource, as the staff view shows it. */
export interface LicenceOfResource {
  licenceId: string;
  name: string;
  status: string;
  /** Whether the licence answers for today (active, and an original or renewal covers today). */
  applies: boolean;
  /** What the licence says today about each use it states (e.g. ill-electronic), with its public note; empty when it does not apply. */
  permittedUses: { use: string; label: string; valueLabel: string; publicNote?: string }[];
}

/**
 * The licences that link a resource. Licensing owns them and e-resources may not import licensing: the application
 * provides this port (apps/api adapts licensing's read model); without a provider the staff view leaves them out.
 */
export interface LicencesOfResource {
  licencesOf(resourceId: string): Promise<LicenceOfResource[]>;
  /**
   * What the answers stand on (the licensing read model's generation and position, and today): any change that may
   * change an answer changes it. Without it, public answers that show licences are not kept (see WholeAnswers).
   */
  version?(): Promise<string>;
}

export const LICENCES_OF_RESOURCE = Symbol('LicencesOfResource');
