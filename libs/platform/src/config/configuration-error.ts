/** A setting the operator must fix: the service says which and why, and does not start. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}
