import { z } from 'zod';

/**
 * Imported first by the app (src/start.ts) and the phone page (ui/phone/phone-main.ts), before any schema is built. Zod's JIT probes for eval (new Function),
 * which the page's Content-Security-Policy (index.html: script-src 'self', no 'unsafe-eval') refuses
 * and reports as a violation on every load; the plain interpreter is fast enough for our data.
 */
z.config({ jitless: true });
