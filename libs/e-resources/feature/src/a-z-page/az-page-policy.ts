import { STRICT_CONTENT_SECURITY_POLICY } from '@era/platform';
import { AZ_PAGE_STYLE_HASH } from './az-page-styles';

/**
 * The strict policy, widened by what the page needs and no more: its own stylesheet by hash, and its search form
 * submitting to this origin. No script runs, nothing is fetched, the page may not be framed.
 */
export const AZ_PAGE_CONTENT_SECURITY_POLICY = Object.entries({
  ...STRICT_CONTENT_SECURITY_POLICY,
  'form-action': ["'self'"],
  'style-src': [`'${AZ_PAGE_STYLE_HASH}'`],
})
  .map(([name, values]) => `${name} ${values.join(' ')}`)
  .join('; ');
