import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inkPlugin } from '../../../src/build/ink-plugin';
import { scenarioPictures } from '../../../src/build/scenario-pictures';
import { compileInk } from '../../../src/compile/compile-ink';

const KSBS = new URL('../../../stories/ksbs.json', import.meta.url).pathname;
const HEADER = '# title: Pictures\n# family: tutorial\n# minutes: 1\n# summary: S\n';
const STORY = `${HEADER}The estate. # IMAGE: images/map.svg # alt: A map of the estate
# IMAGE: images/rota.png
The rota is pinned up.
* [Read it #score: comp +1, comm 0, chal 0 #reason: R.] -> END
* [Leave it #score: comp 0, comm 0, chal -1 #reason: R.] -> END
`;

type Transform = (this: unknown, code: string, id: string) => { code: string } | undefined;

describe('pictures at build time', () => {
  const project = mkdtempSync(join(tmpdir(), 'cg-pictures-'));
  const stories = join(project, 'stories');
  afterEach(() => rmSync(join(stories), { recursive: true, force: true }));

  function write(files: Record<string, string>): string {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(stories, name, '..'), { recursive: true });
      writeFileSync(join(stories, name), text);
    }
    return join(stories, 'pictures.ink');
  }

  function transform(file: string, source: string): { code?: string; error?: { message: string; loc?: { line: number } } } {
    const context = { error: (e: { message: string; loc?: { line: number } }) => { throw Object.assign(new Error('stop'), { detail: e }); }, warn: () => {}, addWatchFile: () => {} };
    try {
      return { code: (inkPlugin({ storiesDir: stories, ksbFile: KSBS }).transform as Transform).call(context, source, file)!.code };
    } catch (error) {
      return { error: (error as { detail: { message: string; loc?: { line: number } } }).detail };
    }
  }

  it('fails the build on a picture that is not there, with the file and the line that names it', () => {
    const file = write({ 'pictures.ink': STORY, 'images/map.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' });
    const { error } = transform(file, STORY);
    expect(error?.message).toMatch(/pictures\.ink:6: #IMAGE: images\/rota\.png: there is no such file/);
    expect(error?.loc?.line).toBe(6);
  });

  it('imports every picture it finds, so the build fingerprints it, and maps the path the story uses to its URL', () => {
    const file = write({ 'pictures.ink': STORY, 'images/map.svg': '<svg/>', 'images/rota.png': 'png' });
    const { code, error } = transform(file, STORY);
    expect(error).toBeUndefined();
    expect(code).toContain(`import picture0 from ${JSON.stringify(join(stories, 'images/map.svg') + '?url')};`);
    expect(code).toContain('images: { "images/map.svg": picture0, "images/rota.png": picture1 }');
  });

  it('names the line of a picture with no words for someone who cannot see it', () => {
    const source = `${HEADER}Look.\n# IMAGE: images/map.svg\n* [Go #score: comp 0, comm 0, chal 0 #reason: R.] -> END\n`;
    const file = write({ 'pictures.ink': source, 'images/map.svg': '<svg/>' });
    const { error } = transform(file, source);
    expect(error?.message).toMatch(/pictures\.ink:6: .*"#IMAGE: images\/map\.svg" needs words/);
  });

  it('fails the build on a web address, with the line, saying why the address came out cut short', () => {
    const source = `${HEADER}Look. # IMAGE: https://example.org/map.png\n-> END\n`;
    const { error } = transform(write({ 'pictures.ink': source }), source);
    expect(error?.message).toMatch(/pictures\.ink:5\n.*"#IMAGE: https:" is a web address \(ink read the "\/\/" after "https:" as the start of a comment/);
    expect(error?.loc?.line).toBe(5);
  });

  it('keeps pictures inside the project', () => {
    const source = `${HEADER}Out. # IMAGE: ../../elsewhere/map.png\n-> END\n`;
    const file = write({ 'pictures.ink': source });
    const { problems } = scenarioPictures(file, source, compileInk(source, file).json, project);
    expect(problems).toEqual([{ message: expect.stringMatching(/is outside the project/), line: 5 }]);
  });
});
