import './ui/styles.css';
import { startApp } from './ui/app';
import { startApplyingPreferences } from './ui/apply-preferences';
import { installKeyboardHelp } from './ui/keyboard-help';

const main = document.getElementById('main')!;
// The skip link cannot use a plain #main href: addresses after # are the app's routes.
document.querySelector('.skip-link')?.addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});
startApplyingPreferences();
installKeyboardHelp();
startApp(main);
