import { compareFiling } from './filing';

/**
 * EZproxy database stanzas (the grammar as summarised in the shared data's GRAMMAR.md): one directive per line,
 * labels case-insensitive with abbreviations, `#` comment lines and blank lines skipped (a blank line ends a stanza),
 * `\` at the end of a line continues it. Position-dependent directives are checked: openers (`Option DomainCookieOnly`,
 * `AnonymousURL +…`, `AddUserHeader name`, `ProxyHostnameEdit`) go before Title, closers after URL, every opener is
 * closed, Find is directly followed by Replace, URL follows Title, host and domain lines follow URL.
 * Pure and linear: no regular expression on the input beyond line splitting.
 */

export const STANZA_MAX_BYTES = 64 * 1024;
export const STANZA_MAX_LINES = 2000;

export interface StanzaDirective {
  readonly line: number;
  /** The label as written (round-tripped verbatim). */
  readonly name: string;
  /** The canonical long name, e.g. `HostJavaScript` for `HJ`. */
  readonly directive: string;
  readonly value: string;
}

export interface Stanza {
  readonly title: string;
  /** Absent only for a menu separator (a Title with Description lines and nothing else). */
  readonly url: string | undefined;
  readonly directives: readonly StanzaDirective[];
}

export interface StanzaError {
  readonly line: number;
  readonly reason: string;
}

export type StanzasResult = { readonly ok: true; readonly stanzas: readonly Stanza[] } | { readonly ok: false; readonly errors: readonly StanzaError[] };
export type StanzaResult = { readonly ok: true; readonly stanza: Stanza } | { readonly ok: false; readonly errors: readonly StanzaError[] };

const CANONICAL: Readonly<Record<string, string>> = Object.fromEntries(
  [
    ['t', 'Title'],
    ['u', 'URL'],
    ['h', 'Host'],
    ['hj', 'HostJavaScript'],
    ['d', 'Domain'],
    ['dj', 'DomainJavaScript'],
    ['phe', 'ProxyHostnameEdit'],
    ...[
      'Title',
      'URL',
      'Host',
      'HostJavaScript',
      'Domain',
      'DomainJavaScript',
      'ProxyHostnameEdit',
      'Option',
      'Description',
      'Find',
      'Replace',
      'NeverProxy',
      'MimeFilter',
      'HTTPHeader',
      'HTTPMethod',
      'ByteServe',
      'AllowVars',
      'EncryptVar',
      'EBLSecret',
      'AnonymousURL',
      'AddUserHeader',
      'Cookie',
      'FormVariable',
      'FormSelect',
      'FormSubmit',
      'RedirectSafe',
      'Referer',
      'ProxyHostnameEdit',
      'IncludeFile',
      'Group',
      'ExcludeIP',
      'IncludeIP',
      'AutoLoginIP',
      'EBSCOhostAPIKey',
      'Books24x7Site',
      'TokenKey',
      'TokenSignatureKey',
      'ShibbolethMetadata',
    ].map((name) => [name.toLowerCase(), name]),
  ].map(([k, v]) => [k.toLowerCase(), v]),
);

/** Option openers and the option that closes each (lower case). */
const OPTION_CLOSER: Readonly<Record<string, string>> = {
  domaincookieonly: 'cookie',
  nocookie: 'cookie',
  cookiepassthrough: 'cookie',
  hideezproxy: 'nohideezproxy',
  nohttpshyphens: 'httpshyphens',
  metaezproxyrewriting: 'nometaezproxyrewriting',
  proxyftp: 'noproxyftp',
  utf16: 'noutf16',
  'x-forwarded-for': 'nox-forwarded-for',
};
const OPTION_CLOSERS: ReadonlySet<string> = new Set(Object.values(OPTION_CLOSER));
const AFTER_URL: ReadonlySet<string> = new Set(['Host', 'HostJavaScript', 'Domain', 'DomainJavaScript', 'Find', 'FormVariable']);

interface Line {
  readonly line: number;
  readonly text: string;
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  let number = 1;
  let pending: Line | undefined;
  const push = (raw: string) => {
    const joined = pending ? { line: pending.line, text: pending.text + raw } : { line: number, text: raw };
    if (raw.endsWith('\\')) pending = { line: joined.line, text: joined.text.slice(0, -1) };
    else {
      pending = undefined;
      out.push(joined);
    }
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r') {
      push(text.slice(start, i));
      if (ch === '\r' && text[i + 1] === '\n') i++;
      start = i + 1;
      number++;
    }
  }
  if (start < text.length) push(text.slice(start));
  if (pending) out.push(pending);
  return out;
}

type Phase = 'between' | 'title' | 'body';
interface Open {
  readonly line: number;
  readonly closer: string;
  readonly label: string;
  /** A Title was seen since it was opened. */
  used: boolean;
}

/** Parses a config.txt fragment holding zero or more stanzas. */
export function parseStanzas(text: string): StanzasResult {
  if (text.length > STANZA_MAX_BYTES) return { ok: false, errors: [{ line: 0, reason: `larger than ${STANZA_MAX_BYTES} characters` }] };
  const lines = splitLines(text);
  if (lines.length > STANZA_MAX_LINES) return { ok: false, errors: [{ line: 0, reason: `more than ${STANZA_MAX_LINES} lines` }] };

  const errors: StanzaError[] = [];
  const stanzas: Stanza[] = [];
  const opened = new Map<string, Open>();
  let pending: StanzaDirective[] = [];
  let current: { title: string; url: string | undefined; directives: StanzaDirective[]; titleLine: number; onlyDescriptions: boolean } | undefined;
  let phase: Phase = 'between';
  let afterFind: StanzaDirective | undefined;

  const finish = () => {
    if (current) {
      if (current.url === undefined && !current.onlyDescriptions) errors.push({ line: current.titleLine, reason: `Title "${current.title}" has no URL` });
      stanzas.push({ title: current.title, url: current.url, directives: current.directives });
    }
    current = undefined;
    phase = 'between';
  };
  const open = (key: string, closer: string, d: StanzaDirective) => {
    const previous = opened.get(key);
    if (previous?.used) errors.push({ line: previous.line, reason: `${previous.label} opened and never closed before line ${d.line}` });
    opened.set(key, { line: d.line, closer, label: `${d.name} ${d.value}`.trim(), used: false });
  };
  const close = (closer: string, d: StanzaDirective) => {
    for (const [key, o] of opened) {
      if (o.closer !== closer) continue;
      if (!o.used) errors.push({ line: d.line, reason: `${d.name} ${d.value} closes ${o.label} (line ${o.line}) before any Title` });
      opened.delete(key);
    }
  };

  for (const { line, text: raw } of lines) {
    const text = raw.trim();
    if (text === '' || text.startsWith('#')) {
      if (afterFind) {
        errors.push({ line: afterFind.line, reason: 'Find not directly followed by Replace' });
        afterFind = undefined;
      }
      if (text === '' && phase === 'body') finish();
      continue;
    }
    const space = text.indexOf(' ');
    const name = space < 0 ? text : text.slice(0, space);
    const value = space < 0 ? '' : text.slice(space + 1).trim();
    const directive = CANONICAL[name.toLowerCase()];
    if (directive === undefined) {
      errors.push({ line, reason: `unknown directive "${name}"` });
      continue;
    }
    const d: StanzaDirective = { line, name, directive, value };
    if (afterFind && directive !== 'Replace') {
      errors.push({ line: afterFind.line, reason: `Find not directly followed by Replace (line ${line} is ${name})` });
    }
    if (directive === 'Replace' && !afterFind) errors.push({ line, reason: 'Replace without a Find directly before it' });
    afterFind = directive === 'Find' ? d : undefined;

    /** A directive that belongs before a Title: it ends the stanza being read, if its URL has been seen. */
    const beforeTitle = () => {
      if (phase === 'title') errors.push({ line, reason: `${name} ${value} between Title and URL: it belongs before Title` });
      else if (phase === 'body') finish();
    };

    if (directive === 'Title') {
      finish();
      current = {
        title: value.toLowerCase().startsWith('-hide ') ? value.slice(6).trim() : value,
        url: undefined,
        directives: [...pending, d],
        titleLine: line,
        onlyDescriptions: true,
      };
      pending = [];
      phase = 'title';
      if (value === '') errors.push({ line, reason: 'Title without text' });
      for (const o of opened.values()) o.used = true;
      continue;
    }
    if (directive === 'Option') {
      const option = value.toLowerCase();
      const closer = OPTION_CLOSER[option];
      if (closer !== undefined) {
        beforeTitle();
        open(`option:${closer}`, closer, d);
      } else if (OPTION_CLOSERS.has(option)) {
        if (phase === 'title') errors.push({ line, reason: `${name} ${value} between Title and URL: closers go after the last host line` });
        close(option, d);
      }
      (current && phase !== 'between' ? current.directives : pending).push(d);
      continue;
    }
    if (directive === 'AnonymousURL' || directive === 'AddUserHeader') {
      const closes = directive === 'AnonymousURL' ? value === '-*' : value === '';
      if (closes) {
        if (phase === 'title') errors.push({ line, reason: `${name} ${value} between Title and URL`.trim() });
        close(directive, d);
      } else {
        beforeTitle();
        if (!opened.has(directive)) open(directive, directive, d);
      }
      (current && phase !== 'between' ? current.directives : pending).push(d);
      continue;
    }
    if (directive === 'ProxyHostnameEdit') {
      beforeTitle();
      pending.push(d);
      continue;
    }
    if (directive === 'URL') {
      if (!current) errors.push({ line, reason: 'URL before any Title' });
      else if (phase === 'body' || current.url !== undefined) errors.push({ line, reason: `second URL for Title "${current.title}"` });
      else {
        current.url = value;
        current.onlyDescriptions = false;
        phase = 'body';
      }
      if (value === '') errors.push({ line, reason: 'URL without a value' });
      (current ? current.directives : pending).push(d);
      continue;
    }
    if (AFTER_URL.has(directive) && phase !== 'body') {
      errors.push({ line, reason: `${name} before ${current ? 'the URL' : 'any Title'}: it belongs after URL` });
    }
    if (directive === 'Description' && phase !== 'title') errors.push({ line, reason: 'Description outside a Title…URL block' });
    if (current && directive !== 'Description') current.onlyDescriptions = false;
    (current && phase !== 'between' ? current.directives : pending).push(d);
  }
  if (afterFind) errors.push({ line: afterFind.line, reason: 'Find not directly followed by Replace' });
  finish();
  for (const o of opened.values()) errors.push({ line: o.line, reason: `${o.label} opened and never closed` });
  if (errors.length > 0) return { ok: false, errors: [...errors].sort((a, b) => a.line - b.line) };
  return { ok: true, stanzas };
}

/** Parses exactly one stanza (a resource carries one). */
export function parseStanza(text: string): StanzaResult {
  const result = parseStanzas(text);
  if (!result.ok) return result;
  if (result.stanzas.length !== 1) return { ok: false, errors: [{ line: 0, reason: `expected one stanza, found ${result.stanzas.length}` }] };
  return { ok: true, stanza: result.stanzas[0] };
}

export interface ExportableResource {
  readonly id: string;
  readonly name: string;
  readonly stanza: Stanza;
}

function oneLine(text: string): string {
  let out = '';
  for (const ch of text) out += ch === '\n' || ch === '\r' ? ' ' : ch;
  return out;
}

/**
 * One deterministic config.txt fragment: resources in filing order of their names (then by id), each stanza preceded
 * by `# <name> (<id>)`, directives as written, every line ending in a newline and stanzas separated by a blank line.
 */
export function exportStanzas(resources: readonly ExportableResource[]): string {
  const sorted = [...resources].sort((a, b) => compareFiling(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return sorted
    .map(
      (r) =>
        [`# ${oneLine(r.name)} (${oneLine(r.id)})`, ...r.stanza.directives.map((d) => (d.value === '' ? d.name : `${d.name} ${d.value}`))].join('\n') + '\n',
    )
    .join('\n');
}
