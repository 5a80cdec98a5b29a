import { CHANNEL_LABELS, CHANNELS } from '../../audio/sound-preferences';
import type { Channel } from '../../audio/audio-manifest';
import { h } from '../dom';
import { sound, soundSettings } from '../services/sound-port';

/**
 * The sound control in the page header: a button that opens a small panel with mute and a volume
 * for each channel. Settings are saved as they change. Escape or the button closes the panel.
 */
export function soundControl(): HTMLElement {
  const state = h('span', { class: 'sound-toggle-state' });
  const button = h(
    'button',
    { type: 'button', class: 'sound-toggle', 'aria-expanded': 'false', 'aria-controls': 'sound-panel' },
    speakerIcon(),
    h('span', { class: 'visually-hidden' }, 'Sound settings: '),
    state,
  );
  const mute = h('input', { type: 'checkbox', id: 'sound-mute' });
  const sliders = CHANNELS.map((channel) => volumeSlider(channel));
  const panel = h(
    'div',
    { id: 'sound-panel', class: 'sound-panel', hidden: true, role: 'group', 'aria-labelledby': 'sound-panel-heading' },
    h('h2', { id: 'sound-panel-heading', class: 'sound-panel-heading' }, 'Sound'),
    h('label', { class: 'sound-mute', for: 'sound-mute' }, mute, ' Mute all sound'),
    ...sliders.map((s) => s.element),
    h('p', { class: 'hint' }, 'Sound starts after your first click or key press. Every sound in a scenario also has a caption.'),
  );
  const caption = h('span', { class: 'sound-caption', hidden: true });
  const control = h('div', { class: 'sound-control' }, caption, button, panel);

  const render = () => {
    const { muted, volumes } = soundSettings.get();
    state.textContent = muted ? 'Sound off' : 'Sound on';
    button.classList.toggle('sound-toggle--muted', muted);
    mute.checked = muted;
    for (const slider of sliders) slider.show(volumes[slider.channel]);
  };
  soundSettings.subscribe(render);
  render();
  sound.onScreenCaption((text) => {
    caption.hidden = text === null;
    caption.textContent = text ? `♪ ${text}` : '';
  });

  const setOpen = (open: boolean, returnFocus = false) => {
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (returnFocus) button.focus();
  };
  button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
  mute.addEventListener('change', () => soundSettings.setMuted(mute.checked));
  control.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault();
      setOpen(false, true);
    }
  });
  document.addEventListener('pointerdown', (event) => {
    if (!panel.hidden && !control.contains(event.target as Node)) setOpen(false);
  });
  return control;
}

function volumeSlider(channel: Channel): { channel: Channel; element: HTMLElement; show(value: number): void } {
  const id = `sound-volume-${channel}`;
  const output = h('output', { for: id, class: 'sound-volume-value' });
  const input = h('input', { type: 'range', id, min: 0, max: 100, step: 5, class: 'sound-volume' });
  input.addEventListener('input', () => soundSettings.setVolume(channel, Number(input.value) / 100));
  return {
    channel,
    element: h('div', { class: 'sound-volume-row' }, h('label', { for: id }, CHANNEL_LABELS[channel]), input, output),
    show(value) {
      const percent = Math.round(value * 100);
      if (document.activeElement !== input) input.value = String(percent);
      input.setAttribute('aria-valuetext', `${percent}%`);
      output.textContent = `${percent}%`;
    },
  };
}

function speakerIcon(): SVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'sound-icon');
  svg.innerHTML =
    '<path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor"/>' +
    '<path class="sound-icon-waves" d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>' +
    '<path class="sound-icon-off" d="M16 9l5 6M21 9l-5 6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>';
  return svg;
}
