// The app, imported by the page's entry (main.ts) once that has asked for the scenario.
import { startApp } from './ui/app';
import { startApplyingPreferences } from './ui/services/apply-preferences';
import { installKeyboardHelp } from './ui/widgets/keyboard-help';
import { openDeviceStorage } from './ui/services/device-storage';
import { mountSaveWarning } from './ui/widgets/save-warning';
import { sound } from './ui/services/sound-port';
import { soundControl } from './ui/widgets/sound-settings';
import { mountUpdatePrompt } from './ui/widgets/update-prompt';
import { startLmsLaunch } from './ui/reporting/lms-launch';
import { startBackgroundSending } from './ui/reporting/reporting-service';
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
  await startLmsLaunch(document.querySelector('.app-header')!);
  // The KSB list chosen in Settings: read alongside the first screen; those that label KSBs wait for it.
  void ksbListsReady();
  startApp(main);
  startBackgroundSending();
  sound.start();
});
