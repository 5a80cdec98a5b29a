import type { Agent, Statement } from '@xapi/xapi';
import { LrsError, lrsErrorFor } from './lrs-errors';

/** Where the statements go and the Authorization header to send (Basic key:secret, or cmi5's token). */
export interface LrsConnection {
  endpoint: string;
  authorization: string;
}

export interface LrsClient {
  sendStatements(statements: Statement[]): Promise<void>;
  getState(params: { activityId: string; agent: Agent; registration: string; stateId: string }): Promise<unknown>;
  setState(params: { activityId: string; agent: Agent; registration: string; stateId: string; state: unknown }): Promise<void>;
}

export function basicAuthorization(key: string, secret: string): string {
  return `Basic ${btoa(unescape(encodeURIComponent(`${key}:${secret}`)))}`;
}

/**
 * @xapi/xapi builds the requests (resource paths, query encoding, the version header); it is loaded
 * only when there is something to send, so the game's first screen never pays for it. Its own fetch
 * adapter throws away the status, so ours keeps it, to tell a wrong key from an LRS that is down.
 */
export async function connectLrs(connection: LrsConnection, fetcher: typeof fetch = (...args) => fetch(...args)): Promise<LrsClient> {
  const { default: XAPI } = await import('@xapi/xapi');
  const xapi = new XAPI({
    endpoint: connection.endpoint,
    auth: connection.authorization,
    version: '1.0.3',
    adapter: async ({ url, method, headers, data }) => {
      let response: Response;
      try {
        const body = data === undefined ? undefined : typeof data === 'string' ? data : JSON.stringify(data);
        response = await fetcher(url, { method, headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers }, body });
      } catch {
        throw lrsErrorFor(null);
      }
      const text = await response.text();
      if (!response.ok) throw lrsErrorFor(response.status, text);
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : '';
      } catch {
        // A state document need not be JSON; hand it over as text.
      }
      return { data: parsed as never, headers: Object.fromEntries(response.headers.entries()), status: response.status };
    },
  });
  return {
    async sendStatements(statements) {
      await xapi.sendStatements({ statements });
    },
    async getState({ activityId, agent, registration, stateId }) {
      try {
        return (await xapi.getState({ activityId, agent, registration, stateId })).data;
      } catch (error) {
        if (error instanceof LrsError && error.status === 404) return null;
        throw error;
      }
    },
    async setState({ activityId, agent, registration, stateId, state }) {
      await xapi.setState({ activityId, agent, registration, stateId, state: state as never });
    },
  };
}
