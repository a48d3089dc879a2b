import { SecretBodyField } from '@era/platform';

/**
 * PUT /vendor-accounts/{id}/secret carries the vendor's password or API key in `secret`, on its way into the vault:
 * the credential screen (which would refuse a password as text) leaves that one field alone.
 */
export const VENDOR_SECRET_FIELD: SecretBodyField = { method: 'PUT', path: /^\/vendor-accounts\/[^/]+\/secret\/?$/, field: 'secret' };
