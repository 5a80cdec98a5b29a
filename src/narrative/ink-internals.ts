/**
 * Where the story runner reaches past inkjs's public API, for the speed the scenario analyzer needs
 * (it plays hundreds of thousands of moments). Relies on inkjs 2.4.0, pinned exactly in
 * package.json. Structural types only: this file does not import inkjs.
 */

/** The parts of a Story this file touches. */
export interface StoryInternals {
  Step(): void;
  readonly state: { ForceEnd(): void };
}

/**
 * Stops ink at a deadline. inkjs's own time limit (ContinueAsync) reads the clock at every step of
 * the story, which cost a tenth of the analyzer's time; this reads it once in 1,024 steps (well under
 * a millisecond) and ends the story there, as a runaway step does. Returns whether it had to.
 */
export function limitStepTime(story: StoryInternals, deadline: () => number): () => boolean {
  const step = story.Step.bind(story);
  let steps = 0;
  let stopped = false;
  story.Step = () => {
    if ((++steps & 1023) === 0 && Date.now() > deadline()) {
      stopped = true;
      story.state.ForceEnd();
      return;
    }
    step();
  };
  return () => {
    const was = stopped;
    stopped = false;
    return was;
  };
}
