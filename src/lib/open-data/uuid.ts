// Name-based UUIDs (version 5, RFC 9562 section 5.5): the same name always gives the same id, so
// the open data keeps its ids from one build to the next. Built with node:crypto (build time only).
import { createHash } from 'node:crypto';

/** RFC 9562's namespace for names that are URLs. */
export const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/**
 * The namespace of every id in this site's open data: uuidV5('https://london-support-finder/open-referral-uk',
 * URL_NAMESPACE), written out so that a change of site address or repository never changes an id.
 */
export const OPEN_DATA_NAMESPACE = '81ee10ea-8122-5010-a8ce-f1043d20d2b6';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function uuidV5(name: string, namespace: string = OPEN_DATA_NAMESPACE): string {
  if (!UUID.test(namespace)) throw new Error(`"${namespace}" is not a UUID`);
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50; // version 5
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80; // RFC variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
