import { h } from '../dom';
import { forgetLrsSettings, loadLrsSettings, saveLrsSettings } from './lrs-settings';
import { launchKind, onReportingStatus, reportingStatus, sendWaiting, startSending, stopSending } from './reporting-service';
import type { SenderStatus } from '../../reporting/statement-sender';

/**
 * Settings → "Send results to a learning record store". Off until an address, key and secret are
 * saved; then it shows what is waiting to go, the last problem in plain words, and lets the user
 * send now or stop sending (statements keep queuing on the device meanwhile).
 */
export function lrsSettingsSection(): { element: HTMLElement; cleanup: () => void } {
  const saved = loadLrsSettings();
  const field = (id: string, label: string, type: string, value: string, hint: string, autocomplete: string) =>
    h(
      'div',
      { class: 'field' },
      h('label', { for: id, class: 'field-label' }, label),
      h('p', { class: 'hint', id: `${id}-hint` }, hint),
      h('input', { id, type, value, 'aria-describedby': `${id}-hint`, autocomplete, spellcheck: 'false', class: 'lrs-input' }),
    );
  const message = h('p', { class: 'lrs-message', role: 'status' });
  const queueLine = h('p', { class: 'lrs-queue', 'data-testid': 'lrs-queue' });
  const errorLine = h('p', { class: 'lrs-error', 'data-testid': 'lrs-error', hidden: true });
  const sendNow = h('button', { type: 'button', class: 'button button--primary', onclick: () => void act(() => sendWaiting()) }, 'Send now');
  const stopStart = h('button', { type: 'button', class: 'button', onclick: () => void toggleStopped() }, 'Stop sending');
  const controls = h('div', { class: 'lrs-controls', hidden: !saved }, queueLine, errorLine, h('div', { class: 'button-row' }, sendNow, stopStart));

  const form = h(
    'form',
    { class: 'lrs-form', onsubmit: (event: Event) => (event.preventDefault(), save()) },
    field('lrs-endpoint', 'Endpoint', 'url', saved?.endpoint ?? '', 'The LRS’s xAPI address, usually ending in /xapi/ (for example https://lrs.example.org/xapi/).', 'url'),
    field('lrs-key', 'Key', 'text', saved?.key ?? '', 'The key (user name) the LRS gave for this app.', 'off'),
    field('lrs-secret', 'Secret', 'password', saved?.secret ?? '', 'Kept on this device only, and sent only to this LRS.', 'off'),
    h('div', { class: 'button-row' }, h('button', { type: 'submit', class: 'button button--primary' }, 'Save and start sending'), h('button', { type: 'button', class: 'button', onclick: () => forget() }, 'Stop and forget this LRS')),
  );

  const value = (id: string) => (form.querySelector<HTMLInputElement>(`#${id}`)?.value ?? '');

  function save(): void {
    const result = saveLrsSettings({ endpoint: value('lrs-endpoint'), key: value('lrs-key'), secret: value('lrs-secret'), stopped: false });
    if (!result.ok) {
      message.textContent = `Not saved: ${result.problem}.`;
      return;
    }
    message.textContent = 'Saved. Results from now on are sent to this LRS.';
    controls.hidden = false;
    // Saving also undoes an earlier "Stop sending".
    void act(async () => {
      await sendWaiting();
      await startSending();
    });
  }

  function forget(): void {
    forgetLrsSettings();
    void stopSending();
    form.reset();
    for (const input of form.querySelectorAll('input')) input.value = '';
    controls.hidden = true;
    message.textContent = 'This device no longer sends results anywhere. Statements already waiting stay on the device until an LRS is set again.';
  }

  async function toggleStopped(): Promise<void> {
    const settings = loadLrsSettings();
    if (!settings) return;
    saveLrsSettings({ ...settings, stopped: !settings.stopped });
    await act(() => (settings.stopped ? startSending() : stopSending()));
  }

  async function act(run: () => Promise<unknown>): Promise<void> {
    await run();
    show(await reportingStatus());
  }

  function show(status: SenderStatus | null): void {
    if (!status) return;
    const n = status.waiting;
    queueLine.textContent = status.stopped
      ? `Sending stopped: ${n} waiting on this device.`
      : n === 0
        ? 'Everything has been sent.'
        : `${n} waiting to send${status.sending ? ' (sending now…)' : ''}.`;
    errorLine.hidden = status.lastError === null;
    errorLine.textContent = status.lastError ? `Last problem: ${status.lastError}` : '';
    stopStart.textContent = status.stopped ? 'Start sending again' : 'Stop sending';
  }

  const launched = launchKind();
  const element = h(
    'section',
    { class: 'settings lrs-settings', 'aria-labelledby': 'lrs-heading' },
    h('h2', { id: 'lrs-heading' }, 'Send results to a learning record store'),
    h(
      'p',
      {},
      'Off unless you fill this in. When it is on, each choice (its three scores and KSBs), the start and the end of every attempt played on this device are sent as xAPI statements to the LRS below. Nothing else leaves the device, and nothing at all while this is empty.',
    ),
    launched ? h('p', { class: 'hint' }, `This window was opened by your course (${launched === 'scorm' ? 'SCORM' : 'cmi5'}), so this attempt reports to the course, not to the LRS below.`) : null,
    form,
    message,
    controls,
  );
  const unsubscribe = onReportingStatus(show);
  if (saved) void reportingStatus().then(show);
  return { element, cleanup: unsubscribe };
}
