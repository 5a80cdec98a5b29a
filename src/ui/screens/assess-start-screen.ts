import { h } from '../dom';
import { activeKsbList, nameOfKsbList } from '../services/ksb-list';
import { routeHref } from '../services/routes';
import { listScenarios } from '../services/scenario-source';
import { enterScreen } from '../widgets/screen';
import { newSessionId } from '../services/session-ids';
import { todayIso } from '../services/today';
import { planObservation } from '../assessor/pending-observations';
import { observationsToContinue } from '../assessor/observations-to-continue';
import { ulnSchema } from '../../session/session-events';
import { TEXT_LIMITS } from '../../session/text-limits';

const FIELDS = [
  { id: 'apprentice', label: 'Apprentice’s full name', autocomplete: 'off' },
  { id: 'assessor-name', label: 'Your full name (the witness)', autocomplete: 'name' },
  { id: 'assessor-role', label: 'Your job title', hint: 'For example, workplace assessor or team leader', autocomplete: 'organization-title' },
  { id: 'assessor-relationship', label: 'Your relationship to the apprentice', hint: 'How you know their work: for example, line manager, workplace mentor or tutor', autocomplete: 'off' },
  { id: 'assessor-contact', label: 'How to contact you to confirm this record', hint: 'A work email address or phone number. It is printed on the record.', autocomplete: 'email' },
  { id: 'organisation', label: 'Organisation', autocomplete: 'organization' },
  { id: 'setting', label: 'Setting', hint: 'Where and how: for example, training room with a projector', autocomplete: 'off' },
] as const;

/** Asked for, not required: not every programme has them to hand. */
const OPTIONAL_FIELDS = [
  { id: 'employer', label: 'Apprentice’s employer (optional)', autocomplete: 'off' },
  { id: 'uln', label: 'Unique Learner Number (optional)', hint: 'Ten digits, from the apprentice’s learning record', autocomplete: 'off' },
] as const;

/** Starts an observed session: who, where, when and which scenario, and where the assessor takes notes. */
export function assessStartScreen(main: HTMLElement): void {
  enterScreen(main, 'Start an observed session');
  const scenarios = listScenarios().filter((s) => s.meta);
  const form = h(
    'form',
    { class: 'assess-form', novalidate: true },
    h('p', { class: 'field-error error-summary', role: 'alert', id: 'form-error', hidden: true }),
    ...FIELDS.map((f) => field(f.id, f.label, h('input', { type: 'text', id: f.id, name: f.id, required: true, autocomplete: f.autocomplete, maxlength: TEXT_LIMITS.name }), 'hint' in f ? f.hint : undefined)),
    ...OPTIONAL_FIELDS.map((f) => field(f.id, f.label, h('input', { type: 'text', id: f.id, name: f.id, autocomplete: f.autocomplete, maxlength: TEXT_LIMITS.name, ...(f.id === 'uln' ? { inputmode: 'numeric' } : {}) }), 'hint' in f ? f.hint : undefined)),
    field('observed-on', 'Date', h('input', { type: 'date', id: 'observed-on', name: 'observed-on', required: true, value: todayIso() })),
    field('scenario', 'Scenario', h('select', { id: 'scenario', name: 'scenario', required: true }, ...scenarios.map((s) => h('option', { value: s.id }, `${s.meta!.title} (about ${s.meta!.minutes} minutes)`)))),
    ksbListLine(),
    h(
      'fieldset',
      { class: 'radios' },
      h('legend', {}, 'Where will you take notes?'),
      radio('notes-in', 'window', 'In a second window', 'Best with a projector or second screen: the apprentice plays here; your notes stay in your own window.', true),
      radio('notes-in', 'side', 'In a side panel on this screen', 'For one screen: open and hide the panel when the apprentice cannot see it.', false),
    ),
    h('div', { class: 'button-row' }, h('button', { type: 'submit', class: 'button button--primary' }, 'Start the observed session')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    start(form);
  });
  main.append(
    h('h1', {}, 'Start an observed session'),
    h('p', { class: 'lede' }, 'The apprentice plays on this screen while you record what you see and hear against the KSBs. At the end you sign a witness record, kept on this device and exported as a PDF and a verifiable JSON file.'),
    observationsToContinue((sessionId) => void openAssessorWindow(sessionId)),
    form,
  );
}

function start(form: HTMLFormElement): void {
  const error = form.querySelector<HTMLElement>('#form-error')!;
  const missing = [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[required]')].filter((input) => !input.value.trim());
  for (const input of form.querySelectorAll('[required]')) {
    if (missing.includes(input as HTMLInputElement)) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
  const value = (id: string) => (form.elements.namedItem(id) as HTMLInputElement).value.trim();
  const uln = form.querySelector<HTMLInputElement>('#uln')!;
  const badUln = value('uln') !== '' && !ulnSchema.safeParse(value('uln').replace(/\s/g, '')).success;
  if (badUln) uln.setAttribute('aria-invalid', 'true');
  else uln.removeAttribute('aria-invalid');
  if (missing.length > 0 || badUln) {
    const fill = missing.length ? `Fill in: ${missing.map((i) => form.querySelector(`label[for="${i.id}"]`)?.textContent).join(', ')}.` : '';
    error.textContent = [fill, badUln ? 'A Unique Learner Number is ten digits; leave it empty if you do not have it.' : ''].filter(Boolean).join(' ');
    error.hidden = false;
    (missing[0] ?? uln).focus();
    return;
  }
  const optional = (id: string) => value(id) || undefined;
  const sessionId = newSessionId();
  const notesIn = value('notes-in') === 'side' ? 'side' : 'window';
  planObservation(sessionId, {
    scenarioId: value('scenario'),
    notesIn,
    details: {
      apprentice: value('apprentice'),
      assessor: { name: value('assessor-name'), role: value('assessor-role'), relationship: value('assessor-relationship'), contact: value('assessor-contact') },
      organisation: value('organisation'),
      observedOn: value('observed-on'),
      setting: value('setting'),
      ksbList: nameOfKsbList(activeKsbList()),
      ...(optional('employer') ? { employer: optional('employer') } : {}),
      ...(optional('uln') ? { uln: value('uln').replace(/\s/g, '') } : {}),
    },
  });
  // Opened here, in the click, so the browser does not block it as a pop-up.
  if (notesIn === 'window') openAssessorWindow(sessionId);
  location.hash = routeHref({ screen: 'observe', sessionId });
}

export function openAssessorWindow(sessionId: string): Window | null {
  return window.open(routeHref({ screen: 'assessor-window', sessionId }), `common-ground-assessor-${sessionId}`, 'popup,width=640,height=900');
}

function field(id: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
  if (hint) control.setAttribute('aria-describedby', `${id}-hint`);
  return h('div', { class: 'field' }, h('label', { for: id, class: 'field-label' }, label), hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null, control);
}

function radio(name: string, value: string, label: string, hint: string, checked: boolean): HTMLElement {
  return h('label', { class: 'radio' }, h('input', { type: 'radio', name, value, checked }), h('span', {}, h('strong', {}, label), h('span', { class: 'hint' }, hint)));
}

/** Which KSB list the record will name, so an assessor sees it before starting, not on the PDF. */
function ksbListLine(): HTMLElement {
  const list = activeKsbList();
  return h('p', { class: 'hint ksb-list-line', 'data-testid': 'ksb-list-line' }, `KSB list: ${list.reference} version ${list.version}, “${list.standard}”. `, h('a', { href: routeHref({ screen: 'settings' }) }, 'Change the KSB list in Settings'), '.');
}
