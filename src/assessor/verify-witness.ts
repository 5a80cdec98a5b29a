import type { CompiledScenario } from '../content/compiled-scenario';
import { replaySession } from '../session/replay';
import { sessionEventSchema, type SessionEvent } from '../session/session-events';
import { canonicalJson } from '../core/canonical-json';
import { checkChain } from './hash-chain';
import { longUkDate } from './uk-time';
import { summarise, WITNESS_FILE_FORMAT, WITNESS_FILE_VERSION, witnessFileEnvelopeSchema, type WitnessFile } from './witness-file';
import { buildWitnessRecord, type WitnessRecord } from './witness-record';

type ScenarioLoader = (scenarioId: string) => Promise<CompiledScenario | null>;

export type Verification =
  | { ok: true; file: WitnessFile; record: WitnessRecord }
  /** `where` names the place a person can look: a line and column, an event, or a field. */
  | { ok: false; where: string; eventIndex: number | null; problem: string };

type Failure = Extract<Verification, { ok: false }>;

/**
 * Checks a witness record file from top to bottom and stops at the first place it stops matching:
 * the JSON itself, the hash chain, each event's shape, the signature, the scenario version, a
 * replay of the recorded choices on that scenario (which must give the same passages and scores),
 * and finally the summary and title, which are recomputed from the events.
 */
export async function verifyWitnessFile(text: string, loadScenario: ScenarioLoader): Promise<Verification> {
  const parsed = parseJson(text);
  if ('problem' in parsed) return parsed;
  const envelope = checkEnvelope(parsed.value);
  if ('problem' in envelope) return envelope;
  const raw = envelope.events;
  const chain = await checkChain(raw);
  if (!chain.ok) return atEvent(raw, chain.index, chain.problem);
  if (chain.head !== envelope.fingerprint) return fail('fingerprint', null, 'the fingerprint is not the hash of the last event');
  const events = parseEvents(raw);
  if ('problem' in events) return events;
  return checkAgainstScenario(envelope, events.list, loadScenario);
}

async function checkAgainstScenario(envelope: WitnessFileEnvelope, events: SessionEvent[], loadScenario: ScenarioLoader): Promise<Verification> {
  const started = events[0]!;
  if (started.type !== 'session-started') return atEvent(events, 0, 'the record does not begin with session-started');
  if (events.at(-1)!.type !== 'witness-signed') return atEvent(events, events.length - 1, 'the record must end with the witness’s signature');
  const scenario = await loadScenario(started.scenarioId);
  if (!scenario) return atEvent(events, 0, `there is no scenario called "${started.scenarioId}" here to replay it on`);
  if (scenario.hash !== started.scenarioHash) {
    return atEvent(events, 0, `the record was made with version ${started.scenarioHash.slice(0, 12)} of "${started.scenarioId}", but this copy has version ${scenario.hash.slice(0, 12)}`);
  }
  const replay = replaySession(scenario, events);
  if (!replay.ok) return atEvent(events, replay.seq, `replaying the recorded choices: ${replay.problem}`);
  const record = buildWitnessRecord(events);
  const problem = record.problems[0];
  if (problem) return atEvent(events, problem.seq, problem.problem);
  const summaryField = firstDifference(envelope.summary, summarise(record));
  if (summaryField !== null) return fail(`summary.${summaryField}`, null, 'the summary does not match what the events record');
  if (envelope.scenario.id !== started.scenarioId || envelope.scenario.hash !== started.scenarioHash) return fail('scenario', null, 'the scenario named at the top is not the one the events record');
  if (envelope.scenario.title !== replay.session.meta.title) return fail('scenario.title', null, `the scenario is called "${replay.session.meta.title}"`);
  return { ok: true, file: envelope as unknown as WitnessFile, record };
}

type WitnessFileEnvelope = ReturnType<typeof witnessFileEnvelopeSchema.parse>;

function parseJson(text: string): { value: unknown } | Failure {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message);
    const where = position ? lineAndColumn(text, Number(position[1])) : 'the file';
    return fail(where, null, 'this is not valid JSON any more');
  }
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position).split('\n');
  return `line ${before.length}, column ${before.at(-1)!.length + 1}`;
}

function checkEnvelope(value: unknown): WitnessFileEnvelope | Failure {
  const header = value as { format?: unknown; version?: unknown } | null;
  if (header?.format === WITNESS_FILE_FORMAT && typeof header.version === 'number' && header.version > WITNESS_FILE_VERSION) {
    return fail('version', null, `this record was made by a newer version of Common Ground (format version ${header.version})`);
  }
  const result = witnessFileEnvelopeSchema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const [top, index] = issue.path;
  if (top === 'events' && typeof index === 'number') return fail(`event ${index}`, index, issue.message);
  return fail(issue.path.join('.') || 'the file', null, `this is not a Common Ground witness record: ${issue.message}`);
}

function parseEvents(raw: readonly Record<string, unknown>[]): { list: SessionEvent[] } | Failure {
  const list: SessionEvent[] = [];
  for (const [index, item] of raw.entries()) {
    const { prev: _prev, hash: _hash, ...event } = item;
    const result = sessionEventSchema.safeParse(event);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      return atEvent(raw, index, `${issue.path.join('.') || 'the event'}: ${issue.message}`);
    }
    if (result.data.seq !== index) return atEvent(raw, index, `its sequence number is ${result.data.seq}, not ${index}`);
    list.push(result.data);
  }
  return { list };
}

function atEvent(events: readonly unknown[], index: number, problem: string): Failure {
  const type = (events[index] as { type?: unknown } | undefined)?.type;
  return fail(typeof type === 'string' ? `event ${index} (${type})` : `event ${index}`, index, problem);
}

function fail(where: string, eventIndex: number | null, problem: string): Failure {
  return { ok: false, where, eventIndex, problem };
}

/** The first top-level field of the summary whose canonical form differs, or null if none do. */
function firstDifference(stated: Record<string, unknown>, computed: object): string | null {
  const keys = [...new Set([...Object.keys(stated), ...Object.keys(computed)])].sort();
  return keys.find((k) => canonicalJson(stated[k] ?? null) !== canonicalJson((computed as Record<string, unknown>)[k] ?? null)) ?? null;
}

export function describeVerification(result: Verification): string {
  if (!result.ok) return `Not verified: ${result.where}: ${result.problem}.`;
  const s = result.file.summary;
  return `Verified: the record is complete and unchanged, and replaying it on "${result.file.scenario.title}" gives the same passages and scores. ${s.apprentice ?? 'Unknown apprentice'}, observed by ${s.assessor?.name ?? 'unknown'} on ${s.observedOn ? longUkDate(s.observedOn) : 'an unknown date'}. Fingerprint ${result.file.fingerprint}.`;
}
