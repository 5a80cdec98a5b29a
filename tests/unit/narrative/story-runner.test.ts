import { describe, expect, it } from 'vitest';
import { AuthoringError } from '../../../src/narrative/authoring-error';
import { StoryRunner } from '../../../src/narrative/story-runner';
import { compileFixture, compileSource } from '../../fixtures/compile-fixture';

function runner(name: string, seed = 1): StoryRunner {
  const scenario = compileFixture(name);
  return new StoryRunner(scenario.id, scenario.json, seed);
}

describe('StoryRunner', () => {
  it('reads the scenario metadata from the global tags', () => {
    const r = runner('two-doors');
    expect(r.meta).toMatchObject({ title: 'Two doors', family: 'tutorial', minutes: 2 });
    expect(r.meta.cast).toEqual([{ id: 'sam', name: 'Sam Okoro', role: 'Receptionist' }]);
  });

  it('gives passages with speaker, mood and cues, and choices with their scores read before choosing', () => {
    const step = runner('two-doors').next();
    expect(step.passages.map((p) => p.text)).toEqual(['Welcome to the front desk.']);
    expect(step.passages[0]!.speaker?.name).toBe('Sam Okoro');
    expect(step.passages[0]!.mood).toBe('neutral');
    expect(step.passages[0]!.cues).toEqual([{ kind: 'background', place: 'front-desk' }]);
    expect(step.choices).toEqual([
      {
        index: 0,
        text: "Check the caller's identity",
        scores: { compliance: 2, communication: 1, challenge: 0 },
        reason: 'Verify identity before disclosing.',
        ksbs: ['P-S1'],
        pinned: false,
      },
      expect.objectContaining({ index: 1, scores: { compliance: -2, communication: 0, challenge: 0 } }),
    ]);
    expect(step.ended).toBe(false);
  });

  it('applies a choice and carries its consequence to a later passage', () => {
    const r = runner('two-doors');
    r.next();
    r.choose(0);
    expect(r.next().passages.map((p) => p.text)).toEqual(['You ask two security questions.', 'The caller pauses.']);
    r.choose(0);
    const last = r.next();
    expect(last.passages.map((p) => p.text)).toEqual(['Sam nods approvingly.', 'That is the end.']);
    expect(last).toMatchObject({ ended: true, ending: 'done', choices: [] });
  });

  it('gathers discussion prompts for the decision they lead up to, whether on a line or on a line of their own', () => {
    const r = runner('discussion');
    const first = r.next();
    expect(first.prompts).toEqual(['Who in the room holds the most useful information?']);
    expect(first.passages[0]).toMatchObject({ text: 'The meeting starts.', prompt: 'Who in the room holds the most useful information?' });
    r.choose(0);
    const second = r.next();
    expect(second.prompts).toEqual(['Is it your place to challenge the chair?']);
    // A prompt standing alone is not a line of the story.
    expect(second.passages.map((p) => p.text)).toEqual(['You share it.', 'Ana writes something down.']);
    r.choose(0);
    expect(r.next().prompts).toEqual([]);
  });

  it('puts an #ask question on the decision it comes before, and only that one', () => {
    const r = runner('ask-first');
    const first = r.next();
    expect(first.ask).toBe('What words would you use to challenge the chair?');
    expect(first.guide).toEqual({
      model: "I don't agree that this is closed; she said she is scared, and I'd like my view minuted.",
      lookFor: ['Says plainly that they disagree', 'Asks for the disagreement to be minuted'],
    });
    expect(first.passages.map((p) => p.text)).toEqual(['The chair wants to close the case.', 'Everyone looks at you.']);
    r.choose(0);
    const second = r.next();
    expect(second.ask).toBeNull();
    expect(second.guide).toBeNull();
  });

  it('takes #model and #look-for only from the #ask line or the tag lines straight after it', () => {
    const header = '# title: T\n# family: tutorial\n# minutes: 1\n# summary: S\n';
    const go = '* [Go #score: comp 0, comm 0, chal 0 #reason: R.]\n-> END\n';
    const step = (id: string, body: string) => {
      const c = compileSource(id, header + body + go);
      return new StoryRunner(c.id, c.json, 1).next();
    };
    expect(step('same-line', 'A. #look-for: first #ask: Q? #model: M.\n').guide).toEqual({ model: 'M.', lookFor: ['first'] });
    expect(step('next-lines', 'A. #ask: Q?\n#model: M.\n#look-for: one\n#look-for: two\n').guide).toEqual({ model: 'M.', lookFor: ['one', 'two'] });
    expect(() => step('no-ask', 'A. #model: M.\n')).toThrow(/#model belongs to an #ask/);
    expect(() => step('after-text', 'A. #ask: Q?\nB. #look-for: late\n')).toThrow(/#look-for belongs to an #ask/);
    expect(() => step('two-models', 'A. #ask: Q? #model: M. #model: N.\n')).toThrow(/only one #model/);
    expect(step('no-guide', 'A. #ask: Q?\n').guide).toEqual({ model: null, lookFor: [] });
  });

  it('reports an #ask with no decision after it, or two before one decision, as authoring errors', () => {
    const header = '# title: T\n# family: tutorial\n# minutes: 1\n# summary: S\n';
    const atEnd = compileSource('ask-end', `${header}Bye. #ask: Anything to add?\n-> END\n`);
    expect(() => new StoryRunner(atEnd.id, atEnd.json, 1).next()).toThrow(/#ask must come before a decision/);
    const twice = compileSource('ask-twice', `${header}A. #ask: One?\nB. #ask: Two?\n* [Go #score: comp 0, comm 0, chal 0 #reason: R.]\n-> END\n`);
    expect(() => new StoryRunner(twice.id, twice.json, 1).next()).toThrow(/only one #ask can come before a decision/);
  });

  it('refuses a choice that is not on offer', () => {
    const r = runner('two-doors');
    r.next();
    expect(() => r.choose(5)).toThrow(RangeError);
  });

  it('reports a score tag placed after the brackets as an authoring error with its place', () => {
    const r = runner('misplaced-score');
    r.next();
    r.choose(0);
    expect(() => r.next()).toThrow(AuthoringError);
    const again = runner('misplaced-score');
    again.next();
    again.choose(0);
    expect(() => again.next()).toThrow(/misplaced-score: .*inside a choice's square brackets/);
  });

  it('reports an unknown tag with the scenario and the line it is on', () => {
    expect(() => runner('unknown-tag').next()).toThrow(/unknown-tag: .*line "Hello.": unknown tag "#speeker: sam"/);
  });

  it('reports a speaker who is not in the cast', () => {
    const s = compileSource('no-cast', '# title: T\n# family: tutorial\n# minutes: 1\n# summary: S\nHi. #speaker: nobody\n-> END\n');
    expect(() => new StoryRunner(s.id, s.json, 1).next()).toThrow(/speaker "nobody" is not in the cast/);
  });

  it('reports missing required global tags', () => {
    const s = compileSource('bare', 'Hello.\n-> END\n');
    expect(() => new StoryRunner(s.id, s.json, 1)).toThrow(/bare: top of file: missing #title/);
  });

  it('gives the same random text for the same seed', () => {
    const texts = (seed: number) => {
      const r = runner('random-line', seed);
      const first = r.next().passages[0]!.text;
      r.choose(0);
      return [first, ...r.next().passages.map((p) => p.text)].join(' / ');
    };
    expect(texts(42)).toBe(texts(42));
    const distinct = new Set([1, 2, 3, 4, 5, 6].map(texts));
    expect(distinct.size).toBeGreaterThan(1);
  });

  it('comes back to a snapshot, ending included, and plays on from there as if for the first time', () => {
    const r = runner('two-doors');
    r.next();
    const atFirstDecision = r.snapshot();
    r.choose(0);
    r.next();
    r.choose(0);
    expect(r.next().ending).toBe('done');
    r.restore(atFirstDecision);
    r.choose(1);
    expect(r.next().passages.map((p) => p.text)).toEqual(['You read the address aloud.', 'The caller pauses.']);
    r.choose(0);
    expect(r.next().passages[0]!.text).toBe('Sam frowns.');
  });

  it('says whether the story stopped at END or at DONE', () => {
    const s = compileSource('stops', `${HEADER}* [a #score: comp 0, comm 0, chal 0 #reason: R.] -> END\n* [b #score: comp 0, comm 0, chal 0 #reason: R.] -> DONE\n`);
    const stops = [0, 1].map((index) => {
      const r = new StoryRunner(s.id, s.json, 1);
      r.next();
      expect(r.stoppedAt).toBeNull();
      r.choose(index);
      r.next();
      return r.stoppedAt;
    });
    expect(stops).toEqual(['END', 'DONE']);
  });

  it('hands problems to onProblem and plays on past them when a tool asks it to', () => {
    const problems: string[] = [];
    const s = compileSource('lenient', '# title: T\n# family: tutorial\nHi. #speeker: sam\nThere. #mood: concerned\n-> END\n');
    const r = new StoryRunner(s.id, s.json, 1, { onProblem: (p) => problems.push(p.detail) });
    expect(r.next().passages.map((p) => p.text)).toEqual(['Hi.', 'There.']);
    expect(problems).toEqual(['missing #minutes: every scenario needs one at the top', 'unknown tag "#speeker: sam"', '#mood needs a #speaker on the same line']);
  });

  it('reports a story that runs out of content as an ink runtime error', () => {
    const s = compileSource('runs-out', `${HEADER}-> k\n=== k ===\nK.\n* {false} [never]\n`);
    expect(() => new StoryRunner(s.id, s.json, 1).next()).toThrow(/ran out of content/);
  });

  it("plays an EXTERNAL's ink fallback, and binds a stand-in returning 0 only when asked and there is none", () => {
    const source = `${HEADER}EXTERNAL shout(x)\nEXTERNAL whisper(x)\n{shout(2)} {whisper(3)}\n-> END\n=== function shout(x) ===\n~ return x * 10\n`;
    const s = compileSource('externals', source);
    expect(() => new StoryRunner(s.id, s.json, 1).next()).toThrow(/whisper/);
    const r = new StoryRunner(s.id, s.json, 1, { standInExternals: true });
    expect(r.standIns).toEqual(['whisper']);
    expect(r.next().passages[0]!.text).toBe('20 0');
  });

  it('names every knot and stitch it enters to onEnter', () => {
    const entered = new Set<string>();
    const s = compileSource('enter', `${HEADER}-> a\n=== a ===\n-> b.inner\n=== b ===\n= inner\nIn.\n-> END\n= other\n-> END\n`);
    new StoryRunner(s.id, s.json, 1, { onEnter: (path) => entered.add(path) }).next();
    expect([...entered]).toEqual(expect.arrayContaining(['a', 'b', 'b.inner']));
    expect(entered.has('b.other')).toBe(false);
  });
});

const HEADER = '# title: T\n# family: tutorial\n# minutes: 1\n# summary: S\n';
