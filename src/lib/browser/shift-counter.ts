// Counts Shift presses for the quick-exit shortcut: three presses of Shift on its own, each
// within TIMEOUT_MS of the last, trigger the exit. Shift used to type a capital (Shift+A)
// does not count, and any other key starts the count again (GOV.UK's rules).

export const PRESSES_TO_EXIT = 3;
export const TIMEOUT_MS = 5000;

export interface ShiftCounterHooks<TimerId> {
  onPress: (pressesLeft: number, presses: number) => void;
  /** expired: true when the count lapsed after TIMEOUT_MS, false when another key reset it. */
  onReset: (expired: boolean) => void;
  onTrigger: () => void;
  setTimer: (fn: () => void, ms: number) => TimerId;
  clearTimer: (id: TimerId) => void;
}

export function createShiftCounter<TimerId>(hooks: ShiftCounterHooks<TimerId>) {
  let presses = 0;
  let timer: TimerId | undefined;
  let lastKeyWasModified = false;

  const stopTimer = () => {
    if (timer !== undefined) hooks.clearTimer(timer);
    timer = undefined;
  };
  const reset = (expired: boolean) => {
    stopTimer();
    const hadPresses = presses > 0;
    presses = 0;
    if (hadPresses) hooks.onReset(expired);
  };

  return {
    /** Feed every keyup: its key name and whether Shift was held. */
    keyup(key: string, shiftKey: boolean): void {
      if (key !== 'Shift') {
        lastKeyWasModified = shiftKey;
        reset(false);
        return;
      }
      // The Shift release right after Shift+letter is not a press of its own.
      if (lastKeyWasModified) {
        lastKeyWasModified = false;
        return;
      }
      presses += 1;
      stopTimer();
      if (presses >= PRESSES_TO_EXIT) {
        presses = 0;
        hooks.onTrigger();
        return;
      }
      hooks.onPress(PRESSES_TO_EXIT - presses, presses);
      timer = hooks.setTimer(() => reset(true), TIMEOUT_MS);
    },
    reset: () => reset(false),
    get presses() {
      return presses;
    },
  };
}
