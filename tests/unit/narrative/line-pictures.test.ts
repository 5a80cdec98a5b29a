import { describe, expect, it } from 'vitest';
import { StoryRunner } from '../../../src/narrative/story-runner';
import { compileSource } from '../../fixtures/compile-fixture';

const HEADER = '# title: T\n# family: tutorial\n# minutes: 1\n# summary: S\n';

/** The first step of a story, and every problem the runner reported on the way. */
function play(body: string) {
  const scenario = compileSource('pictures', HEADER + body);
  const problems: string[] = [];
  const step = new StoryRunner(scenario.id, scenario.json, 1, { onProblem: (p) => problems.push(p.detail) }).next();
  return { step, problems, cues: step.passages.flatMap((p) => p.cues) };
}

describe('pictures on a line', () => {
  it("take their words from the line's #alt", () => {
    const { cues, problems } = play('The estate. # IMAGE: images/map.png # alt: A map of the estate with three blocks\n-> END\n');
    expect(cues).toEqual([{ kind: 'image', src: 'images/map.png', alt: 'A map of the estate with three blocks' }]);
    expect(problems).toEqual([]);
  });

  it("or else from the line's own text, which for a tag on a line of its own is the next line", () => {
    expect(play('The estate map is pinned up. # IMAGE: map.png\n-> END\n').cues).toEqual([{ kind: 'image', src: 'map.png', alt: 'The estate map is pinned up.' }]);
    expect(play('# IMAGE: map.png\nThe estate map is pinned up.\n-> END\n').cues).toEqual([{ kind: 'image', src: 'map.png', alt: 'The estate map is pinned up.' }]);
  });

  it('are an error with no words at all, as is an #alt with no picture or two on one line', () => {
    expect(play('Look.\n# IMAGE: map.png\n* [Go] -> END\n').problems).toEqual([expect.stringMatching(/"#IMAGE: map.png" needs words for someone who cannot see it: add "# alt: …"/)]);
    expect(play('Look. # alt: A map\n-> END\n').problems).toEqual(['#alt describes a picture, but there is no #IMAGE on this line']);
    expect(play('Look. # IMAGE: map.png # alt: A # alt: B\n-> END\n').problems).toEqual([expect.stringMatching(/only one #alt/)]);
  });

  it('do not share one parsed tag: each sighting of the picture gets its own words', () => {
    const { cues } = play('First. # IMAGE: map.png\nSecond. # IMAGE: map.png\n-> END\n');
    expect(cues.map((c) => (c.kind === 'image' ? c.alt : null))).toEqual(['First.', 'Second.']);
  });
});

describe('# RESTART', () => {
  it('is a cue where the story ends', () => {
    const { step, problems } = play('That is the end. Play again? # RESTART\n-> END\n');
    expect(step.ended).toBe(true);
    expect(step.passages[0]!.cues).toEqual([{ kind: 'restart' }]);
    expect(problems).toEqual([]);
  });

  it('is an error where the story goes on to a decision, since nothing here restarts half way', () => {
    expect(play('Start again? # RESTART\n* [Yes] -> END\n').problems).toEqual([expect.stringMatching(/# RESTART offers a new attempt from the beginning where the story ends, but here the story goes on to a decision/)]);
  });
});
