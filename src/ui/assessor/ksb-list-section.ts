import type { KsbCatalogue } from '../../content/ksb-catalogue';
import type { KsbImportResult, StoredKsbList } from '../../storage/ksb-list-store';
import { h } from '../dom';
import { downloadFile, fileSlug } from '../services/download';
import { activeKsbList, activeKsbListId, builtInKsbList, chooseKsbList, importKsbListFile, storedKsbLists } from '../services/ksb-list';
import { formatDate } from '../services/learner-data';

/** More than this many problems are summed up: a file that wrong is better fixed from the first few. */
const PROBLEMS_SHOWN = 12;

/**
 * Settings → "KSB list": which list new observations use, importing an organisation's own list
 * (checked, kept on this device beside the others), choosing among the kept ones and exporting
 * the one in use. A refused file changes nothing and says everything that is wrong with it.
 */
export function ksbListSection(): HTMLElement {
  const inUse = h('div', { class: 'ksb-in-use', 'data-testid': 'ksb-in-use' });
  const choices = h('fieldset', { class: 'ksb-choices' });
  const message = h('div', { class: 'ksb-message', 'data-testid': 'ksb-message', 'aria-live': 'polite' });
  const input = h('input', { type: 'file', id: 'ksb-import', accept: '.json,application/json', 'aria-describedby': 'ksb-import-hint' });
  const exportButton = h('button', { type: 'button', class: 'button' }, 'Download the list in use (JSON)');

  const show = () => {
    inUse.replaceChildren(...describeInUse(activeKsbList(), storedKsbLists().find((e) => e.id === activeKsbListId())));
    choices.replaceChildren(h('legend', {}, 'Lists on this device'), ...listChoices(choose));
  };
  const choose = (id: string | null) =>
    void chooseKsbList(id).then(
      () => (show(), say('ok', `Now using ${listName(activeKsbList())}.`)),
      (error: unknown) => (show(), say('problem', `The choice could not be saved on this device: ${String(error)}.`)),
    );
  const say = (kind: 'ok' | 'problem', text: string, problems: readonly string[] = []) => message.replaceChildren(resultMessage(kind, text, problems));

  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    const result = await importKsbListFile(await file.text()).catch((error: unknown) => ({ kind: 'failed', error }) as const);
    input.value = '';
    show();
    if (result.kind === 'failed') say('problem', `${file.name} could not be kept on this device (${String(result.error)}). Nothing has changed.`);
    else if (result.kind === 'refused') say('problem', `${file.name} was not imported, and nothing has changed. What is wrong:`, result.problems);
    else say('ok', importedText(file.name, result));
  });
  exportButton.addEventListener('click', () => {
    const list = activeKsbList();
    downloadFile(`ksb-list-${fileSlug(list.reference)}-v${list.version}.json`, `${JSON.stringify(list, null, 2)}\n`, 'application/json');
  });

  show();
  return h(
    'section',
    { class: 'settings ksb-settings', 'aria-labelledby': 'ksb-heading' },
    h('h2', { id: 'ksb-heading' }, 'KSB list'),
    h('p', {}, 'The knowledge, skills and behaviours (KSBs) that assessors judge evidence against. You can import your organisation’s list for its standard. Each witness record names the list it was made with, so records made before a change keep theirs.'),
    inUse,
    choices,
    h('label', { for: input.id, class: 'field-label' }, 'Import a KSB list (JSON)'),
    h('p', { class: 'hint', id: 'ksb-import-hint' }, 'It is checked before anything changes, then kept on this device and used for new observations. ', h('a', { href: './ksb-list-example.json', download: 'ksb-list-example.json' }, 'An example file'), ' shows the format.'),
    input,
    message,
    h('div', { class: 'button-row' }, exportButton),
  );
}

function describeInUse(list: KsbCatalogue, entry: StoredKsbList | undefined): HTMLElement[] {
  const row = (term: string, value: string) => [h('dt', {}, term), h('dd', {}, value)];
  return [
    h('h3', {}, 'In use for new observations'),
    h(
      'dl',
      { class: 'ksb-facts' },
      ...row('Standard', list.standard),
      ...row('Reference', list.reference),
      ...row('Version', String(list.version)),
      ...row('KSBs', countText(list)),
      ...row('Source', entry ? `Imported on ${formatDate(entry.importedAt)}` : 'Built into the app'),
    ),
  ];
}

function listChoices(choose: (id: string | null) => void): HTMLElement[] {
  const active = activeKsbListId();
  const option = (id: string | null, label: string, hint: string) =>
    h(
      'label',
      { class: 'radio' },
      h('input', { type: 'radio', name: 'ksb-list', value: id ?? 'built-in', checked: id === active, onchange: () => choose(id) }),
      h('span', {}, h('strong', {}, label), h('span', { class: 'hint' }, hint)),
    );
  const kept = [...storedKsbLists()].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  return [
    option(null, 'Use the built-in list', `${listName(builtInKsbList)}: ${countText(builtInKsbList)}`),
    ...kept.map((e) => option(e.id, listName(e.list), `${e.list.standard}: ${countText(e.list)}, imported on ${formatDate(e.importedAt)}`)),
  ];
}

function resultMessage(kind: 'ok' | 'problem', text: string, problems: readonly string[]): HTMLElement {
  const more = problems.length - PROBLEMS_SHOWN;
  const items = problems.slice(0, PROBLEMS_SHOWN).map((p) => h('li', {}, p));
  if (more > 0) items.push(h('li', {}, `and ${more} more ${more === 1 ? 'problem' : 'problems'}.`));
  return h('div', { class: `ksb-result ksb-result--${kind}`, role: kind === 'problem' ? 'alert' : 'status' }, h('p', {}, text), items.length ? h('ul', {}, ...items) : null);
}

function importedText(fileName: string, result: Exclude<KsbImportResult, { kind: 'refused' }>): string {
  const name = listName(result.entry.list);
  return result.kind === 'imported'
    ? `Imported ${name} from ${fileName} (${countText(result.entry.list)}). New observations use it.`
    : `${name} was already on this device with the same KSBs; new observations use it again.`;
}

function listName(list: KsbCatalogue): string {
  return `${list.reference} version ${list.version}`;
}

/** "23 KSBs (8 knowledge, 10 skills, 5 behaviours)". */
function countText(list: KsbCatalogue): string {
  const n = (kind: string) => list.items.filter((k) => k.kind === kind).length;
  const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return `${plural(list.items.length, 'KSB', 'KSBs')} (${n('knowledge')} knowledge, ${plural(n('skill'), 'skill', 'skills')}, ${plural(n('behaviour'), 'behaviour', 'behaviours')})`;
}
