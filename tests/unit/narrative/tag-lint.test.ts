import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { collectTags, lintScenarioTags } from '../../../src/narrative/tag-lint';
import { compileFixture, compileSource } from '../../fixtures/compile-fixture';

function lint(name: string) {
  const s = compileFixture(name);
  return lintScenarioTags(s.id, s.json, new Story(s.json).globalTags ?? []).map((e) => e.message);
}

describe('lintScenarioTags (run by the build)', () => {
  it('finds nothing wrong in a clean scenario', () => {
    expect(lint('two-doors')).toEqual([]);
  });

  it('names the knot an unknown tag is in, without playing the story', () => {
    expect(lint('unknown-tag')).toEqual(['unknown-tag: passage meeting: unknown tag "#speeker: sam"']);
  });

  it('reports every problem, not just the first', () => {
    const s = compileSource(
      'many',
      '# title: T\n# family: tutorial\n# minutes: 1\n# summary: S\n=== a ===\nA #mood: livid\n-> b\n=== b ===\n= inner\nB #speaker: ghost #colour: red\n-> END\n',
    );
    const messages = lintScenarioTags(s.id, s.json, new Story(s.json).globalTags ?? []).map((e) => e.message);
    expect(messages).toEqual([
      expect.stringMatching(/passage a: mood must be one of/),
      'many: passage b.inner: speaker "ghost" is not in the cast',
      'many: passage b.inner: unknown tag "#colour: red"',
    ]);
  });

  it('names the passage and code of a KSB that is not in the list', () => {
    const s = compileFixture('unknown-ksb');
    const known = new Set(['P-S8', 'P-K3']);
    expect(lintScenarioTags(s.id, s.json, new Story(s.json).globalTags ?? [], known).map((e) => e.message)).toEqual([
      'unknown-ksb: passage meeting: KSB code "P-S99" is not in the KSB list (ksbs.json)',
    ]);
  });

  it('leaves KSB codes alone when no list is given', () => {
    expect(lint('unknown-ksb')).toEqual([]);
  });

  it('collects tags from choices as well as lines', () => {
    const raw = collectTags(JSON.parse(compileFixture('two-doors').json)).map((t) => t.raw.trim());
    expect(raw).toContain('reason: Verify identity before disclosing.');
    expect(raw).toContain('ending: done');
  });
});
