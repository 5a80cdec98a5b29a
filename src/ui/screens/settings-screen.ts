import { h } from '../dom';
import { loadPreferences, updatePreferences, type Preferences } from '../services/preferences';
import { enterScreen, type Cleanup } from '../widgets/screen';
import { lrsSettingsSection } from '../reporting/lrs-settings-section';
import { ksbListSection } from '../assessor/ksb-list-section';

type Choice<K extends keyof Preferences> = { value: Preferences[K]; label: string; hint?: string };

/** A group of radio buttons for one setting; every change applies and is kept at once. */
function radioGroup<K extends keyof Preferences>(key: K, legend: string, choices: Choice<K>[]): HTMLFieldSetElement {
  const current = loadPreferences()[key];
  return h(
    'fieldset',
    { class: 'settings' },
    h('legend', {}, legend),
    ...choices.map((choice) =>
      h(
        'label',
        { class: 'radio' },
        h('input', {
          type: 'radio',
          name: key,
          value: String(choice.value),
          checked: choice.value === current,
          onchange: () => updatePreferences({ [key]: choice.value } as Partial<Preferences>),
        }),
        h('span', {}, h('strong', {}, choice.label), choice.hint ? h('span', { class: 'hint' }, choice.hint) : null),
      ),
    ),
  );
}

export function settingsScreen(main: HTMLElement): Cleanup {
  enterScreen(main, 'Settings');
  const lrs = lrsSettingsSection();
  main.append(
    h('h1', {}, 'Settings'),
    h('p', {}, 'Changes apply straight away and are kept on this device.'),
    h('section', { class: 'settings-preview', 'aria-label': 'Preview' }, h('p', {}, 'Preview: “Thanks for coming. This is a section 42 enquiry — the council’s formal look into whether an adult is being abused.”')),
    radioGroup('textSize', 'Text size', [100, 125, 150, 175, 200].map((value) => ({ value, label: `${value}%` }))),
    radioGroup('lineSpacing', 'Line spacing', [
      { value: 'normal', label: 'Normal' },
      { value: 'relaxed', label: 'Relaxed' },
      { value: 'loose', label: 'Loose' },
    ]),
    radioGroup('font', 'Font', [
      { value: 'system', label: 'Standard' },
      { value: 'atkinson', label: 'Atkinson Hyperlegible', hint: 'Letters designed to be told apart easily.' },
      { value: 'opendyslexic', label: 'OpenDyslexic', hint: 'Heavier letter bottoms, which some dyslexic readers prefer.' },
    ]),
    radioGroup('theme', 'Colours', [
      { value: 'default', label: 'Standard' },
      { value: 'high-contrast', label: 'High contrast', hint: 'White text on black, with yellow highlights.' },
    ]),
    radioGroup('motion', 'Movement', [
      { value: 'system', label: 'Follow my device', hint: 'Uses your device’s “reduce motion” setting.' },
      { value: 'reduced', label: 'Reduce movement' },
      { value: 'full', label: 'Allow movement' },
    ]),
    radioGroup('revealSpeed', 'How text appears', [
      { value: 'instant', label: 'All at once' },
      { value: 'fast', label: 'Line by line, quickly' },
      { value: 'slow', label: 'Line by line, slowly' },
    ]),
    radioGroup('readAloud', 'Read aloud', [
      { value: false, label: 'Off' },
      { value: true, label: 'On', hint: 'Your browser reads each new passage and the choices aloud.' },
    ]),
    radioGroup('feedbackTiming', 'When feedback appears', [
      { value: 'after-each-choice', label: 'After each choice', hint: 'See the scores and the reason straight away.' },
      { value: 'at-debrief', label: 'At the debrief', hint: 'Play it through first, as you would at work.' },
    ]),
    ksbListSection(),
    lrs.element,
  );
  return lrs.cleanup;
}
