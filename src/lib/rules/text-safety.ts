// Listing text is rendered as text (Astro escapes it), so markup could never run; we still
// reject it at validation, so a provider learns at once that formatting is not supported
// and a hostile pull request fails loudly instead of shipping inert junk.
// Invisible characters are refused too: a right-to-left override or a zero-width space can
// make the text a reader (or a reviewer) sees differ from the text the site uses.

export const MARKUP = [
  /<\s*\/?\s*[a-z!?][^>]*>?/i, // an HTML tag or comment: <script, </div>, <!--
  /javascript\s*:/i,
  /vbscript\s*:/i,
  // An inline event handler (onerror=, onclick=); not everyday words such as "online = yes".
  /\bon(?!line\b|going\b|set\b|wards\b|ly\b)[a-z]+\s*=/i,
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

// Control characters (C0, DEL, C1), format characters (Unicode Cf: bidi controls, zero-width
// spaces and joiners, the byte-order mark), line and paragraph separators, private-use
// characters and anything else Unicode says to render as nothing (Default_Ignorable).
export const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Default_Ignorable_Code_Point}]/u;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'gu');

const NAMES: Record<number, string> = {
  0x00: 'a NUL character',
  0x07: 'a bell character',
  0x08: 'a backspace',
  0x09: 'a tab',
  0x0a: 'a line break',
  0x0d: 'a carriage return',
  0x1b: 'an escape character',
  0x7f: 'a delete character',
  0x85: 'a next-line character',
  0xad: 'a soft hyphen',
  0x200b: 'a zero-width space',
  0x200c: 'a zero-width non-joiner',
  0x200d: 'a zero-width joiner',
  0x200e: 'a left-to-right mark',
  0x200f: 'a right-to-left mark',
  0x2028: 'a line separator',
  0x2029: 'a paragraph separator',
  0x202a: 'a left-to-right embedding',
  0x202b: 'a right-to-left embedding',
  0x202c: 'a pop-directional-formatting character',
  0x202d: 'a left-to-right override',
  0x202e: 'a right-to-left override',
  0x2060: 'a word joiner',
  0x2066: 'a left-to-right isolate',
  0x2067: 'a right-to-left isolate',
  0x2068: 'a first-strong isolate',
  0x2069: 'a pop-directional-isolate character',
  0xfeff: 'a byte-order mark',
};

function hex(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** "a right-to-left override (U+202E)": what an invisible character is, in words. */
export function describeCharacter(char: string): string {
  const cp = char.codePointAt(0) ?? 0;
  return `${NAMES[cp] ?? 'an invisible character'} (${hex(cp)})`;
}

/**
 * The first invisible or control character in a text, or null. Line breaks are allowed only
 * where the field is multi-line (the description); tabs never.
 */
export function invisibleIn(text: string, options: { lineBreaks?: boolean } = {}): string | null {
  for (const match of text.matchAll(INVISIBLE_ALL)) {
    if (options.lineBreaks && match[0] === '\n') continue;
    return match[0];
  }
  return null;
}

export function hasInvisible(text: string): boolean {
  return INVISIBLE.test(text);
}

/**
 * Text safe to print in a terminal, a CI log or a message: every control, format and
 * separator character is shown as its code (\u202E) instead of acting on the screen.
 */
export function visible(text: string): string {
  return text.replace(INVISIBLE_ALL, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
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
