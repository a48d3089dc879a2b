/** No secret is filed under the reference. */
export class SecretNotFoundError extends Error {
  override readonly name = 'SecretNotFoundError';
}

/**
 * A secret is filed, but none of the configured keys opens it: its key is no longer configured (lost or replaced),
 * or the stored bytes were altered. The events that say it was set stay as they are; only the secret is lost.
 */
export class SecretUnreadableError extends Error {
  override readonly name = 'SecretUnreadableError';
}
