/**
 * `npm run verify -- record.json [more.json…]`: checks witness records exported by Common Ground
 * against the scenarios in this copy's stories/ folder. Exit code 0 when every file verifies.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeVerification, verifyWitnessFile } from '../assessor/verify-witness';
import { scenarioFromDisk } from '../build/scenario-from-disk';

const storiesDir = fileURLToPath(new URL('../../stories', import.meta.url));

async function main(files: string[]): Promise<number> {
  if (files.length === 0) {
    console.error('Usage: npm run verify -- witness-record.json');
    return 2;
  }
  let failures = 0;
  for (const file of files) {
    const result = await verifyWitnessFile(readFileSync(file, 'utf8'), scenarioFromDisk(storiesDir));
    (result.ok ? console.log : console.error)(`${file}: ${describeVerification(result)}`);
    if (!result.ok) failures++;
  }
  return failures === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
