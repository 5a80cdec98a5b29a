import type { PlaySession } from '../../session/play-session';
import { startAutosave, type Autosave } from '../../storage/autosave';
import { learnerStore, reportNotSaved } from '../device-storage';

/** Keeps a session saved on this device as it is played; a failed write turns on the "not saved" warning. */
export function keepSaved(session: PlaySession, profileId: string, storedCount: number): Autosave {
  return startAutosave({ store: learnerStore(), profileId, log: session.log, storedCount, onFailure: reportNotSaved });
}
