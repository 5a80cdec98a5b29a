import { exportWitnessFile, signedEvents, witnessFileText, type StoredWitnessFile, type WitnessFile } from '../../assessor/witness-file';
import { buildWitnessRecord } from '../../assessor/witness-record';
import { lockerEntryFor, type WitnessStore } from '../../assessor/witness-store';
import { signingKeyFor, type WitnessKeyStore } from '../../assessor/witness-key-store';
import { spacedFingerprint } from '../../assessor/witness-keys';
import { witnessKeyStore } from './witness-key-store-instance';
import type { CastMember } from '../../narrative/tags';
import type { SessionEvent } from '../../session/session-events';
import { h } from '../dom';
import { downloadFile, fileSlug } from '../services/download';
import { ksbListFor } from '../services/ksb-list';
import { routeHref } from '../services/routes';

/** Builds the signed record's PDF; pdf-lib is loaded only when someone asks for one. */
export async function witnessPdfBytes(file: StoredWitnessFile, events: readonly SessionEvent[], cast: readonly CastMember[]): Promise<Uint8Array> {
  const { buildWitnessPdf } = await import('../../assessor/witness-pdf');
  const record = buildWitnessRecord(signedEvents(events));
  return buildWitnessPdf({ file, record, cast, ksbs: ksbListFor(record.observation?.ksbList) });
}

export function recordFileName(file: StoredWitnessFile, extension: 'pdf' | 'json'): string {
  return `witness-record-${fileSlug(file.summary.apprentice ?? 'apprentice')}-${file.scenario.id}-${file.summary.observedOn ?? 'undated'}.${extension}`;
}

/** Once signed: seals the record, keeps it in the evidence locker and offers the PDF and JSON. */
export class RecordExport {
  readonly element = h('section', { class: 'record-export', 'aria-labelledby': 'export-heading', hidden: true });
  private started = false;

  constructor(
    private readonly store: WitnessStore,
    private readonly keys: WitnessKeyStore = witnessKeyStore,
  ) {}

  async prepare(events: readonly SessionEvent[], title: string, cast: readonly CastMember[]): Promise<void> {
    if (this.started) return;
    this.started = true;
    const status = h('p', { role: 'status' }, 'Sealing the record…');
    this.element.replaceChildren(h('h3', { id: 'export-heading' }, 'The witness record'), status);
    this.element.hidden = false;
    try {
      const signed = signedEvents(events).at(-1) as { name: string };
      const key = await signingKeyFor(this.keys, signed.name);
      const file = await exportWitnessFile(events, title, key);
      await this.store.put(lockerEntryFor(file, new Date()));
      status.textContent = `Sealed, signed with ${key.name}’s key on this device (key ${spacedFingerprint(key.fingerprint)}) and saved in the evidence locker. Fingerprint ${file.fingerprint.slice(0, 16)}…`;
      this.element.append(this.buttons(file, events, cast));
    } catch (error) {
      status.textContent = `The record could not be saved: ${(error as Error).message}`;
      status.setAttribute('role', 'alert');
    }
  }

  private buttons(file: WitnessFile, events: readonly SessionEvent[], cast: readonly CastMember[]): HTMLElement {
    const pdf = h('button', { type: 'button', class: 'button button--primary' }, 'Download the PDF');
    pdf.addEventListener('click', async () => downloadFile(recordFileName(file, 'pdf'), await witnessPdfBytes(file, events, cast), 'application/pdf'));
    const json = h('button', { type: 'button', class: 'button' }, 'Download the JSON');
    json.addEventListener('click', () => downloadFile(recordFileName(file, 'json'), witnessFileText(file), 'application/json'));
    return h(
      'div',
      {},
      h('div', { class: 'button-row' }, pdf, json),
      h('p', { class: 'hint' }, 'Keep the JSON with the PDF: anyone can check it in the evidence locker or with npm run verify.'),
      h('p', {}, h('a', { href: routeHref({ screen: 'evidence' }), target: '_blank' }, 'Open the evidence locker')),
    );
  }
}
