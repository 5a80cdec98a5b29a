import { toCsv } from '../core/csv';
import type { KsbCatalogue } from '../content/ksb-catalogue';
import { ksbEvidence } from './ksb-evidence';
import { signedEvents } from './witness-file';
import { buildWitnessRecord } from './witness-record';
import type { LockerEntry } from './witness-store';

/** One witness record as a row of the evidence locker, and of its CSV export. */
export interface LockerRow {
  id: string;
  apprentice: string;
  assessor: string;
  assessorRole: string;
  organisation: string;
  observedOn: string;
  setting: string;
  scenarioId: string;
  scenarioTitle: string;
  decisions: number;
  /** Counted by the rules in ksb-evidence.ts, which the CSV states beside the counts. */
  ksbs: string[];
  ksbsMet: string[];
  signedBy: string;
  signedOn: string;
  fingerprint: string;
}

export interface LockerFilter {
  /** Part of the apprentice's name, any case. */
  apprentice?: string;
  scenarioId?: string;
  ksb?: string;
  /** Observation dates, YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
}

export function lockerRow({ id, file }: LockerEntry, catalogue: KsbCatalogue): LockerRow {
  const s = file.summary;
  const evidence = ksbEvidence(buildWitnessRecord(signedEvents(file.events.map(({ prev: _p, hash: _h, ...e }) => e))), catalogue);
  return {
    id,
    apprentice: s.apprentice ?? '',
    assessor: s.assessor?.name ?? '',
    assessorRole: s.assessor?.role ?? '',
    organisation: s.organisation ?? '',
    observedOn: s.observedOn ?? '',
    setting: s.setting ?? '',
    scenarioId: file.scenario.id,
    scenarioTitle: file.scenario.title,
    decisions: s.decisions,
    ksbs: evidence.evidenced,
    ksbsMet: evidence.judgedMet,
    signedBy: s.signedBy ?? '',
    signedOn: s.signedOn ?? '',
    fingerprint: file.fingerprint,
  };
}

/** Case and accents folded away, so "zoe" finds "Zoë" and "ZOË". */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{Mn}/gu, '').toLocaleLowerCase('en-GB');
}

/** Newest observation first. */
export function filterRows(rows: readonly LockerRow[], filter: LockerFilter): LockerRow[] {
  const name = filter.apprentice ? foldName(filter.apprentice.trim()) : '';
  return rows
    .filter((r) => !name || foldName(r.apprentice).includes(name))
    .filter((r) => !filter.scenarioId || r.scenarioId === filter.scenarioId)
    .filter((r) => !filter.ksb || r.ksbs.includes(filter.ksb))
    .filter((r) => !filter.from || r.observedOn >= filter.from)
    .filter((r) => !filter.to || r.observedOn <= filter.to)
    .sort((a, b) => b.observedOn.localeCompare(a.observedOn) || a.apprentice.localeCompare(b.apprentice));
}

const COLUMNS: { heading: string; value: (r: LockerRow) => string }[] = [
  { heading: 'Record ID', value: (r) => r.id },
  { heading: 'Apprentice', value: (r) => r.apprentice },
  { heading: 'Witness', value: (r) => r.assessor },
  { heading: 'Witness role', value: (r) => r.assessorRole },
  { heading: 'Organisation', value: (r) => r.organisation },
  { heading: 'Date observed', value: (r) => r.observedOn },
  { heading: 'Setting', value: (r) => r.setting },
  { heading: 'Scenario ID', value: (r) => r.scenarioId },
  { heading: 'Scenario', value: (r) => r.scenarioTitle },
  { heading: 'Decisions', value: (r) => String(r.decisions) },
  // The headings say how each list was counted (the full rules are in ksb-evidence.ts and on screen).
  { heading: 'KSBs evidenced (not counting a suggested KSB whose choice scored -2 on its axis)', value: (r) => r.ksbs.join('; ') },
  { heading: 'KSBs judged met (latest judgement met; never judged not met)', value: (r) => r.ksbsMet.join('; ') },
  { heading: 'Signed by', value: (r) => r.signedBy },
  { heading: 'Signed on', value: (r) => r.signedOn },
  { heading: 'Record fingerprint (SHA-256)', value: (r) => r.fingerprint },
];

/**
 * CSV for upload to an e-portfolio, written the one way the app writes CSV (core/csv.ts: RFC 4180,
 * CRLF line ends, formula-looking text made inert).
 */
export function rowsToCsv(rows: readonly LockerRow[]): string {
  return toCsv([COLUMNS.map((c) => c.heading), ...rows.map((row) => COLUMNS.map((c) => c.value(row)))]);
}
