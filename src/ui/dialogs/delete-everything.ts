import { setActiveProfile } from '../services/active-profile';
import { learnerStore } from '../services/device-storage';
import { confirmDialog } from './dialog';
import { forgetPreferences } from '../services/preferences';
import { refreshScreen } from '../widgets/screen';

/** "Delete all data on this device", after asking. Offered on the profile picker and by the screen error boundary. */
export async function deleteEverythingAfterAsking(): Promise<void> {
  const sure = await confirmDialog({
    title: 'Delete all data on this device?',
    message: 'This removes every profile, every attempt and every unfinished scenario kept by Common Ground on this device, for everyone. It cannot be undone. To keep a profile, save a copy to a file from its progress page first.',
    confirmLabel: 'Delete everything',
    destructive: true,
  });
  if (!sure) return;
  await learnerStore().deleteEverything();
  forgetPreferences();
  setActiveProfile(null);
  refreshScreen();
}
