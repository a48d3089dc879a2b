/**
 * Which of a licence's resource ids name a resource registered in e-resources. E-resources owns the register and
 * licensing may not import it: the application provides this port; without a provider the licence view leaves the
 * marks out.
 */
export interface RegisteredResources {
  registered(resourceIds: readonly string[]): Promise<ReadonlySet<string>>;
}

export const REGISTERED_RESOURCES = Symbol('RegisteredResources');
