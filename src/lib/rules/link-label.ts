// The short text shown for a link to a source page: its host name ("thehavens.org.uk"), so a
// long address never widens a phone's page; the full address stays the link's href.

/** The host name of a web address, without a leading "www."; the text itself if it is not a URL. */
export function hostLabel(url: string): string {
  try {
    const host = new URL(url).hostname;
    return host ? host.replace(/^www\./, '') : url;
  } catch {
    return url;
  }
}
