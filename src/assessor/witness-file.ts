import { z } from '../core/zod';
import type { AxisScores } from '../core/axes';
import type { SessionEvent } from '../session/session-events';
import { canonicalJson } from '../core/canonical-json';
import { chainEvents, type Chained } from './hash-chain';
import { publicJwkSchema, SIGNATURE_ALGORITHM, signText, type PublicJwk, type WitnessKey } from './witness-keys';
import { buildWitnessRecord, type KsbCoverage, type WitnessRecord } from './witness-record';

/**
 * The witness record as exported JSON: the session's events up to and including the witness's
 * signature, each sealed into a SHA-256 hash chain, plus a summary for people and e-portfolios.
 * The summary and the scenario title are not trusted: verification recomputes them from the events.
 */
export const WITNESS_FILE_FORMAT = 'common-ground/witness-record';
export const WITNESS_FILE_VERSION = 2;
/** Version 1 records had a hash chain but no key, so anyone could seal one again after editing it. */
export const UNSIGNED_FILE_VERSION = 1;

interface WitnessSummary {
  apprentice: string | null;
  assessor: { name: string; role: string } | null;
  organisation: string | null;
  observedOn: string | null;
  setting: string | null;
  scenarioId: string;
  decisions: number;
  ended: boolean;
  ending: string | null;
  totals: { automatic: AxisScores; final: AxisScores };
  overrides: { decision: number; axis: string; from: number; to: number; reason: string; by: string }[];
  coverage: KsbCoverage[];
  signedBy: string | null;
  signedOn: string | null;
}

/**
 * The witness's key signs the canonical JSON of the whole file with `signature.value` left out, so
 * the events, the summary, the scenario and the key itself are all covered.
 */
export interface WitnessSignature {
  algorithm: typeof SIGNATURE_ALGORITHM;
  /** The witness named in the record, who signed it. */
  signer: string;
  publicKey: PublicJwk;
  keyFingerprint: string;
  value: string;
}

export interface WitnessFile {
  format: typeof WITNESS_FILE_FORMAT;
  version: typeof WITNESS_FILE_VERSION;
  scenario: { id: string; title: string; hash: string };
  /** The last event's hash: printed on the PDF so paper and file can be matched. */
  fingerprint: string;
  summary: WitnessSummary;
  events: Chained<SessionEvent>[];
  signature: WitnessSignature;
}

/** A record kept on a device before records were signed (version 1) is still listed, but never verifies. */
export type StoredWitnessFile = Omit<WitnessFile, 'version' | 'signature'> & { version: typeof UNSIGNED_FILE_VERSION | typeof WITNESS_FILE_VERSION; signature?: WitnessSignature };

const hex64 = z.string().check(z.regex(/^[0-9a-f]{64}$/));

/** The envelope only; events are checked link by link as they stand in the file, then one by one. */
export const witnessSignatureSchema = z.strictObject({
  algorithm: z.literal(SIGNATURE_ALGORITHM),
  signer: z.string().check(z.trim(), z.minLength(1)),
  publicKey: publicJwkSchema,
  keyFingerprint: hex64,
  value: z.string().check(z.regex(/^[A-Za-z0-9_-]+$/)),
});

/** Strict: a field the format does not have is refused, not carried along unchecked. */
export const witnessFileEnvelopeSchema = z.strictObject({
  format: z.literal(WITNESS_FILE_FORMAT),
  version: z.literal(WITNESS_FILE_VERSION),
  scenario: z.strictObject({ id: z.string().check(z.minLength(1)), title: z.string(), hash: hex64 }),
  fingerprint: hex64,
  summary: z.record(z.string(), z.unknown()),
  events: z.array(z.looseObject({ prev: hex64, hash: hex64 })).check(z.minLength(1)),
  signature: witnessSignatureSchema,
});

/** What the signature covers: the file as it stands, without the signature's own value. */
export function signedPart(file: { signature: object }): string {
  const { value: _value, ...signature } = file.signature as Record<string, unknown>;
  return canonicalJson({ ...file, signature });
}

export function summarise(record: WitnessRecord): WitnessSummary {
  const o = record.observation;
  return {
    apprentice: o?.apprentice ?? null,
    assessor: o ? { ...o.assessor } : null,
    organisation: o?.organisation ?? null,
    observedOn: o?.observedOn ?? null,
    setting: o?.setting ?? null,
    scenarioId: record.scenarioId,
    decisions: record.decisions.length,
    ended: record.ended,
    ending: record.ending,
    totals: record.totals,
    overrides: record.decisions.flatMap((d) => d.overrides.map(({ axis, from, to, reason, by }) => ({ decision: d.number, axis, from, to, reason, by }))),
    coverage: record.coverage,
    signedBy: record.signOff?.name ?? null,
    signedOn: record.signOff?.signedOn ?? null,
  };
}

/** The events a signed record holds: everything up to and including the signature. */
export function signedEvents(events: readonly SessionEvent[]): SessionEvent[] {
  const signature = events.findIndex((e) => e.type === 'witness-signed');
  if (signature === -1) throw new Error('the witness has not signed this record yet');
  return events.slice(0, signature + 1);
}

/** Seals and signs: the key must be the named witness's, so a record cannot be signed in someone else's name. */
export async function exportWitnessFile(events: readonly SessionEvent[], scenarioTitle: string, key: WitnessKey): Promise<WitnessFile> {
  const sealed = signedEvents(events);
  const record = buildWitnessRecord(sealed);
  if (record.problems.length > 0) throw new Error(`the record cannot be exported: event ${record.problems[0]!.seq}: ${record.problems[0]!.problem}`);
  const signer = record.signOff!.name;
  if (key.name !== signer) throw new Error(`the record is signed by ${signer}, but the key is ${key.name}’s`);
  const chained = await chainEvents(sealed);
  const unsigned = {
    format: WITNESS_FILE_FORMAT,
    version: WITNESS_FILE_VERSION,
    scenario: { id: record.scenarioId, title: scenarioTitle, hash: record.scenarioHash },
    fingerprint: chained.at(-1)!.hash,
    summary: summarise(record),
    events: chained,
    signature: { algorithm: SIGNATURE_ALGORITHM, signer, publicKey: key.publicKey, keyFingerprint: key.fingerprint },
  } as const;
  const value = await signText(key, signedPart(unsigned));
  return { ...unsigned, signature: { ...unsigned.signature, value } };
}

/** Pretty-printed, so a person can read it; the hash chain does not depend on layout. */
export function witnessFileText(file: StoredWitnessFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
