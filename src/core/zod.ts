import { z } from 'zod/mini';

/**
 * The one door to zod: every schema in src/ imports `z` from here, so this setup runs before any
 * schema is built, in the page, the phone page, the relay and the command-line tools alike.
 * - zod/mini, not classic zod: the same checks written as functions, so the bundler leaves out
 *   what we never call (classic is about three times the size on the first screen, and slower to
 *   build at import).
 * - English messages: mini ships none, and our refusals quote zod's own message wherever a schema
 *   gives none ("Invalid input: expected string, received number").
 * - No JIT: zod's JIT probes for eval (new Function), which the page's Content-Security-Policy
 *   (index.html: script-src 'self', no 'unsafe-eval') refuses and reports as a violation on every
 *   load; the plain interpreter is fast enough for our data.
 */
z.config({ ...z.locales.en(), jitless: true });

export { z };
