import { readdirSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { compileInk, InkCompileError } from '../../../src/compile/compile-ink';
import { analyseScenario } from '../../../src/analysis/analyse-scenario';
import { summariseForPlayer } from '../../../src/analysis/player-summary';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { buildScenario, inkPlugin, loadKsbCatalogue, scenarioFiles } from '../../../src/build/ink-plugin';
import { fixturePath } from '../../fixtures/compile-fixture';

const storiesDir = new URL('../../../stories', import.meta.url).pathname;
const ksbs = loadKsbCatalogue(join(storiesDir, 'ksbs.json'));

// The real analyser, counted: the summary module must not analyse a story the transform has played.
vi.mock('../../../src/analysis/analyse-scenario', async (original) => {
  const real = await original<typeof import('../../../src/analysis/analyse-scenario')>();
  return { ...real, analyseScenario: vi.fn(real.analyseScenario) };
});

type Transform = (this: unknown, code: string, id: string) => unknown;
type Load = (this: unknown, id: string) => string | null;
function collectingContext(errors: unknown[]) {
  return { error: (e: unknown) => { errors.push(e); throw new Error('stop'); }, warn: () => {}, addWatchFile: () => {}, environment: { mode: 'build' } };
}

/** What a module the plugin made exports by default, run as the browser would. */
async function defaultExport(code: string): Promise<Record<string, unknown>> {
  return ((await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: Record<string, unknown> }).default;
}

describe('compiling ink at build time', () => {
  it('gives the runtime JSON and a SHA-256 content hash', () => {
    const built = buildScenario(fixturePath('two-doors'));
    expect(JSON.parse(built.json).inkVersion).toBe(21);
    expect(built.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(built.meta.title).toBe('Two doors');
  });

  it('fails with the file, line and message of a compile error', () => {
    expect(() => buildScenario(fixturePath('broken-divert'))).toThrow(InkCompileError);
    expect(() => buildScenario(fixturePath('broken-divert'))).toThrow("broken-divert.ink:6: error: Divert target not found: '-> nowhere'");
  });

  it('reports every syntax error, not only the first', () => {
    try {
      compileInk('Hi\n* [a\n{ x \n', '/tmp/two-errors.ink');
      expect.unreachable();
    } catch (error) {
      expect((error as InkCompileError).diagnostics.map((d) => d.line)).toEqual([2, 3]);
    }
  });

  it('fails the build on a tag error, naming the passage', () => {
    expect(() => buildScenario(fixturePath('unknown-tag'))).toThrow(/unknown-tag.ink: unknown-tag: passage meeting: unknown tag/);
  });

  it('fails the build on a KSB code that is not in the list, naming the scenario and passage', () => {
    expect(() => buildScenario(fixturePath('unknown-ksb'), ksbs)).toThrow(
      'unknown-ksb.ink: unknown-ksb: passage meeting: KSB code "P-S99" is not in the KSB list (ksbs.json)',
    );
  });

  it('fails the build when the KSB list itself is invalid, naming the entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-ksbs-'));
    const file = join(dir, 'ksbs.json');
    writeFileSync(file, JSON.stringify({ format: 'common-ground/ksbs', version: 1, standard: 'S', reference: 'ST1', items: [{ code: 'K1', kind: 'skill', title: '', description: 'd', axis: 'compliance' }] }));
    const errors: unknown[] = [];
    const transform = inkPlugin({ storiesDir, ksbFile: file }).transform as Transform;
    expect(() => transform.call(collectingContext(errors), '', fixturePath('two-doors'))).toThrow('stop');
    expect(String((errors[0] as { message: string }).message)).toMatch(/ksbs\.json is not a valid KSB list: KSB 1 \(code K1\) has no title/);
  });

  it('passes author TODOs and warnings on without failing', () => {
    const built = compileInk('TODO: tighten this scene\nHello.\n-> END\n', '/tmp/todo.ink');
    expect(built.diagnostics).toEqual([{ severity: 'todo', file: 'todo.ink', line: 1, message: 'tighten this scene' }]);
  });

  it('hands the transform an error Vite can show with file and line', () => {
    const plugin = inkPlugin({ storiesDir });
    const errors: unknown[] = [];
    const transform = plugin.transform as Transform;
    expect(() => transform.call(collectingContext(errors), '', fixturePath('broken-divert'))).toThrow('stop');
    expect(errors[0]).toMatchObject({ loc: { line: 6 }, message: expect.stringContaining('Divert target not found') });
  });
});

describe('a scenario and its summary, in separate modules', () => {
  const plugin = inkPlugin({ storiesDir });
  const transform = plugin.transform as Transform;
  const load = plugin.load as Load;

  it('gives play the story, its metadata and its pictures, and none of the analysis', async () => {
    const file = fixturePath('two-doors');
    const { code } = transform.call(collectingContext([]), readFileSync(file, 'utf8'), file) as { code: string };
    const scenario = await defaultExport(code);
    expect(Object.keys(scenario).sort()).toEqual(['hash', 'id', 'images', 'json', 'meta']);
    expect(scenario.hash).toBe(buildScenario(file).hash);
    // The catalogue's entry for it, so play needs no catalogue (ui/services/scenario-source.ts).
    expect(scenario.meta).toEqual(buildScenario(file).meta);
  });

  it('gives `<file>.ink?summary` the ranges, map and best routes the debrief draws', async () => {
    const file = fixturePath('two-doors');
    const summary = await defaultExport(load.call(collectingContext([]), `${file}?summary`)!);
    expect(summary).toEqual(summariseForPlayer(analyseScenario('two-doors', buildScenario(file).json)));
    expect(summary.bounds).toMatchObject({ compliance: { min: -2, max: 2 } });
    expect(summary.map).not.toBeNull();
    expect(summary.route).not.toBeNull();
  });

  it('analyses each version of a story once, for the scenario and its summary together', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cg-once-')), 'once.ink');
    const source = `# title: Once\n# family: tutorial\n# minutes: 1\n# summary: Analysed once.\n# cast: sam = Sam Lee, Officer\nStart ${Date.now()}.\n* [Go #score: comp 1, comm 0, chal 0 #reason: Fine.] Gone.\n- -> END\n`;
    writeFileSync(file, source);
    const runs = () => vi.mocked(analyseScenario).mock.calls.filter(([id]) => id === 'once').length;
    transform.call(collectingContext([]), source, file);
    load.call(collectingContext([]), `${file}?summary`);
    load.call(collectingContext([]), `${file}?summary`);
    expect(runs()).toBe(1);
  });

  it('fails the summary of a story that does not compile, with file and line', () => {
    const errors: unknown[] = [];
    expect(() => load.call(collectingContext(errors), `${fixturePath('broken-divert')}?summary`)).toThrow('stop');
    expect(errors[0]).toMatchObject({ loc: { line: 6 }, message: expect.stringContaining('Divert target not found') });
  });

  it('lists a lazy import of each for every scenario, by id', () => {
    const code = load.call(collectingContext([]), '\0virtual:scenario-loaders')!;
    for (const file of scenarioFiles(storiesDir)) {
      const id = JSON.stringify(basename(file, '.ink'));
      expect(code).toContain(`${id}: () => import(${JSON.stringify(file)})`);
      expect(code).toContain(`${id}: () => import(${JSON.stringify(`${file}?summary`)})`);
    }
  });
});

describe('the shipped scenarios', () => {
  it('are every .ink file in stories/ not starting with _', () => {
    const names = readdirSync(storiesDir).filter((n) => n.endsWith('.ink') && !n.startsWith('_'));
    expect(scenarioFiles(storiesDir).length).toBe(names.length);
    expect(names.length).toBeGreaterThan(0);
  });

  it.each(scenarioFiles(storiesDir))('%s compiles with no tag errors and only listed KSB codes', (file) => {
    const built = buildScenario(file, ksbs);
    expect(built.meta.title.length).toBeGreaterThan(0);
    expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
