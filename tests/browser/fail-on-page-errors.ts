import { afterEach, expect } from 'vitest';
import { takeBrowserErrors } from './browser';

/**
 * Registered for every browser test (vite.config.ts, setupFiles): a test fails if any page it
 * opened logged a console error, threw an uncaught error or had something refused by the
 * Content-Security-Policy, whether or not the test itself looked.
 */
afterEach(() => {
  expect(takeBrowserErrors(), 'console or page errors in the browser during this test').toEqual([]);
});
