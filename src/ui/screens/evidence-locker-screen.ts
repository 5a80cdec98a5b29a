import { filterRows, lockerRow, rowsToCsv, type LockerFilter, type LockerRow } from '../../assessor/evidence-locker';
import { EVIDENCED_RULE, JUDGED_MET_RULE } from '../../assessor/ksb-evidence';
import { firstDifference } from '../../assessor/record-difference';
import { describeVerification, verifyWitnessFile } from '../../assessor/verify-witness';
import { asNamedKey, trustedKeys } from '../../assessor/witness-key-store';
import { readTrustedKeys, spacedFingerprint, trustedKeysFile } from '../../assessor/witness-keys';
import { parseStrictJson } from '../../core/strict-json';
import { witnessKeyStore } from '../assessor/witness-key-store-instance';
import { witnessFileText } from '../../assessor/witness-file';
import type { LockerEntry } from '../../assessor/witness-store';
import { longUkDate } from '../../assessor/uk-time';
import { recordFileName, witnessPdfBytes } from '../assessor/record-export';
import { witnessStore } from '../assessor/witness-store-instance';
import { h } from '../dom';
import { downloadFile } from '../services/download';
import { activeKsbList, ksbListFor, type KsbListName } from '../services/ksb-list';
import type { KsbCatalogue } from '../../content/ksb-catalogue';
import type { EventOf } from '../../session/session-events';
import type { Chained } from '../../assessor/hash-chain';
import { loadScenario } from '../services/scenario-loading';
import { scenarioMeta } from '../services/scenario-source';
import { enterScreen } from '../widgets/screen';
import { todayIso } from '../services/today';

/** Every signed witness record on this device, filterable, exportable as CSV, and a place to check a record. */
export async function evidenceLockerScreen(main: HTMLElement): Promise<void> {
  enterScreen(main, 'Evidence locker');
  const entries = await witnessStore.list();
  const lists = entries.map((entry) => ksbListFor(listNamedIn(entry)));
  const rows = entries.map((entry, i) => lockerRow(entry, lists[i]!));
  const results = h('div', { class: 'locker-results' });
  const count = h('p', { role: 'status', class: 'locker-count' });
  const filter: LockerFilter = {};
  const show = () => {
    const shown = filterRows(rows, filter);
    count.textContent = `${shown.length} of ${rows.length} witness record${rows.length === 1 ? '' : 's'}`;
    results.replaceChildren(shown.length ? recordTable(shown, entries) : h('p', {}, rows.length ? 'No records match these filters.' : 'No witness records on this device yet. They appear here when an assessor signs one.'));
    if (filter.from && filter.to && filter.from > filter.to) count.textContent = `The “from” date is after the “to” date, so no record can match. ${count.textContent}`;
    // With a byte-order mark, as the trainer's CSV has, so spreadsheet programs read names like Zoë correctly.
    csv.onclick = () => downloadFile(`witness-records-${todayIso()}.csv`, `\uFEFF${rowsToCsv(shown)}`, 'text/csv;charset=utf-8');
  };
  const csv = h('button', { type: 'button', class: 'button' }, 'Download this list as CSV');
  main.append(
    h('h1', {}, 'Evidence locker'),
    h('p', { class: 'lede' }, 'Signed witness records kept on this device. Filter them, download each as a PDF or JSON, or download the list as CSV for an e-portfolio.'),
    filters(rows, lists, filter, show),
    h('div', { class: 'locker-bar' }, count, csv),
    h('p', { class: 'hint' }, `${EVIDENCED_RULE} ${JUDGED_MET_RULE}`),
    results,
    checker(),
    await trustedKeysSection(),
  );
  show();
}

function filters(rows: readonly LockerRow[], lists: readonly KsbCatalogue[], filter: LockerFilter, onChange: () => void): HTMLElement {
  const scenarioIds = [...new Set(rows.map((r) => r.scenarioId))].sort();
  const control = (key: keyof LockerFilter, label: string, input: HTMLInputElement | HTMLSelectElement) => {
    input.id = `filter-${key}`;
    input.addEventListener('input', () => {
      filter[key] = input.value || undefined;
      onChange();
    });
    return h('div', { class: 'field' }, h('label', { for: input.id, class: 'field-label' }, label), input);
  };
  return h(
    'fieldset',
    { class: 'locker-filters' },
    h('legend', {}, 'Filter'),
    control('apprentice', 'Apprentice', h('input', { type: 'search' })),
    control('scenarioId', 'Scenario', h('select', {}, h('option', { value: '' }, 'All scenarios'), ...scenarioIds.map((id) => h('option', { value: id }, scenarioMeta(id)?.title ?? id)))),
    control('ksb', 'KSB', h('select', {}, h('option', { value: '' }, 'All KSBs'), ...ksbFilterOptions(rows, lists))),
    control('from', 'Observed from', h('input', { type: 'date' })),
    control('to', 'Observed to', h('input', { type: 'date' })),
  );
}

function recordTable(rows: readonly LockerRow[], entries: readonly LockerEntry[]): HTMLElement {
  const head = ['Date observed', 'Apprentice', 'Scenario', 'KSBs evidenced', 'Witness', 'Download'];
  return h(
    'table',
    { class: 'locker-table' },
    h('thead', {}, h('tr', {}, ...head.map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, ...rows.map((row) => recordRow(row, entries.find((e) => e.id === row.id)!))),
  );
}

function recordRow(row: LockerRow, entry: LockerEntry): HTMLElement {
  const pdf = h('button', { type: 'button', class: 'button button--small' }, 'PDF');
  pdf.setAttribute('aria-label', `PDF of ${row.apprentice}'s record for ${row.scenarioTitle}, ${row.observedOn}`);
  pdf.addEventListener('click', async () => {
    const events = entry.file.events.map(({ prev: _p, hash: _h, ...event }) => event);
    downloadFile(recordFileName(entry.file, 'pdf'), await witnessPdfBytes(entry.file, events, scenarioMeta(row.scenarioId)?.cast ?? []), 'application/pdf');
  });
  const json = h('button', { type: 'button', class: 'button button--small' }, 'JSON');
  json.setAttribute('aria-label', `JSON of ${row.apprentice}'s record for ${row.scenarioTitle}, ${row.observedOn}`);
  json.addEventListener('click', () => downloadFile(recordFileName(entry.file, 'json'), witnessFileText(entry.file), 'application/json'));
  return h(
    'tr',
    {},
    h('td', {}, row.observedOn ? longUkDate(row.observedOn) : '-'),
    h('th', { scope: 'row' }, row.apprentice),
    h('td', {}, row.scenarioTitle),
    h('td', { class: 'ksb-codes' }, ...row.ksbs.flatMap((code, i) => [i ? ', ' : '', h('span', { class: 'nowrap' }, code)])),
    h('td', {}, `${row.assessor}, ${row.assessorRole}`),
    h('td', {}, h('div', { class: 'inline-controls' }, pdf, json)),
  );
}

/** Compares a dropped file with the locker's own copy of the same session, naming the first difference. */
async function compareWithStored(text: string): Promise<string | null> {
  const parsed = parseStrictJson(text);
  if (!parsed.ok) return null;
  const sessionId = (parsed.value as { events?: { sessionId?: unknown }[] } | null)?.events?.[0]?.sessionId;
  if (typeof sessionId !== 'string') return null;
  const stored = await witnessStore.get(sessionId);
  if (!stored) return 'This locker holds no copy of this session to compare it with.';
  // What was said and done first; the hashes differ wherever anything does, so they are compared last.
  const storedCopy: unknown = JSON.parse(JSON.stringify(stored.file));
  const difference = firstDifference(withoutLinks(storedCopy), withoutLinks(parsed.value)) ?? firstDifference(storedCopy, parsed.value);
  if (difference === null) return 'It is identical to the copy kept in this locker for the same session.';
  return `It differs from the copy kept in this locker for the same session (saved ${longUkDate(stored.savedAt.slice(0, 10))}): the first difference is at ${difference}${describePlace(stored.file, difference)}.`;
}

function withoutLinks(file: unknown): unknown {
  const events = (file as { events?: unknown } | null)?.events;
  if (!Array.isArray(events)) return file;
  return { ...(file as object), events: events.map((e: unknown) => (e && typeof e === 'object' ? { ...e, prev: undefined, hash: undefined } : e)) };
}

function describePlace(file: LockerEntry['file'], path: string): string {
  const index = /^events\[(\d+)\]/.exec(path)?.[1];
  const event = index === undefined ? undefined : file.events[Number(index)];
  return event ? ` (event ${index}, ${event.type}, in the stored copy)` : '';
}

/** This device's own public keys (to publish) and the keys it trusts (imported), by name and fingerprint. */
async function trustedKeysSection(): Promise<HTMLElement> {
  const list = h('ul', { class: 'trusted-keys' });
  const status = h('p', { role: 'status' });
  const show = async () => {
    const own = await witnessKeyStore.ownKeys();
    const imported = await witnessKeyStore.importedKeys();
    const item = (name: string, fingerprint: string, origin: string, forget?: () => void) =>
      h('li', {}, h('strong', {}, name), ` (${origin}) `, h('code', { class: 'fingerprint' }, spacedFingerprint(fingerprint)), ...(forget ? [' ', h('button', { type: 'button', class: 'button button--small', onclick: forget }, `Stop trusting ${name}`)] : []));
    list.replaceChildren(
      ...own.map((k) => item(k.name, k.fingerprint, 'made on this device')),
      ...imported.filter((k) => !own.some((o) => o.fingerprint === k.fingerprint)).map((k) => item(k.name, k.fingerprint, 'imported', () => void witnessKeyStore.forget(k.fingerprint).then(show))),
    );
    if (!list.children.length) list.replaceChildren(h('li', {}, 'No keys yet. A witness’s key is made on this device the first time they sign a record.'));
  };
  const exportButton = h('button', { type: 'button', class: 'button' }, 'Download the public keys');
  exportButton.addEventListener('click', async () => downloadFile(`witness-keys-${todayIso()}.json`, trustedKeysFile((await trustedKeys(witnessKeyStore)).map(asNamedKey)), 'application/json'));
  const input = h('input', { type: 'file', id: 'import-keys', accept: '.json,application/json' });
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    const parsed = parseStrictJson(await file.text());
    const keys = parsed.ok ? await readTrustedKeys(parsed.value) : { problem: `line ${parsed.line}, column ${parsed.column}: ${parsed.problem}` };
    if ('problem' in keys) {
      status.textContent = `${file.name} was not imported: ${keys.problem}.`;
      return;
    }
    await witnessKeyStore.trust(keys.keys);
    status.textContent = `Now trusting ${keys.keys.length} key${keys.keys.length === 1 ? '' : 's'} from ${file.name}: ${keys.keys.map((k) => k.name).join(', ')}.`;
    await show();
  });
  await show();
  return h(
    'section',
    { class: 'trusted-keys-section', 'aria-labelledby': 'keys-heading' },
    h('h2', { id: 'keys-heading' }, 'Trusted keys'),
    h('p', {}, 'A record is accepted only if it is signed by a key listed here. Compare a fingerprint with the one printed on the witness’s PDF, or with one your organisation publishes, before you import it. Download this list to give to another organisation; it holds public keys only.'),
    list,
    h('div', { class: 'button-row' }, exportButton),
    h('label', { for: input.id, class: 'field-label' }, 'Import keys to trust (JSON)'),
    input,
    status,
  );
}

/** Drop a witness record's JSON here (or choose it) to check its hash chain and replay it. */
function checker(): HTMLElement {
  const result = h('div', { class: 'verify-result', role: 'status' });
  const input = h('input', { type: 'file', id: 'verify-file', accept: '.json,application/json' });
  const check = async (file: File) => {
    result.className = 'verify-result';
    result.textContent = `Checking ${file.name}…`;
    try {
      const text = await file.text();
      const verification = await verifyWitnessFile(text, loadScenario, { trusted: await trustedKeys(witnessKeyStore) });
      const comparison = await compareWithStored(text);
      const ok = verification.ok && !comparison?.startsWith('It differs');
      result.className = `verify-result verify-result--${ok ? 'ok' : 'failed'}`;
      result.replaceChildren(h('strong', {}, file.name), ' ', describeVerification(verification), ...(comparison ? [h('p', { class: 'verify-compare' }, comparison)] : []));
    } catch (error) {
      // The check never leaves "Checking…" on screen: whatever went wrong is said.
      result.className = 'verify-result verify-result--failed';
      result.replaceChildren(h('strong', {}, file.name), ` Could not be checked: ${(error as Error).message}.`);
    }
  };
  input.addEventListener('change', () => input.files?.[0] && void check(input.files[0]));
  const zone = h(
    'section',
    { class: 'drop-zone', 'aria-labelledby': 'verify-heading' },
    h('h2', { id: 'verify-heading' }, 'Check a witness record'),
    h('p', {}, 'Drop a witness record’s JSON file here, or choose it. The check confirms nothing was changed after signing and replays the recorded choices on the same version of the scenario.'),
    h('label', { for: input.id, class: 'field-label' }, 'Witness record (JSON)'),
    input,
    result,
  );
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('drop-zone--over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('drop-zone--over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('drop-zone--over');
    const file = event.dataTransfer?.files[0];
    if (file) void check(file);
  });
  return zone;
}

/**
 * The active list's KSBs, then any other code a record here evidences (made with another list),
 * each titled by the first list that has it, so every record can be found by its KSBs.
 */
function ksbFilterOptions(rows: readonly LockerRow[], lists: readonly KsbCatalogue[]): HTMLOptionElement[] {
  const titles = new Map<string, string>();
  for (const list of [activeKsbList(), ...lists]) for (const k of list.items) if (!titles.has(k.code)) titles.set(k.code, k.title);
  const active = activeKsbList().items.map((k) => k.code);
  const others = [...new Set(rows.flatMap((r) => r.ksbs))].filter((code) => !active.includes(code)).sort();
  return [...active, ...others].map((code) => h('option', { value: code }, titles.has(code) ? `${code} ${titles.get(code)}` : code));
}

/** The KSB list a record names, so its KSBs are counted against the list it was made with. */
function listNamedIn(entry: LockerEntry): KsbListName | undefined {
  const observed = entry.file.events.find((e): e is Chained<EventOf<'observation-started'>> => e.type === 'observation-started');
  return observed?.ksbList;
}
