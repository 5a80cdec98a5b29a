import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, strToU8 } from 'fflate';
import { buildScenario, scenarioFiles } from '../build/ink-plugin';
import { cmi5CourseStructure, scormManifest, type PackagedScenario } from '../reporting/package-manifests';

/**
 * `npm run package:cmi5` / `npm run package:scorm`: zips the built game (dist/) with cmi5.xml or
 * imsmanifest.xml at the zip's root, ready to upload to an LMS. The npm scripts build first.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const standard = process.argv[2];
if (standard !== 'cmi5' && standard !== 'scorm') {
  console.error('usage: package-lms.ts cmi5|scorm');
  process.exit(2);
}
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/index.html is missing: run `npm run build` first');
  process.exit(1);
}

const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const scenarios: PackagedScenario[] = scenarioFiles(join(root, 'stories')).map((file) => {
  const { meta } = buildScenario(file);
  return { id: meta.id, title: meta.title, summary: meta.summary };
});

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [relative(dist, path).split('\\').join('/')];
  });
}
const files = walk(dist).sort();
const entries: Record<string, Uint8Array> = Object.fromEntries(files.map((f) => [f, readFileSync(join(dist, f))]));
if (standard === 'cmi5') entries['cmi5.xml'] = strToU8(cmi5CourseStructure(scenarios, version));
else entries['imsmanifest.xml'] = strToU8(scormManifest(scenarios, files, version));

const outDir = join(root, 'dist-packages');
mkdirSync(outDir, { recursive: true });
const out = join(outDir, `common-ground-${standard}-${version}.zip`);
writeFileSync(out, zipSync(entries, { level: 6, mtime: new Date('2026-01-01T00:00:00Z') }));
console.log(`${out}: ${scenarios.length} scenarios, ${files.length} files, ${(statSync(out).size / 1024).toFixed(0)} KiB`);
