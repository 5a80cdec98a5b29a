import { describe, expect, it } from 'vitest';
import { AuthoringError } from '../../../src/narrative/authoring-error';
import { parseScenarioMeta } from '../../../src/narrative/scenario-meta';

const REQUIRED = ['title: A test', 'family: tutorial', 'minutes: 5', 'summary: For tests.'];

describe('parseScenarioMeta', () => {
  it("accepts Inky's global # author: and # theme: and uses neither", () => {
    const meta = parseScenarioMeta('t', [...REQUIRED, 'author: Someone', 'theme: dark']);
    expect(meta.title).toBe('A test');
    expect(() => parseScenarioMeta('t', [...REQUIRED, 'theme'])).toThrow(AuthoringError);
  });

  it('keeps role cards in the order the author wrote them', () => {
    const meta = parseScenarioMeta('t', [...REQUIRED, 'role-card: Police = Argue there is no crime.', 'role-card: Housing = Argue for the rent.']);
    expect(meta.roleCards).toEqual([
      { group: 'Police', brief: 'Argue there is no crime.' },
      { group: 'Housing', brief: 'Argue for the rent.' },
    ]);
  });

  it('gives a scenario without role cards an empty list, so trainer mode simply skips them', () => {
    expect(parseScenarioMeta('t', REQUIRED).roleCards).toEqual([]);
  });

  it('refuses two cards for the same group, whatever the case', () => {
    expect(() => parseScenarioMeta('t', [...REQUIRED, 'role-card: Police = One.', 'role-card: police = Two.'])).toThrow(AuthoringError);
    expect(() => parseScenarioMeta('t', [...REQUIRED, 'role-card: Police = One.', 'role-card: police = Two.'])).toThrow(/"police" is written twice/);
  });

  it('keeps the cast id "nobody" for "#present: nobody"', () => {
    expect(() => parseScenarioMeta('t', [...REQUIRED, 'cast: nobody = No Body, Clerk'])).toThrow(/cast id "nobody" is kept for "#present: nobody"/);
  });

});
