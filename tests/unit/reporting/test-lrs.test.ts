import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basic, startTestLrs, type TestLrs } from '../../lrs/test-lrs';

/** The test LRS must refuse what a real one refuses, or the reporting tests prove nothing. */
let lrs: TestLrs;
beforeAll(async () => {
  lrs = await startTestLrs({ key: 'k', secret: 's' });
});
afterAll(() => lrs.close());

const statement = {
  id: '7e5c4a9a-3d1f-4f3c-9f0e-1d2a3b4c5d6e',
  actor: { objectType: 'Agent', mbox: 'mailto:learner@example.org' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/initialized' },
  object: { objectType: 'Activity', id: 'https://example.org/activity' },
};

function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  return fetch(new URL(path, lrs.endpoint), {
    method,
    headers: { 'X-Experience-API-Version': '1.0.3', Authorization: basic('k', 's'), 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

describe('the test LRS', () => {
  it('refuses a request without the version header, and one with the wrong key', async () => {
    expect((await call('POST', 'statements', statement, { 'X-Experience-API-Version': '' })).status).toBe(400);
    expect((await call('POST', 'statements', statement, { Authorization: basic('k', 'wrong') })).status).toBe(401);
  });

  it('refuses an invalid statement', async () => {
    const { actor: _actor, ...noActor } = statement;
    expect((await call('POST', 'statements', noActor)).status).toBe(400);
    expect((await call('POST', 'statements', { ...statement, verb: { id: 'not an iri' } })).status).toBe(400);
  });

  it('keeps one copy of a statement sent twice, refuses the same id with other content, and returns it by id', async () => {
    expect((await call('POST', 'statements', [statement])).status).toBe(200);
    expect((await call('PUT', `statements?statementId=${statement.id}`, statement)).status).toBe(204);
    expect((await call('POST', 'statements', { ...statement, verb: { id: 'http://adlnet.gov/expapi/verbs/terminated' } })).status).toBe(409);
    expect(lrs.statements.filter((s) => s.id === statement.id)).toHaveLength(1);
    const got = await call('GET', `statements?statementId=${statement.id}`);
    expect(got.status).toBe(200);
    expect(((await got.json()) as { verb: { id: string } }).verb.id).toBe(statement.verb.id);
    expect((await call('GET', 'statements?statementId=00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('stores and returns state documents by activity, agent, registration and id', async () => {
    const query = `activities/state?activityId=${encodeURIComponent('https://example.org/au')}&agent=${encodeURIComponent(JSON.stringify(statement.actor))}&stateId=LMS.LaunchData&registration=r1`;
    expect((await call('GET', query)).status).toBe(404);
    expect((await call('PUT', query, { moveOn: 'Completed' })).status).toBe(204);
    expect(await (await call('GET', query)).json()).toEqual({ moveOn: 'Completed' });
    expect((await call('GET', 'activities/state?stateId=x')).status).toBe(400);
  });

  it('gives a cmi5 fetch token once only', async () => {
    const url = lrs.fetchUrl('dG9rZW4=');
    expect(await (await fetch(url, { method: 'POST' })).json()).toEqual({ 'auth-token': 'dG9rZW4=' });
    expect(await (await fetch(url, { method: 'POST' })).json()).toMatchObject({ 'error-code': '1' });
  });
});
