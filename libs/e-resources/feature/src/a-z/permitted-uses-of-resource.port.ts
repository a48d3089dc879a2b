/** A licence's public note on one of the key permitted uses (ILL, course reserves, text and data mining). */
export interface PermittedUseNote {
  /** The licence term's key, e.g. `ill-electronic`. */
  key: string;
  label: string;
  note: string;
}

/**
 * What the licences linked to each resource say publicly about its key permitted uses on a day. e-resources may not
 * import licensing: the API composes an implementation over the licensing read model (apps/api).
 */
export interface PermittedUsesOfResource {
  publicNotes(resourceIds: readonly string[], effectiveOn: string): Promise<ReadonlyMap<string, readonly PermittedUseNote[]>>;
}

export const PERMITTED_USES_OF_RESOURCE = Symbol('PermittedUsesOfResource');

/** Until a licensing read model is composed in: no resource has a permitted-use note. */
export const NO_PERMITTED_USES: PermittedUsesOfResource = { publicNotes: async () => new Map() };
