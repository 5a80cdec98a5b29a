import { describe, expect, it } from 'vitest';
import { Cmi5LaunchError, fetchAuthToken, parseCmi5Launch, parseLaunchData, reportsResults } from '../../../src/reporting/cmi5-launch';

const actor = { objectType: 'Agent', name: 'A', account: { homePage: 'https://lms.example.org', name: 'a1' } };
const query = (extra: Record<string, string> = {}) =>
  `?${new URLSearchParams({ endpoint: 'https://lrs.example.org/xapi/', fetch: 'https://lms.example.org/fetch/1', actor: JSON.stringify(actor), registration: 'r-1', activityId: 'https://x.example/au', ...extra })}`;

describe('a cmi5 launch', () => {
  it('is read from the query string, or is not a cmi5 launch at all', () => {
    expect(parseCmi5Launch(query())).toMatchObject({ endpoint: 'https://lrs.example.org/xapi/', registration: 'r-1', actor: { account: { name: 'a1' } } });
    expect(parseCmi5Launch('?lms=scorm&scenario=x')).toBeNull();
  });

  it('names what the LMS left out, and refuses an actor without an account', () => {
    expect(() => parseCmi5Launch(query({ registration: '' }))).toThrow(/without registration/);
    expect(() => parseCmi5Launch(query({ actor: JSON.stringify({ mbox: 'mailto:a@example.org' }) }))).toThrow(Cmi5LaunchError);
  });

  it('POSTs to the fetch URL for the token and reports cmi5 error replies in words', async () => {
    const calls: Array<[string, RequestInit | undefined]> = [];
    const reply = (body: unknown): typeof fetch => async (url, init) => {
      calls.push([String(url), init]);
      return new Response(JSON.stringify(body));
    };
    expect(await fetchAuthToken('https://lms.example.org/fetch/1', reply({ 'auth-token': 'abc' }))).toBe('abc');
    expect(calls[0]![1]?.method).toBe('POST');
    await expect(fetchAuthToken('u', reply({ 'error-code': '1', 'error-text': 'already used' }))).rejects.toThrow(/already used \(cmi5 error 1\)/);
  });

  it('checks the launch data and reports only in Normal mode', () => {
    const data = parseLaunchData({ contextTemplate: {}, launchMode: 'Normal', moveOn: 'Passed', masteryScore: 0.8 });
    expect(reportsResults(data)).toBe(true);
    expect(reportsResults(parseLaunchData({ contextTemplate: {}, launchMode: 'Review', moveOn: 'Completed' }))).toBe(false);
    expect(() => parseLaunchData({ launchMode: 'Normal', moveOn: 'Completed' })).toThrow(/contextTemplate/);
  });
});
