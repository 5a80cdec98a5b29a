// The app, imported by the page's entry (main.ts) once that has asked for the scenario.
import { startApp } from './ui/app';
import { startApplyingPreferences } from './ui/services/apply-preferences';
import { installKeyboardHelp } from './ui/widgets/keyboard-help';
import { openDeviceStorage } from './ui/services/device-storage';
import { mountSaveWarning } from './ui/widgets/save-warning';
import { sound } from './ui/services/sound-port';
import { soundControl } from './ui/widgets/sound-settings';
import { mountUpdatePrompt } from './ui/widgets/update-prompt';
import { launchedFromLms, startBackgroundSending } from './ui/reporting/reporting-start';
import { ksbListsReady } from './ui/services/ksb-list';

const main = document.getElementById('main')!;
// The skip link cannot use a plain #main href: addresses after # are the app's routes.
document.querySelector('.skip-link')?.addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});
startApplyingPreferences();
installKeyboardHelp();
document.querySelector('.app-header')?.append(soundControl());
mountUpdatePrompt(document.querySelector('.app-header')!);
// Storage opens before the first screen, which may need a profile; if it cannot, play goes on in memory.
void openDeviceStorage().then(async () => {
  mountSaveWarning(document.querySelector('.app-header')!);
  // An LMS launch (cmi5 or SCORM) signs the learner in and picks the scenario before the first screen.
  // Its code is loaded only for such a launch; if it cannot come, the learner can still play.
  if (launchedFromLms(location.search)) {
    await import('./ui/reporting/lms-launch').then(
      ({ startLmsLaunch }) => startLmsLaunch(document.querySelector('.app-header')!),
      (error: unknown) => console.error('the LMS launch could not be loaded', error),
    );
  }
  // The KSB list chosen in Settings: read alongside the first screen; those that label KSBs wait for it.
  void ksbListsReady();
  startApp(main);
  startBackgroundSending();
  sound.start();
});
