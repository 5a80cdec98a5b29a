import { describe, expect, it } from 'vitest';
import { castLooks, lookHints, LOOK_IDS, LOOK_OVERRIDES, LOOKS } from '../../../src/content/cast-looks';
import type { CastMember } from '../../../src/narrative/tags';

const member = (id: string, name: string, role: string): CastMember => ({ id, name, role });

describe('castLooks', () => {
  it('gives the same person the same look every time, whatever their id', () => {
    const a = castLooks([member('x', 'Robin Hale', 'Duty officer')]).get('x');
    const b = castLooks([member('robin', 'Robin Hale', 'Duty officer')]).get('robin');
    expect(a).toBe(b);
    expect(LOOK_IDS).toContain(a);
  });

  it('never gives two people in one cast the same look, while looks last', () => {
    const adultLooks = LOOK_IDS.filter((id) => LOOKS[id].age !== 'child');
    const cast = adultLooks.map((_, i) => member(`p${i}`, `Person Number ${i}`, 'Officer'));
    const looks = [...castLooks(cast).values()];
    expect(new Set(looks).size).toBe(adultLooks.length);
  });

  it("draws a child as a child, and never gives an adult a child's look", () => {
    const [child] = castLooks([member('r', 'Rowan Ash', "Kim's son, aged 10")]).values();
    expect(LOOKS[child!].age).toBe('child');
    const crowd = Array.from({ length: 40 }, (_, i) => member(`p${i}`, `Adult ${i}`, 'Officer'));
    expect([...castLooks(crowd).values()].every((look) => LOOKS[look].age !== 'child')).toBe(true);
  });

  it('still gives everyone a look when there are more people than looks', () => {
    const cast = Array.from({ length: LOOK_IDS.length + 3 }, (_, i) => member(`p${i}`, `Person ${i}`, 'Officer'));
    expect(castLooks(cast).size).toBe(cast.length);
  });

  it('uses a chosen look for a named person', () => {
    const [name, look] = Object.entries(LOOK_OVERRIDES)[0]!;
    expect(castLooks([member('someone', name.toUpperCase(), 'Anything')]).get('someone')).toBe(look);
  });

  it('follows what the role says about age, relation and uniform', () => {
    const [older] = castLooks([member('a', 'Pat Green', 'Tenant, aged 79')]).values();
    const [son] = castLooks([member('b', 'Alex Stone', "Mrs Stone's son")]).values();
    const [nurse] = castLooks([member('c', 'Sam Reid', 'District nurse')]).values();
    expect(LOOKS[older!].age).toBe('older');
    expect(LOOKS[son!].presentation).toBe('masculine');
    expect(LOOKS[nurse!].dress).toBe('nurse');
  });
});

describe('lookHints', () => {
  it('reads a relation before a title, so "Mrs Campbell\'s son" is a son', () => {
    expect(lookHints({ name: 'Lee Campbell', role: "Mrs Campbell's son" }).presentation).toBe('masculine');
    expect(lookHints({ name: 'Mrs Ada Price', role: 'Neighbour' }).presentation).toBe('feminine');
  });

  it('reads ages', () => {
    expect(lookHints({ name: 'A', role: 'Council tenant, aged 82' }).age).toBe('older');
    expect(lookHints({ name: 'B', role: 'Care leaver, aged 19' }).age).toBe('younger');
    expect(lookHints({ name: 'C', role: 'Team leader' }).age).toBeUndefined();
  });
});
