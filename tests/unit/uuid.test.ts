// Open data ids are name-based UUIDs (version 5): the same listing always gets the same id.
import { describe, expect, it } from 'vitest';
import { OPEN_DATA_NAMESPACE, URL_NAMESPACE, uuidV5 } from '../../src/lib/open-data/uuid.ts';

describe('uuidV5', () => {
  it('matches the published test vector (Python: uuid5(NAMESPACE_DNS, "python.org"))', () => {
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  it('the open data namespace is the one documented in src/lib/open-data/uuid.ts', () => {
    expect(uuidV5('https://london-support-finder/open-referral-uk', URL_NAMESPACE)).toBe(OPEN_DATA_NAMESPACE);
  });

  it('is stable, distinct per name, and marked version 5', () => {
    expect(uuidV5('service:the-havens')).toBe(uuidV5('service:the-havens'));
    expect(uuidV5('service:the-havens')).not.toBe(uuidV5('service:childline'));
    expect(uuidV5('service:the-havens')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => uuidV5('x', 'not-a-uuid')).toThrow(/not a UUID/);
  });
});
