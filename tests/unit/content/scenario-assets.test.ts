import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { AUDIO_FILES } from '../../../src/audio/audio-manifest';
import { buildScenario, scenarioFiles } from '../../../src/build/ink-plugin';
import { lintScenarioAssets } from '../../../src/content/asset-lint';
import { castLooks, EXPRESSIONS, LOOK_IDS } from '../../../src/content/cast-looks';
import { PLACES } from '../../../src/content/places';
import { parseScenarioMeta } from '../../../src/narrative/scenario-meta';
import { collectTags } from '../../../src/narrative/tag-lint';
import { compileSource } from '../../fixtures/compile-fixture';

const storiesDir = fileURLToPath(new URL('../../../stories', import.meta.url));
const asset = (path: string) => fileURLToPath(new URL(`../../../assets/${path}`, import.meta.url));

function lintFile(file: string): string[] {
  const built = buildScenario(file);
  return lintScenarioAssets(built.meta, collectTags(JSON.parse(built.json)).map((t) => t.raw));
}

describe('every shipped scenario is fully dressed', () => {
  it.each(scenarioFiles(storiesDir))('%s: places, sounds, music and cast all resolve', (file) => {
    expect(lintFile(file)).toEqual([]);
  });

  it.each(scenarioFiles(storiesDir))('%s: no two cast members share a look', (file) => {
    const { meta } = buildScenario(file);
    const looks = [...castLooks(meta.cast).values()];
    expect(new Set(looks).size).toBe(looks.length);
  });

  it.each(scenarioFiles(storiesDir))('%s: every ending has its title and summary for the debrief and My progress', (file) => {
    const built = buildScenario(file);
    const endings = [...new Set(collectTags(JSON.parse(built.json)).flatMap((t) => /^\s*ending\s*:\s*(\S+)/.exec(t.raw)?.[1] ?? []))];
    expect(endings.length).toBeGreaterThanOrEqual(3);
    const words = new Map((built.meta.endings ?? []).map((e) => [e.id, e]));
    expect(endings.filter((id) => !words.get(id)?.title || !words.get(id)?.summary)).toEqual([]);
  });
});

describe('the asset manifests point at real files', () => {
  it.each(PLACES)('place %s has its art', (place) => {
    expect(existsSync(asset(`places/${place}.svg`))).toBe(true);
  });

  it.each(LOOK_IDS)('look %s has its portrait', (look) => {
    expect(existsSync(asset(`people/${look}.svg`))).toBe(true);
  });

  it.each(EXPRESSIONS)('expression %s has its features and eyebrows', (mood) => {
    expect(existsSync(asset(`people/expressions/${mood}.svg`))).toBe(true);
    expect(existsSync(asset(`people/expressions/${mood}-brows.svg`))).toBe(true);
  });

  it.each(AUDIO_FILES)('sound file %s is there in WebM and in MP3', (name) => {
    expect(existsSync(asset(`audio/${name}.webm`))).toBe(true);
    expect(existsSync(asset(`audio/${name}.mp3`))).toBe(true);
  });
});

describe('lintScenarioAssets', () => {
  const source = (body: string, cast = '# cast: sam = Sam Okoro, Receptionist\n') =>
    `# title: T\n# family: tutorial\n# minutes: 1\n# summary: S\n${cast}${body}\n-> END\n`;
  const lint = (body: string, cast?: string) => {
    const s = compileSource('dressing', source(body, cast));
    const meta = parseScenarioMeta('dressing', new Story(s.json).globalTags ?? []);
    return lintScenarioAssets(meta, collectTags(JSON.parse(s.json)).map((t) => t.raw));
  };

  it('names a place that has no art', () => {
    expect(lint('Hello. #background: ballroom', '')).toEqual([expect.stringContaining('#background: ballroom has no art')]);
  });

  it('names a sound or a music track with no file', () => {
    expect(lint('A. #sound: trumpet\nB. #music: jazz\nC. #music: stop', '')).toEqual([
      expect.stringContaining('#sound: trumpet has no sound file'),
      expect.stringContaining('#music: jazz has no music file'),
    ]);
  });

  it('asks for a chosen look for each cast member', () => {
    expect(lint('Hello. #speaker: sam')).toEqual([expect.stringContaining("add 'sam okoro' to LOOK_OVERRIDES")]);
  });

  it('passes a scenario that uses only what exists', () => {
    expect(lint('A. #background: front-desk #sound: phone-ring\nB. #music: calm\nC. #sound: office-murmur', '')).toEqual([]);
  });
});
