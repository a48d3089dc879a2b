/** The environment asks for something the service cannot run with; it refuses to start and says why. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}
