import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import validateStatement from 'xapi-validation';

/**
 * A Learning Record Store for the tests, and only for the tests: it keeps statements and state in
 * memory but refuses what a real LRS refuses (xAPI 1.0.3, part three): no version header, bad
 * credentials, a statement the validator rejects, an id reused with different content. Beside it, a
 * cmi5 LMS's fetch URL that hands out a token once.
 */
export interface TestLrs {
  endpoint: string;
  /** Accepted statements in the order they arrived (a resend of the same one is not added again). */
  statements: Array<Record<string, unknown>>;
  /** Every request the LRS answered, with its status, for asserting on refusals. */
  requests: Array<{ method: string; path: string; status: number }>;
  /** A cmi5 fetch URL that gives out `token` once (a second POST gets cmi5's error). */
  fetchUrl(token: string): string;
  setState(params: StateKey, value: unknown): void;
  getState(params: StateKey): unknown;
  close(): Promise<void>;
}

export interface StateKey {
  activityId: string;
  agent: unknown;
  stateId: string;
  registration?: string;
}

export interface TestLrsOptions {
  key: string;
  secret: string;
}

const VERSION = '1.0.3';

export async function startTestLrs(options: TestLrsOptions): Promise<TestLrs> {
  const accepted = new Set([basic(options.key, options.secret)]);
  const statements: Array<Record<string, unknown>> = [];
  const byId = new Map<string, { sent: string; stored: Record<string, unknown> }>();
  const state = new Map<string, { body: string; type: string }>();
  const tokens = new Map<string, { used: boolean }>();
  const requests: TestLrs['requests'] = [];

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => send(res, 500, { error: String(error) }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://lrs.test');
    const reply = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      requests.push({ method: req.method ?? '', path: url.pathname, status });
      send(res, status, body, headers);
    };
    if (req.method === 'OPTIONS') return reply(204);
    const body = await readBody(req);

    if (url.pathname.startsWith('/fetch/')) {
      if (req.method !== 'POST') return reply(405, { error: 'the fetch URL takes POST only' });
      const grant = tokens.get(url.pathname.slice('/fetch/'.length));
      if (!grant) return reply(404, { 'error-code': '3', 'error-text': 'unknown fetch URL' });
      if (grant.used) return reply(200, { 'error-code': '1', 'error-text': 'the fetch URL has already been used' });
      grant.used = true;
      return reply(200, { 'auth-token': url.pathname.slice('/fetch/'.length) });
    }

    const version = req.headers['x-experience-api-version'];
    if (typeof version !== 'string' || !/^1\.0(\.\d+)?$/.test(version)) return reply(400, { error: 'X-Experience-API-Version header missing or not 1.0.x' });
    if (!accepted.has(String(req.headers.authorization ?? ''))) return reply(401, { error: 'unknown credentials' });

    if (url.pathname === '/xapi/about' && req.method === 'GET') return reply(200, { version: [VERSION] });
    if (url.pathname === '/xapi/statements') return statementsResource(req.method ?? '', url, body, reply);
    if (url.pathname === '/xapi/activities/state') return stateResource(req.method ?? '', url, body, req.headers['content-type'] ?? 'application/json', reply);
    return reply(404, { error: `no resource ${url.pathname}` });
  }

  type Reply = (status: number, body?: unknown, headers?: Record<string, string>) => void;

  function statementsResource(method: string, url: URL, body: string, reply: Reply): void {
    if (method === 'GET') {
      const id = url.searchParams.get('statementId');
      if (id === null) return reply(200, { statements: [...statements].reverse(), more: '' });
      const found = byId.get(id);
      return found ? reply(200, found.stored) : reply(404, { error: `no statement ${id}` });
    }
    if (method !== 'POST' && method !== 'PUT') return reply(405, { error: `${method} is not allowed on statements` });
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return reply(400, { error: 'the body is not JSON' });
    }
    const batch = method === 'PUT' ? [parsed] : Array.isArray(parsed) ? parsed : [parsed];
    if (method === 'PUT') {
      const id = url.searchParams.get('statementId');
      if (!id) return reply(400, { error: 'PUT needs a statementId parameter' });
      const statement = parsed as Record<string, unknown>;
      if (statement.id !== undefined && statement.id !== id) return reply(400, { error: 'statementId parameter and body id differ' });
      statement.id = id;
    }
    for (const statement of batch) {
      const warnings = validateStatement(statement);
      if (warnings.length > 0) return reply(400, { error: 'invalid statement', warnings: warnings.map(describeWarning) });
    }
    // A batch is taken whole or not at all, so check every id before storing any.
    for (const statement of batch as Array<Record<string, unknown>>) {
      const id = typeof statement.id === 'string' ? statement.id : undefined;
      const existing = id ? byId.get(id) : undefined;
      if (existing && existing.sent !== canonical(statement)) return reply(409, { error: `statement ${id} already exists with different content` });
    }
    const ids = (batch as Array<Record<string, unknown>>).map((statement) => {
      const id = typeof statement.id === 'string' ? statement.id : randomUUID();
      if (!byId.has(id)) {
        const stored = { ...statement, id, stored: new Date().toISOString(), authority: { objectType: 'Agent', name: 'test LRS', account: { homePage: 'http://lrs.test', name: options.key } }, version: VERSION };
        byId.set(id, { sent: canonical(statement), stored });
        statements.push(stored);
      }
      return id;
    });
    return method === 'PUT' ? reply(204) : reply(200, ids);
  }

  function stateResource(method: string, url: URL, body: string, contentType: string, reply: Reply): void {
    const activityId = url.searchParams.get('activityId');
    const agent = url.searchParams.get('agent');
    const stateId = url.searchParams.get('stateId');
    if (!activityId || !agent) return reply(400, { error: 'activityId and agent are required' });
    try {
      JSON.parse(agent);
    } catch {
      return reply(400, { error: 'agent is not JSON' });
    }
    const key = stateKey({ activityId, agent: JSON.parse(agent), stateId: stateId ?? '', registration: url.searchParams.get('registration') ?? undefined });
    if (method === 'GET') {
      if (!stateId) return reply(400, { error: 'this test LRS needs a stateId' });
      const found = state.get(key);
      return found ? reply(200, JSON.parse(found.body), { 'content-type': found.type }) : reply(404, { error: 'no such state' });
    }
    if (!stateId) return reply(400, { error: 'stateId is required' });
    if (method === 'PUT' || method === 'POST') {
      state.set(key, { body, type: contentType });
      return reply(204);
    }
    if (method === 'DELETE') {
      state.delete(key);
      return reply(204);
    }
    return reply(405, { error: `${method} is not allowed on state` });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    endpoint: `${origin}/xapi/`,
    statements,
    requests,
    fetchUrl(token) {
      tokens.set(token, { used: false });
      accepted.add(`Basic ${token}`);
      return `${origin}/fetch/${token}`;
    },
    setState(params, value) {
      state.set(stateKey(params), { body: JSON.stringify(value), type: 'application/json' });
    },
    getState(params) {
      const found = state.get(stateKey(params));
      return found ? JSON.parse(found.body) : undefined;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function basic(key: string, secret: string): string {
  return `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;
}

function stateKey(key: StateKey): string {
  return JSON.stringify([key.activityId, canonical(key.agent), key.stateId, key.registration ?? null]);
}

/** Two statements match when their JSON does, whatever the key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function describeWarning(warning: unknown): string {
  const w = warning as { path?: string[]; message?: string; constructor?: { name?: string } };
  return `${w.constructor?.name ?? 'Warning'} at ${(w.path ?? []).join('.')}`;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'access-control-allow-origin': '*',
    'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
    'access-control-allow-headers': 'Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match',
    'access-control-expose-headers': 'ETag, X-Experience-API-Version',
    'x-experience-api-version': VERSION,
    ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    ...headers,
  });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}
