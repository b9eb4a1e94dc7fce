import { describe, expect, it } from 'vitest';
import { createShiftCounter, TIMEOUT_MS } from '../../src/lib/browser/shift-counter.ts';

function harness() {
  const events: string[] = [];
  let pending: { fn: () => void; ms: number } | undefined;
  const counter = createShiftCounter<number>({
    onPress: (left) => events.push(`press:${left}`),
    onReset: (expired) => events.push(expired ? 'expired' : 'reset'),
    onTrigger: () => events.push('exit'),
    setTimer: (fn, ms) => {
      pending = { fn, ms };
      return 1;
    },
    clearTimer: () => {
      pending = undefined;
    },
  });
  return { counter, events, fireTimer: () => pending?.fn(), timerMs: () => pending?.ms };
}

describe('Shift three times', () => {
  it('exits on the third press, announcing the count before', () => {
    const h = harness();
    h.counter.keyup('Shift', false);
    h.counter.keyup('Shift', false);
    h.counter.keyup('Shift', false);
    expect(h.events).toEqual(['press:2', 'press:1', 'exit']);
  });

  it('waits up to five seconds between presses, then gives up', () => {
    const h = harness();
    h.counter.keyup('Shift', false);
    expect(h.timerMs()).toBe(TIMEOUT_MS);
    h.fireTimer();
    h.counter.keyup('Shift', false);
    h.counter.keyup('Shift', false);
    expect(h.events).toEqual(['press:2', 'expired', 'press:2', 'press:1']);
  });

  it('starts again when another key is pressed', () => {
    const h = harness();
    h.counter.keyup('Shift', false);
    h.counter.keyup('a', false);
    h.counter.keyup('Shift', false);
    h.counter.keyup('Shift', false);
    expect(h.events).toEqual(['press:2', 'reset', 'press:2', 'press:1']);
  });

  it('does not count Shift used to type capitals', () => {
    const h = harness();
    for (let i = 0; i < 3; i++) {
      h.counter.keyup('A', true); // Shift+A
      h.counter.keyup('Shift', false);
    }
    expect(h.events).not.toContain('exit');
    expect(h.counter.presses).toBe(0);
  });
});
