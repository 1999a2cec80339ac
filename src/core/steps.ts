// Work done in steps: generators that yield between slices of work, so that a host can hand control to its UI, and
// the one way to run such work through at once.

/** Runs the steps to their end and gives what they return. */
export function finish<R>(steps: Generator<unknown, R>): R {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps, yielding what `as` makes of each of their yields (a share of a larger piece of work, say). */
export function* mapSteps<S, T, R>(steps: Generator<S, R>, as: (step: S) => T): Generator<T, R> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    yield as(step.value);
  }
}
