import { filterRows, lockerRow, rowsToCsv, type LockerFilter, type LockerRow } from '../../assessor/evidence-locker';
import { describeVerification, verifyWitnessFile } from '../../assessor/verify-witness';
import { witnessFileText } from '../../assessor/witness-file';
import type { LockerEntry } from '../../assessor/witness-store';
import { longUkDate } from '../../assessor/uk-time';
import { recordFileName, witnessPdfBytes } from '../assessor/record-export';
import { witnessStore } from '../assessor/witness-store-instance';
import { h } from '../dom';
import { downloadFile } from '../download';
import { ksbList } from '../ksb-list';
import { loadScenario, scenarioMeta } from '../scenario-source';
import { enterScreen } from '../screen';
import { todayIso } from '../today';

/** Every signed witness record on this device, filterable, exportable as CSV, and a place to check a record. */
export async function evidenceLockerScreen(main: HTMLElement): Promise<void> {
  enterScreen(main, 'Evidence locker');
  const entries = await witnessStore.list();
  const rows = entries.map(lockerRow);
  const results = h('div', { class: 'locker-results' });
  const count = h('p', { role: 'status', class: 'locker-count' });
  const filter: LockerFilter = {};
  const show = () => {
    const shown = filterRows(rows, filter);
    count.textContent = `${shown.length} of ${rows.length} witness record${rows.length === 1 ? '' : 's'}`;
    results.replaceChildren(shown.length ? recordTable(shown, entries) : h('p', {}, rows.length ? 'No records match these filters.' : 'No witness records on this device yet. They appear here when an assessor signs one.'));
    csv.onclick = () => downloadFile(`witness-records-${todayIso()}.csv`, rowsToCsv(shown), 'text/csv');
  };
  const csv = h('button', { type: 'button', class: 'button' }, 'Download this list as CSV');
  main.append(
    h('h1', {}, 'Evidence locker'),
    h('p', { class: 'lede' }, 'Signed witness records kept on this device. Filter them, download each as a PDF or JSON, or download the list as CSV for an e-portfolio.'),
    filters(rows, filter, show),
    h('div', { class: 'locker-bar' }, count, csv),
    results,
    checker(),
  );
  show();
}

function filters(rows: readonly LockerRow[], filter: LockerFilter, onChange: () => void): HTMLElement {
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
    control('ksb', 'KSB', h('select', {}, h('option', { value: '' }, 'All KSBs'), ...ksbList.items.map((k) => h('option', { value: k.code }, `${k.code} ${k.title}`)))),
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

/** Drop a witness record's JSON here (or choose it) to check its hash chain and replay it. */
function checker(): HTMLElement {
  const result = h('div', { class: 'verify-result', role: 'status' });
  const input = h('input', { type: 'file', id: 'verify-file', accept: '.json,application/json' });
  const check = async (file: File) => {
    result.className = 'verify-result';
    result.textContent = `Checking ${file.name}…`;
    const verification = await verifyWitnessFile(await file.text(), loadScenario);
    result.className = `verify-result verify-result--${verification.ok ? 'ok' : 'failed'}`;
    result.replaceChildren(h('strong', {}, file.name), ' ', describeVerification(verification));
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
