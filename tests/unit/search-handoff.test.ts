// The home page's search box hands its words to the search page in history.state
// (src/lib/browser/search-handoff.ts), never in an address.
import { describe, expect, it } from 'vitest';
import { MAX_HANDOFF_LENGTH, handOffState, handedOffWords, withoutHandOff } from '../../src/lib/browser/search-handoff.ts';

describe("handing the home page's words to the search page", () => {
  it('carries the words, trimmed, and reads them back', () => {
    const state = handOffState('  he hits me ');
    expect(handedOffWords(state)).toBe('he hits me');
  });

  it('hands nothing over for an empty box', () => {
    expect(handOffState('   ')).toBeNull();
    expect(handedOffWords(null)).toBeNull();
  });

  it("cuts long input, as a shared link's words are cut", () => {
    expect(handedOffWords(handOffState('x'.repeat(5000)))).toHaveLength(MAX_HANDOFF_LENGTH);
    expect(handedOffWords({ lsfSearchWords: 'y'.repeat(5000) })).toHaveLength(MAX_HANDOFF_LENGTH);
  });

  it('ignores states that are not its own or hold something else', () => {
    for (const state of [undefined, 'he hits me', 42, {}, { q: 'he hits me' }, { lsfSearchWords: 7 }, { lsfSearchWords: '  ' }])
      expect(handedOffWords(state)).toBeNull();
  });

  it('takes the words out and keeps anything another script keeps in the state', () => {
    expect(withoutHandOff(handOffState('stalking'))).toBeNull();
    expect(withoutHandOff({ lsfSearchWords: 'stalking', shortlist: [1] })).toEqual({ shortlist: [1] });
    const other = { shortlist: [1] };
    expect(withoutHandOff(other)).toBe(other);
    expect(withoutHandOff(null)).toBeNull();
  });
});
