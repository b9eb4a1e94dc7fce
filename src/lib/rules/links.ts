// Which web addresses a listing may publish, and why not, in one place. A victim follows these
// links from a directory she trusts, so a link must go where it says: https only, to a named
// website (no IP addresses, no ports), in plain ASCII letters (a Cyrillic "а" in a domain looks
// like a Latin "a"; international domains only when listed in seeds/link-rules.json), never
// through a link shortener (which hides the destination and can be changed later), and never
// an example address copied from the documentation.
import { linkRules } from '../reference/seeds.ts';
import { describeCharacter, invisibleIn, markupIn, visible } from './text-safety.ts';

export interface LinkRuleOptions {
  /** Test fixtures and documentation may use example.org addresses; listings never. */
  allowExamples?: boolean;
  /** A source link (not a contact link): the few shortened ones in seeds/link-rules.json are kept for now. */
  source?: boolean;
}

const shorteners = new Set(linkRules.shorteners);
const exampleDomains = new Set(linkRules.exampleDomains);
const reservedTlds = new Set(linkRules.reservedTopLevelDomains);
const idnAllowed = new Set(linkRules.internationalDomainsAllowed);
const shortenedSources = new Set(linkRules.shortenedSourcesAllowed.map((s) => s.url));

/** The host and every parent domain: www.a.org.uk -> [www.a.org.uk, a.org.uk, org.uk, uk]. */
function domainsOf(host: string): string[] {
  const labels = host.split('.');
  return labels.map((_, i) => labels.slice(i).join('.'));
}

export function isExampleDomain(host: string): boolean {
  const lower = host.toLowerCase().replace(/\.$/, '');
  return domainsOf(lower).some((d) => exampleDomains.has(d)) || reservedTlds.has(lower.split('.').at(-1) ?? '');
}

export function isShortener(host: string): boolean {
  const lower = host.toLowerCase();
  return shorteners.has(lower) || shorteners.has(lower.replace(/^www\./, ''));
}

/** The host as written (before the URL parser turns it into punycode), without user or port. */
function writtenHost(value: string): string {
  const authority = /^[a-z][a-z0-9+.-]*:\/\/([^/?#\\]*)/i.exec(value)?.[1] ?? '';
  return authority.replace(/^.*@/, '').replace(/:\d*$/, '');
}

const HTTPS_ONLY = 'must be a full web address starting https://, for example https://www.thehavens.org.uk/';

/** Why a web address cannot be published, or null when it may be. */
export function linkProblem(raw: string, options: LinkRuleOptions = {}): string | null {
  const value = raw.trim();
  const invisible = invisibleIn(value);
  if (invisible)
    return `contains ${describeCharacter(invisible)}, which does not belong in a web address: copy the address from the browser's address bar`;
  const markup = markupIn(value) ?? /["'<>`\s\\{}|^]/.exec(value)?.[0];
  if (markup)
    return `contains "${visible(markup)}", which does not belong in a web address: copy the address from the browser's address bar`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return HTTPS_ONLY;
  }
  if (url.protocol !== 'https:' || !/^https:\/\//i.test(value)) return HTTPS_ONLY;
  if (url.username || url.password)
    return 'has a user name or "@" before the website\'s name, which can hide where the link really goes: write the plain address, starting https:// and the website\'s name';
  const host = url.hostname;
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host) || host.startsWith('['))
    return `points to an IP address (${host}), not a named website: use the service's own web address`;
  if (!host.includes('.')) return HTTPS_ONLY;
  if (url.port) return `names a port (:${url.port}), which ordinary websites do not need: write the address without it`;
  const written = writtenHost(value).toLowerCase();
  const international = [...written].find((c) => c > '\u007f') ?? (host.split('.').some((l) => l.startsWith('xn--')) ? 'xn--' : undefined);
  if (international && !domainsOf(host).some((d) => idnAllowed.has(d)))
    return `uses an international domain name (${visible(written)}${international === 'xn--' ? ', written in punycode' : `: "${international}" (U+${(international.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}) is not a plain letter a to z`}), which can imitate another website's address. Use the plain address, or ask the maintainers to add the domain to seeds/link-rules.json`;
  if (isShortener(host) && !(options.source && shortenedSources.has(value)))
    return `is a link shortener (${host}), which hides where the link really goes and can be changed later: use the full address of the page itself`;
  if (!options.allowExamples && isExampleDomain(host))
    return `is an example address (${host}), not the service's own website: copy the real address from the service's page`;
  return null;
}

/** The host of a listing's web address, for comparisons and the pull-request summary. */
export function hostOf(value: string): string | null {
  try {
    return new URL(value).hostname.toLowerCase();
  } catch {
    return null;
  }
}
