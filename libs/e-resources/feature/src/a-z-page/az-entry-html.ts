import { Html, html } from '@era/html';
import { AzEntry } from '../a-z/a-z-listing';
import { longDate, safeLink } from './az-page-links';

/**
 * One resource: its name as the link to it (already proxied by the query when it goes through the proxy), then what
 * a reader needs before following it. Badges are words, so that nothing is said by colour alone.
 */
export function entryHtml(entry: AzEntry): Html {
  const link = safeLink(entry.link);
  return html`<li class="entry">
<h3>${link ? html`<a href="${link}">${entry.name}</a>` : entry.name}</h3>
${badges(entry)}${entry.description ? html`<p>${entry.description}</p>\n` : ''}<dl class="facts">
<dt>Type</dt><dd>${entry.resourceType.label}</dd>
${entry.subjects.length > 0 ? html`<dt>Subjects</dt><dd>${entry.subjects.map((subject) => subject.label).join(', ')}</dd>\n` : ''}${
    entry.vendor ? html`<dt>Provider</dt><dd>${entry.vendor.name}</dd>\n` : ''
  }${entry.accessNotes ? html`<dt>Access</dt><dd>${entry.accessNotes}</dd>\n` : ''}${link ? '' : html`<dt>Link</dt><dd>Not available online; ask at the library.</dd>\n`}${permittedUses(entry)}</dl>
</li>
`;
}

function badges(entry: AzEntry): Html | string {
  if (!entry.isNew && !entry.isTrial) return '';
  const trialEnd = entry.trialEndsOn ? html` (ends <time datetime="${entry.trialEndsOn}">${longDate(entry.trialEndsOn)}</time>)` : '';
  return html`<p>${entry.isNew ? html`<span class="badge badge-new">New</span>` : ''}${entry.isTrial ? html`<span class="badge badge-trial">Trial${trialEnd}</span>` : ''}</p>\n`;
}

/** What the licence lets readers do with it (interlibrary loan, course reserves, text and data mining), in the licence's public words. */
function permittedUses(entry: AzEntry): Html | string {
  if (entry.permittedUses.length === 0) return '';
  return html`<dt>Permitted uses</dt><dd><ul>
${entry.permittedUses.map((use) => html`<li><strong>${use.label}:</strong> ${use.note}</li>\n`)}</ul></dd>
`;
}
