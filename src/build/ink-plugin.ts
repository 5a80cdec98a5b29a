import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { Story } from 'inkjs';
import type { Plugin, ViteDevServer } from 'vite';
import { lintScenarioTags } from '../narrative/tag-lint';
import { parseScenarioMeta, type ScenarioMeta } from '../narrative/scenario-meta';
import { AuthoringError } from '../narrative/authoring-error';
import { ksbCodes, KsbCatalogueError, ksbListProblemsText, readKsbListFile, type KsbCatalogue } from '../content/ksb-catalogue';
import { analyseScenario } from '../analysis/analyse-scenario';
import { summariseForPlayer } from '../analysis/player-summary';
import type { ScenarioSummary } from '../content/scenario-summary';
import { stopsTheGame, type Finding } from '../analysis/findings';
import { sourceLineOf } from './source-line';
import { scenarioPictures, type ScenarioPicture } from './scenario-pictures';
import { compileInk, formatDiagnostic, InkCompileError, type CompiledInk } from '../compile/compile-ink';

const CATALOGUE_ID = 'virtual:scenarios';
const RESOLVED_CATALOGUE_ID = '\0' + CATALOGUE_ID;
const LOADERS_ID = 'virtual:scenario-loaders';
const RESOLVED_LOADERS_ID = '\0' + LOADERS_ID;
const KSB_ID = 'virtual:ksb-catalogue';
const RESOLVED_KSB_ID = '\0' + KSB_ID;
/** `<file>.ink?summary` is what the build worked out about the scenario, in a chunk apart from the story. */
const SUMMARY_QUERY = '?summary';

/** Reads and validates the KSB list that scenarios' `#ksb:` tags refer to; throws KsbCatalogueError naming the entry. */
export function loadKsbCatalogue(file: string): KsbCatalogue {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new KsbCatalogueError(`cannot read the KSB list ${file}: ${(error as Error).message}`);
  }
  // The same reading as a list imported in Settings, so a file that builds also imports.
  const reading = readKsbListFile(text);
  if (reading.kind === 'invalid') throw new KsbCatalogueError(`${basename(file)} is not a valid KSB list: ${ksbListProblemsText(reading.problems)}`);
  return reading.list;
}

/** A scenario file is any `.ink` directly in stories/ whose name does not start with `_` (those are INCLUDEs). */
export function scenarioFiles(storiesDir: string): string[] {
  return readdirSync(storiesDir)
    .filter((name) => name.endsWith('.ink') && !name.startsWith('_'))
    .sort()
    .map((name) => join(storiesDir, name));
}

function scenarioIdOf(file: string): string {
  return basename(file, '.ink');
}

interface BuiltScenario extends CompiledInk {
  meta: ScenarioMeta;
}

/**
 * Compiles and lints one scenario; throws InkCompileError or AuthoringError with file and place.
 * Given the KSB list, a `#ksb:` code that is not in it is an authoring error. Analysis is separate
 * (summaryOf): the catalogue needs only metadata, so the scenario list never waits for it.
 */
export function buildScenario(file: string, ksbs?: KsbCatalogue): BuiltScenario {
  const id = scenarioIdOf(file);
  const compiled = compileInk(readFileSync(file, 'utf8'), file);
  const globalTags = new Story(compiled.json).globalTags ?? [];
  const problems = lintScenarioTags(id, compiled.json, globalTags, ksbs && ksbCodes(ksbs));
  if (problems.length > 0) throw new AggregateError(problems, problems.map((p) => `${basename(file)}: ${p.message}`).join('\n'));
  return { ...compiled, meta: parseScenarioMeta(id, globalTags) };
}

interface PlayedScenario {
  summary: ScenarioSummary;
  /** What would stop the game, found by playing every path; the build fails on these. */
  stoppers: Finding[];
  /** What the analysis could not settle or thinks worth a look; the build warns. */
  warnings: Finding[];
}

// A dev server transforms a scenario again on every reload; analyse each version of a story once.
const played = new Map<string, PlayedScenario>();

/**
 * Plays every path, as the game would: the per-axis ranges and the map for the debrief, and what
 * the game would stop on. Quality findings (an unscored choice, a loop with no way out) are
 * `npm run check:stories`'s to fail on, with the whole report.
 */
function playEveryPath(id: string, compiled: CompiledInk): PlayedScenario {
  const known = played.get(compiled.hash);
  if (known) return known;
  const analysis = analyseScenario(id, compiled.json);
  const result = {
    summary: summariseForPlayer(analysis),
    stoppers: analysis.findings.filter(stopsTheGame),
    warnings: analysis.findings.filter((f) => (f.severity === 'warning' || f.code === 'state-limit') && !stopsTheGame(f)),
  };
  played.set(compiled.hash, result);
  return result;
}

/** The error, with the file and the nearest line, for each finding that would stop the game. */
export function describeStoppers(file: string, source: string, stoppers: readonly Finding[]): { message: string; line: number | null } {
  const where = relative(process.cwd(), file) || file;
  const lines = stoppers.map((f) => ({ f, line: sourceLineOf(source, f.where, f.message) }));
  const message = lines.map(({ f, line }) => `${where}${line ? `:${line}` : ''}: ${f.where}: ${f.message}`).join('\n');
  return { message: `the game would stop in ${where}:\n${message}`, line: lines.find((l) => l.line !== null)?.line ?? null };
}

/**
 * Compiles `stories/*.ink` at build time. `import x from './a.ink'` gives `{ id, hash, json, images }`,
 * what play needs; `'./a.ink?summary'` gives the ranges, map and best routes (ScenarioSummary),
 * which only the debrief, progress, the trainer's map and reporting use. `virtual:scenarios` gives
 * the catalogue (metadata only) and `virtual:scenario-loaders` a lazy loader of each per scenario,
 * so the scenario list never waits for every story to download, nor play for the summary.
 */
export function inkPlugin(options: { storiesDir: string; ksbFile?: string }): Plugin {
  let server: ViteDevServer | undefined;
  const ksbFile = options.ksbFile ?? join(options.storiesDir, 'ksbs.json');
  // Read on every use so an edit to the list shows in the dev server; it is small.
  const ksbs = () => loadKsbCatalogue(ksbFile);
  return {
    name: 'common-ground-ink',
    configureServer(devServer) {
      server = devServer;
      // A scenario added or removed changes the list. The folder is watched here, not with
      // addWatchFile: in a dev server that call also makes the folder an import, which cannot resolve.
      devServer.watcher.add(options.storiesDir);
      const listChanged = (file: string) => {
        if (file.endsWith('.ink') && dirname(file) === options.storiesDir) reloadCatalogue(devServer);
      };
      devServer.watcher.on('add', listChanged);
      devServer.watcher.on('unlink', listChanged);
    },
    resolveId(id) {
      if (id === CATALOGUE_ID) return RESOLVED_CATALOGUE_ID;
      if (id === LOADERS_ID) return RESOLVED_LOADERS_ID;
      return id === KSB_ID ? RESOLVED_KSB_ID : null;
    },
    load(id) {
      if (id === RESOLVED_KSB_ID) {
        this.addWatchFile(ksbFile);
        return loadKsbModule(this, ksbs);
      }
      // The loaders alone, named by file: the page's entry asks for a scenario with them before the
      // catalogue (every scenario's metadata) has arrived.
      if (id === RESOLVED_LOADERS_ID) {
        if (this.environment.mode !== 'dev') this.addWatchFile(options.storiesDir);
        return loadersModule(scenarioFiles(options.storiesDir));
      }
      if (id.endsWith(SUMMARY_QUERY)) return summaryModule(this, id.slice(0, -SUMMARY_QUERY.length), ksbs);
      if (id !== RESOLVED_CATALOGUE_ID) return null;
      if (this.environment.mode !== 'dev') this.addWatchFile(options.storiesDir);
      this.addWatchFile(ksbFile);
      const list = this.environment.mode === 'dev' ? tryLoad(ksbs) : ksbs();
      const entries = scenarioFiles(options.storiesDir).map((file) =>
        this.environment.mode === 'dev' ? tryBuild(file, list) : catalogueEntry(file, buildScenario(file, list)),
      );
      const catalogue = entries.map(({ id, meta, error }) => ({ id, meta, error }));
      return `export const catalogue = ${JSON.stringify(catalogue)};\n`;
    },
    // The scenario itself; its `?summary` module is made in load (summaryModule).
    transform(source, id) {
      if (!id.endsWith('.ink')) return null;
      // Only building can throw; this.error throws too, so it is called outside, keeping its line.
      let built: BuiltScenario;
      try {
        built = buildScenario(id, ksbs());
      } catch (error) {
        this.error(describeFailure(id, error));
      }
      for (const d of built.diagnostics) this.warn(formatDiagnostic(d));
      for (const include of built.includes) this.addWatchFile(include);
      const where = relative(process.cwd(), id);
      const { pictures, problems } = scenarioPictures(id, source, built.json, dirname(options.storiesDir));
      if (problems.length > 0) {
        const message = problems.map((p) => `${where}${p.line ? `:${p.line}` : ''}: ${p.message}`).join('\n');
        const line = problems.find((p) => p.line)?.line;
        this.error({ message: `missing pictures in ${where}\n${message}`, id, ...(line ? { loc: { file: id, line, column: 0 } } : {}) });
      }
      // Analysed here, where a stopper can fail the build; the summary module finds it done (played).
      const { stoppers, warnings } = playEveryPath(built.meta.id, built);
      for (const w of warnings) this.warn(`${where}: ${w.where}: ${w.message}`);
      if (stoppers.length > 0) {
        const { message, line } = describeStoppers(id, source, stoppers);
        this.error({ message, id, ...(line ? { loc: { file: id, line, column: 0 } } : {}) });
      }
      // Its metadata too, so the play screen has title, cast and content notes without the catalogue.
      const payload = { id: scenarioIdOf(id), hash: built.hash, json: built.json, meta: built.meta };
      return { code: scenarioModule(payload, pictures), map: null };
    },
    // A summary's chunk is named `<id>-summary-<hash>.js`, beside the scenario's `<id>-<hash>.js`.
    outputOptions(output) {
      const named = output.chunkFileNames ?? 'assets/[name]-[hash].js';
      return {
        ...output,
        chunkFileNames: (chunk) => {
          const pattern = typeof named === 'function' ? named(chunk) : named;
          return chunk.facadeModuleId?.endsWith(SUMMARY_QUERY) ? pattern.replace('[name]', '[name]-summary') : pattern;
        },
      };
    },
    // An edited scenario's own modules, story and `?summary`, belong to its file (and its INCLUDEs,
    // watched by each), so Vite invalidates both; the list and the KSB list are made here.
    hotUpdate({ file }) {
      if (!(file.endsWith('.ink') || file === ksbFile) || !server) return;
      reloadCatalogue(server);
      return [];
    },
  };
}

/**
 * The scenario's module. Each picture is imported, so Vite fingerprints it, serves it in the dev
 * server and the offline copy keeps it; `images` maps the author's path to the URL it ends up at.
 */
function scenarioModule(payload: object, pictures: readonly ScenarioPicture[]): string {
  const imports = pictures.map((p, i) => `import picture${i} from ${JSON.stringify(`${p.file}?url`)};`);
  const images = pictures.map((p, i) => `${JSON.stringify(p.src)}: picture${i}`).join(', ');
  return `${imports.join('\n')}\nexport default { ...${JSON.stringify(payload)}, images: { ${images} } };`;
}

/** Two lazy imports per scenario, by id: the story for play, and the summary for the debrief and the rest. */
function loadersModule(files: readonly string[]): string {
  const table = (name: string, query: string) =>
    `export const ${name} = {\n${files.map((file) => `  ${JSON.stringify(scenarioIdOf(file))}: () => import(${JSON.stringify(file + query)}),`).join('\n')}\n};\n`;
  return table('loaders', '') + table('summaries', SUMMARY_QUERY);
}

/**
 * `<file>.ink?summary`: the scenario's ranges, map and best routes. Compiled again (quick) but not
 * analysed again: the scenario's transform has played it, or will find this version played. In the
 * dev server the module belongs to the same file, so an edit invalidates it with the story; its
 * INCLUDEs are watched here as they are there.
 */
function summaryModule(context: SummaryContext, file: string, ksbs: () => KsbCatalogue): string {
  let built: BuiltScenario;
  try {
    built = buildScenario(file, ksbs());
  } catch (error) {
    context.error(describeFailure(file, error));
  }
  for (const include of built.includes) context.addWatchFile(include);
  return `export default ${JSON.stringify(playEveryPath(built.meta.id, built).summary)};\n`;
}

interface SummaryContext {
  error(error: ReturnType<typeof describeFailure>): never;
  addWatchFile(file: string): void;
}

// A scenario's title, cast or errors may have changed: the list is rebuilt and the page reloaded.
function reloadCatalogue(server: ViteDevServer): void {
  for (const moduleId of [RESOLVED_CATALOGUE_ID, RESOLVED_LOADERS_ID, RESOLVED_KSB_ID]) {
    const module = server.moduleGraph.getModuleById(moduleId);
    if (module) server.moduleGraph.invalidateModule(module);
  }
  server.ws.send({ type: 'full-reload' });
}

interface CatalogueEntry {
  id: string;
  file: string;
  meta: ScenarioMeta | null;
  error: string | null;
}

/** `virtual:ksb-catalogue` is the validated KSB list; an invalid list fails the build with the entry at fault. */
function loadKsbModule(context: { error(message: string): never }, ksbs: () => KsbCatalogue): string {
  try {
    return `export default ${JSON.stringify(ksbs())};\n`;
  } catch (error) {
    context.error(error instanceof KsbCatalogueError ? error.message : String(error));
  }
}

// In the dev server a broken KSB list is reported by its own module; scenarios are still listed.
function tryLoad(ksbs: () => KsbCatalogue): KsbCatalogue | undefined {
  try {
    return ksbs();
  } catch {
    return undefined;
  }
}

function catalogueEntry(file: string, built: BuiltScenario): CatalogueEntry {
  return { id: scenarioIdOf(file), file, meta: built.meta, error: null };
}

// In the dev server a broken scenario must not take the whole catalogue down: the list shows the
// author its error instead. A production build fails outright.
function tryBuild(file: string, ksbs: KsbCatalogue | undefined): CatalogueEntry {
  try {
    return catalogueEntry(file, buildScenario(file, ksbs));
  } catch (error) {
    return { id: scenarioIdOf(file), file, meta: null, error: describeFailure(file, error).message };
  }
}

function readSource(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function describeFailure(id: string, error: unknown): { message: string; id: string; loc?: { file: string; line: number; column: number } } {
  const where = relative(process.cwd(), id);
  if (error instanceof InkCompileError) {
    const first = error.diagnostics.find((d) => d.severity === 'error');
    const loc = first?.line ? { file: id, line: first.line, column: 0 } : undefined;
    return { message: `ink compile failed in ${where}\n${error.message}`, id, ...(loc ? { loc } : {}) };
  }
  if (error instanceof AggregateError || error instanceof AuthoringError) {
    const first = (error instanceof AggregateError ? error.errors : [error]).find((e): e is AuthoringError => e instanceof AuthoringError);
    const line = first ? sourceLineOf(readSource(id), first.location, first.detail) : null;
    return { message: `authoring errors in ${where}${line ? `:${line}` : ''}\n${error.message}`, id, ...(line ? { loc: { file: id, line, column: 0 } } : {}) };
  }
  return { message: `could not build ${where}: ${String(error)}`, id };
}
