/**
 * Browser tests drive Debian's Chromium; nothing here can download a browser of its own. On a fresh
 * Debian machine where we are root, install it with apt; anywhere else, say exactly what is missing.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from './browser';

if (!existsSync(CHROMIUM_PATH)) {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`${CHROMIUM_PATH} not found: installing Debian's chromium package…`);
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  } else {
    console.error(`Browser tests need Chromium at ${CHROMIUM_PATH} (or set CHROMIUM_PATH). On Debian: sudo apt-get install chromium`);
    process.exit(1);
  }
}
