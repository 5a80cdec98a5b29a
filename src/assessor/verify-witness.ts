import type { CompiledScenario } from '../content/compiled-scenario';
import { replaySession } from '../session/replay';
import { sessionEventSchema, type SessionEvent } from '../session/session-events';
import { canonicalJson } from '../core/canonical-json';
import { parseStrictJson } from '../core/strict-json';
import { checkChain } from './hash-chain';
import { longUkDate } from './uk-time';
import { keyFingerprint, signatureHolds, spacedFingerprint, type NamedKey } from './witness-keys';
import { signedPart, summarise, UNSIGNED_FILE_VERSION, WITNESS_FILE_FORMAT, WITNESS_FILE_VERSION, witnessFileEnvelopeSchema, type WitnessFile } from './witness-file';
import { buildWitnessRecord, type WitnessRecord } from './witness-record';

type ScenarioLoader = (scenarioId: string) => Promise<CompiledScenario | null>;

/** Whose key signed, and the name it is trusted under here (null when it is not trusted). */
export interface Signer {
  name: string;
  fingerprint: string;
  trustedAs: string | null;
}

export type Verification =
  | { ok: true; file: WitnessFile; record: WitnessRecord; signer: Signer }
  /** `where` names the place a person can look: a line and column, an event, or a field. */
  | { ok: false; where: string; eventIndex: number | null; problem: string };

type Failure = Extract<Verification, { ok: false }>;

export interface VerifyOptions {
  /** The public keys this device or organisation trusts; a record signed by any other key is refused. */
  trusted: readonly NamedKey[];
}

/**
 * Checks a witness record file from top to bottom and stops at the first place it stops matching:
 * the JSON itself, the hash chain, each event's shape, the signature, the scenario version, a
 * replay of the recorded choices on that scenario (which must give the same passages and scores),
 * and finally the summary and title, which are recomputed from the events.
 */
export async function verifyWitnessFile(text: string, loadScenario: ScenarioLoader, options: VerifyOptions): Promise<Verification> {
  try {
    return await verifyParts(text, loadScenario, options);
  } catch (error) {
    // Every input gets an answer; an unexpected throw is reported as a refusal, never a crash or a hang.
    return fail('the file', null, `it could not be checked (${(error as Error).message})`);
  }
}

async function verifyParts(text: string, loadScenario: ScenarioLoader, options: VerifyOptions): Promise<Verification> {
  const parsed = parseStrictJson(text);
  if (!parsed.ok) return fail(`line ${parsed.line}, column ${parsed.column}`, null, parsed.problem === 'this is not valid JSON' ? 'this is not valid JSON any more' : parsed.problem);
  const envelope = checkEnvelope(parsed.value);
  if ('problem' in envelope) return envelope;
  // The chain first, so a changed byte is named by its event; then the key, which a resealed chain cannot fake.
  const raw = envelope.events;
  const chain = await checkChain(raw);
  if (!chain.ok) return atEvent(raw, chain.index, chain.problem);
  if (chain.head !== envelope.fingerprint) return fail('fingerprint', null, 'the fingerprint is not the hash of the last event');
  const signer = await checkSignature(envelope, options.trusted);
  if ('problem' in signer) return signer;
  const events = parseEvents(raw);
  if ('problem' in events) return events;
  const verified = await checkAgainstScenario(envelope, events.list, loadScenario);
  if (!verified.ok) return verified;
  const named = namedWitness(verified.record, envelope.signature.signer);
  if (named) return named;
  return { ...verified, signer };
}

/** Without a trusted key, a resealed chain proves nothing: anyone can compute SHA-256. */
async function checkSignature(envelope: WitnessFileEnvelope, trusted: readonly NamedKey[]): Promise<Signer | Failure> {
  const { signature } = envelope;
  const fingerprint = await keyFingerprint(signature.publicKey);
  if (fingerprint !== signature.keyFingerprint) return fail('signature.keyFingerprint', null, 'the key fingerprint is not the hash of the key in the record');
  if (!(await signatureHolds(signature.publicKey, signedPart(envelope), signature.value))) {
    return fail('signature', null, 'the signature does not match the record: it was changed after signing, or signed by a different key from the one it names');
  }
  const trust = trusted.find((k) => k.fingerprint === fingerprint);
  if (!trust) {
    return fail('signature', null, `the record is signed by a key this device does not trust (${signature.signer}, key ${spacedFingerprint(fingerprint)}); if it really is that witness's key, add it under Trusted keys`);
  }
  return { name: signature.signer, fingerprint, trustedAs: trust.name };
}

/** The signature must be the witness's own: the name on the key, the sign-off and the observation agree. */
function namedWitness(record: WitnessRecord, signer: string): Failure | null {
  if (record.signOff?.name !== signer) return fail('signature.signer', null, `the key signed as ${signer}, but the record was signed off by ${record.signOff?.name ?? 'nobody'}`);
  const witness = record.observation?.assessor.name;
  if (witness !== undefined && witness !== signer) return fail('signature.signer', null, `the record was signed by ${signer}, but the witness named in it is ${witness}`);
  return null;
}

async function checkAgainstScenario(envelope: WitnessFileEnvelope, events: SessionEvent[], loadScenario: ScenarioLoader): Promise<{ ok: true; file: WitnessFile; record: WitnessRecord } | Failure> {
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

function checkEnvelope(value: unknown): WitnessFileEnvelope | Failure {
  const header = value as { format?: unknown; version?: unknown; signature?: unknown } | null;
  if (header?.format === WITNESS_FILE_FORMAT && typeof header.version === 'number' && header.version > WITNESS_FILE_VERSION) {
    return fail('version', null, `this record was made by a newer version of Common Ground (format version ${header.version})`);
  }
  if (header?.format === WITNESS_FILE_FORMAT && (header.version === UNSIGNED_FILE_VERSION || header.signature === undefined)) {
    return fail('signature', null, 'the record is not signed with a witness key, so there is no way to tell who sealed it; ask the witness for a signed copy');
  }
  const result = witnessFileEnvelopeSchema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const path = [...issue.path, issue.keys[0]].join('.');
    return fail(path, null, 'this field is not part of a witness record, so it is refused rather than passed on unchecked');
  }
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
    const extra = unknownField(event, result.data);
    if (extra !== null) return atEvent(raw, index, `${extra}: this field is not part of the event, so it is refused rather than passed on unchecked`);
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

/** The first top-level field of the summary whose canonical form differs (a missing or extra field counts), or null. */
function firstDifference(stated: Record<string, unknown>, computed: object): string | null {
  const c = computed as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(stated), ...Object.keys(c)])].sort();
  return keys.find((k) => !(k in stated) || !(k in c) || canonicalJson(stated[k]) !== canonicalJson(c[k])) ?? null;
}

/** The schema keeps only the fields it knows; anything it dropped was an unknown field. */
function unknownField(raw: unknown, parsed: unknown, path = ''): string | null {
  if (Array.isArray(raw) && Array.isArray(parsed)) {
    for (const [i, item] of raw.entries()) {
      const found = unknownField(item, parsed[i], `${path}[${i}]`);
      if (found !== null) return found;
    }
    return null;
  }
  if (raw === null || typeof raw !== 'object' || parsed === null || typeof parsed !== 'object') return null;
  for (const [key, value] of Object.entries(raw)) {
    const here = path ? `${path}.${key}` : key;
    if (!(key in parsed)) return here;
    const found = unknownField(value, (parsed as Record<string, unknown>)[key], here);
    if (found !== null) return found;
  }
  return null;
}

export function describeVerification(result: Verification): string {
  if (!result.ok) return `Not verified: ${result.where}: ${result.problem}.`;
  const s = result.file.summary;
  const { signer } = result;
  const trust = signer.trustedAs === signer.name ? 'a trusted key' : `a key trusted as "${signer.trustedAs}"`;
  return `Verified: the record is complete and unchanged, signed by ${signer.name} with ${trust} (key ${spacedFingerprint(signer.fingerprint)}), and replaying it on "${result.file.scenario.title}" gives the same passages and scores. ${s.apprentice ?? 'Unknown apprentice'}, observed by ${s.assessor?.name ?? 'unknown'} on ${s.observedOn ? longUkDate(s.observedOn) : 'an unknown date'}. Fingerprint ${result.file.fingerprint}.`;
}
