import { musicCaption, soundCaption } from '../../audio/captions';
import type { Cue, PictureCue } from '../../narrative/story-runner';
import { ownEntry } from '../../core/own-entry';
import type { ShownLine } from '../../trainer/presenter-flow';
import { h } from '../dom';

/**
 * The story on the projector: the line being read, large, with the one before it above for
 * context. Everything older is in the session record, not on the wall.
 */
export function storyLines(lines: readonly ShownLine[], revealed: number, pictures: Readonly<Record<string, string>> = {}): HTMLElement {
  const shown = lines.slice(Math.max(0, revealed - 2), revealed);
  return h(
    'ol',
    { class: 'presenter-lines', 'aria-label': 'The story so far' },
    ...shown.map((line, i) => h('li', { class: i === shown.length - 1 ? 'line line--current' : 'line line--earlier' }, ...lineContent(line, pictures))),
  );
}

function lineContent(line: ShownLine, pictures: Readonly<Record<string, string>>): (HTMLElement | null)[] {
  if (line.kind === 'room-choice') {
    const override = line.room.basis === 'override';
    return [
      h('p', { class: 'line-label' }, override ? 'The trainer took another road:' : 'The room chose:'),
      h('p', { class: 'line-text line--room' }, line.text),
    ];
  }
  const { passage } = line;
  const captions = passage.cues.map(captionFor).filter((c): c is string => c !== null);
  const shown = passage.cues.filter((c): c is PictureCue => c.kind === 'image').map((cue) => picture(cue, passage.text, ownEntry(pictures, cue.src)));
  return [
    ...shown,
    ...captions.map((caption) => h('p', { class: 'line-caption' }, h('span', { class: 'visually-hidden' }, 'Caption: '), caption)),
    passage.speaker
      ? h('p', { class: 'line-speaker' }, passage.speaker.name, h('span', { class: 'line-role' }, `, ${passage.speaker.role}`))
      : null,
    h('p', { class: passage.speaker ? 'line-text line--speech' : 'line-text line--narration' }, passage.text),
  ];
}

function captionFor(cue: Cue): string | null {
  if (cue.kind === 'sound') return soundCaption(cue.sound);
  if (cue.kind === 'music') return musicCaption(cue.track);
  return null;
}

// The room sees the author's picture above its line; its words are the alt text, and stand in for it
// should the file be missing, as in the learner's transcript.
function picture(cue: PictureCue, lineText: string, url: string | undefined): HTMLElement {
  const alt = cue.alt ?? lineText;
  if (!url) return h('p', { class: 'line-caption' }, h('span', { class: 'caption-label' }, 'Picture: '), alt);
  return h('img', { class: 'line-picture', src: url, alt });
}
