import { describe, expect, it } from 'vitest';
import { trustingWitness, witnessKey } from '../../fixtures/witness-key';
import { exportWitnessFile } from '../../../src/assessor/witness-file';
import { lockerEntryFor, MemoryWitnessStore, readStoredEntry } from '../../../src/assessor/witness-store';
import { observedSession } from '../../fixtures/observed-session';

async function entry() {
  return lockerEntryFor(await exportWitnessFile(observedSession().session.log.events, 'Ask first', await witnessKey()), new Date('2026-11-24T12:00:00Z'));
}

describe('the witness store', () => {
  it('keeps one record per observed session, replacing it when signed again', async () => {
    const store = new MemoryWitnessStore();
    const first = await entry();
    await store.put(first);
    await store.put({ ...first, savedAt: '2026-11-25T09:00:00.000Z' });
    expect((await store.list()).map((e) => e.savedAt)).toEqual(['2026-11-25T09:00:00.000Z']);
    expect((await store.get('obs-1'))?.file.fingerprint).toBe(first.file.fingerprint);
  });

  it('gives back a copy, so changing it does not change what is stored', async () => {
    const store = new MemoryWitnessStore();
    await store.put(await entry());
    (await store.get('obs-1'))!.file.summary.apprentice = 'Someone else';
    expect((await store.get('obs-1'))!.file.summary.apprentice).toBe('Sam Jones');
  });

  it('skips a damaged entry instead of trusting it', async () => {
    const good = await entry();
    expect(readStoredEntry(good)).toEqual(good);
    expect(readStoredEntry({ ...good, file: { ...good.file, fingerprint: 'not a hash' } })).toBeUndefined();
    expect(readStoredEntry({ id: 'x' })).toBeUndefined();
  });
});

describe('records kept before signing began', () => {
  it('are still read back from storage (listed, never verified), not dropped', async () => {
    const { file, ...rest } = await entry();
    const { signature: _s, ...unsigned } = file;
    expect(readStoredEntry({ ...rest, file: { ...unsigned, version: 1 } })?.file.version).toBe(1);
    expect(readStoredEntry({ ...rest, file: { ...unsigned, version: 7 } })).toBeUndefined();
  });
});
