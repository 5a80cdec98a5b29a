import type { PlaySession } from '../../session/play-session';
import { StepSaver } from '../../storage/step-saver';
import { learnerStore, reportSaveState } from '../services/device-storage';

/** Saves a session on this device step by step (a group session has no profile); the warning banner follows how it stands. */
export function saveSteps(session: PlaySession, profileId: string | null, storedCount: number): StepSaver {
  return new StepSaver({ store: learnerStore(), profileId, log: session.log, storedCount, onChange: reportSaveState });
}
