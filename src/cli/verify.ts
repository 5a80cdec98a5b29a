/**
 * `npm run verify -- [--trust keys.json …] record.json [more.json…]`: checks witness records
 * exported by Common Ground against the scenarios in this copy's stories/ folder, and their
 * signatures against the trusted keys given (a keys file exported from the evidence locker).
 * Each file gets one line; a bad file never stops the rest. Exit code 0 when every file verifies.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeVerification, verifyWitnessFile } from '../assessor/verify-witness';
import { readTrustedKeys, type NamedKey } from '../assessor/witness-keys';
import { scenarioFromDisk } from '../build/scenario-from-disk';
import { parseStrictJson } from '../core/strict-json';

const storiesDir = fileURLToPath(new URL('../../stories', import.meta.url));

type Read = { text: string } | { problem: string };

function readText(path: string): Read {
  try {
    return { text: readFileSync(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { problem: `file not found: ${path}` };
    if (code === 'EISDIR') return { problem: `this is a folder, not a file: ${path}` };
    if (code === 'EACCES') return { problem: `not allowed to read: ${path}` };
    return { problem: `could not read ${path}: ${(error as Error).message}` };
  }
}

async function loadTrusted(path: string): Promise<NamedKey[] | string> {
  const read = readText(path);
  if ('problem' in read) return read.problem;
  const parsed = parseStrictJson(read.text);
  if (!parsed.ok) return `${path}: line ${parsed.line}, column ${parsed.column}: ${parsed.problem}`;
  const keys = await readTrustedKeys(parsed.value);
  return 'problem' in keys ? `${path}: ${keys.problem}` : keys.keys;
}

function splitArgs(args: string[]): { keyFiles: string[]; files: string[] } {
  const keyFiles: string[] = [];
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--trust') keyFiles.push(args[++i] ?? '');
    else files.push(args[i]!);
  }
  return { keyFiles, files };
}

async function main(args: string[]): Promise<number> {
  const { keyFiles, files } = splitArgs(args);
  if (files.length === 0) {
    console.error('Usage: npm run verify -- [--trust trusted-keys.json] witness-record.json [more.json…]');
    return 2;
  }
  const trusted: NamedKey[] = [];
  for (const path of keyFiles) {
    const keys = await loadTrusted(path);
    if (typeof keys === 'string') {
      console.error(`Trusted keys not read: ${keys}`);
      return 2;
    }
    trusted.push(...keys);
  }
  if (trusted.length === 0) console.error('No trusted keys given (--trust keys.json): records will be checked, but none can be accepted.');
  let failures = 0;
  for (const file of files) {
    const read = readText(file);
    const result = 'problem' in read ? null : await verifyWitnessFile(read.text, scenarioFromDisk(storiesDir), { trusted });
    const ok = result?.ok === true;
    (ok ? console.log : console.error)(`${file}: ${result ? describeVerification(result) : `Not verified: ${(read as { problem: string }).problem}.`}`);
    if (!ok) failures++;
  }
  return failures === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
