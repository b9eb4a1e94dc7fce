// Listing text is rendered as text (Astro escapes it), so markup could never run; we still
// reject it at validation, so a provider learns at once that formatting is not supported
// and a hostile pull request fails loudly instead of shipping inert junk.

const MARKUP = [
  /<\s*\/?\s*[a-z!?][^>]*>?/i, // an HTML tag or comment: <script, </div>, <!--
  /javascript\s*:/i,
  /\bon[a-z]+\s*=/i, // inline event handler: onerror=, onclick=
  /data\s*:\s*text\/html/i,
];

/** The first piece of markup found in a text, or null. */
export function markupIn(text: string): string | null {
  for (const pattern of MARKUP) {
    const match = pattern.exec(text);
    if (match) return match[0].slice(0, 40);
  }
  return null;
}

/** Only https: links to real hosts; http:, javascript:, data: and relative links are refused. */
export function isSafeHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** The schemes a rendered link may use: everything else is dropped, whatever its source. */
export function isAllowedHref(href: string): boolean {
  return /^(tel:\+?[0-9]+|sms:\+?[0-9]+|mailto:[^\s<>"]+@[^\s<>"]+)$/.test(href) || isSafeHttpsUrl(href);
}
