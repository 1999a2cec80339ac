// How often a check in Excel hands control back to Excel and the pane: the engine yields between slices of rows
// (checkPhases), and takes a turn only once this long has passed, so that no stretch of it holds the UI thread much
// longer and a long table does not pay a timer's delay for every slice.
/** The budget of one stretch of the engine between turns, in milliseconds: half the 100 ms a UI may stall. */
export const ENGINE_TURN_MS = 50;

export interface HostTurns {
  /** The engine's question after each slice of work. */
  shouldYield(): boolean;
  /** The turn itself; the next stretch is timed from its end. */
  yieldToHost(): Promise<void>;
}

export function hostTurns(yieldToHost: () => Promise<void>, budgetMs: number = ENGINE_TURN_MS, now: () => number = () => Date.now()): HostTurns {
  let since = now();
  return {
    shouldYield: () => now() - since >= budgetMs,
    yieldToHost: async () => {
      await yieldToHost();
      since = now();
    },
  };
}

/** Runs work in steps (a generator that yields between slices), taking a turn wherever the budget has passed. */
export async function inTurns<R>(steps: Generator<unknown, R>, turns: HostTurns): Promise<R> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (turns.shouldYield()) await turns.yieldToHost();
  }
}
