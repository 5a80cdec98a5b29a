import { musicCaption, placeSoundCaption, soundCaption } from '../../audio/captions';
import type { Cue, Passage } from '../../narrative/story-runner';
import type { EventOf } from '../../session/session-events';
import { h } from '../dom';
import { scoreChips } from './score-chips';

/**
 * The conversation so far, newest at the bottom. It is an ARIA log, so screen readers announce
 * each new entry once, politely, without re-reading the rest.
 */
export class Transcript {
  private readonly list = h('ol', { class: 'transcript-list' });
  // The log role goes on a wrapper: on the <ol> itself it would hide the list from assistive tech.
  readonly element = h('div', { class: 'transcript', role: 'log', 'aria-live': 'polite', 'aria-label': 'Conversation' }, this.list);

  clear(): void {
    this.list.replaceChildren();
  }

  /** Adds the passages of one step and returns the new entries, in order. */
  addPassages(passages: readonly Passage[]): HTMLElement[] {
    const added: HTMLElement[] = [];
    for (const passage of passages) {
      if (passage.cues.some((c) => c.kind === 'clear')) this.list.replaceChildren();
      const captions = passage.cues.map(captionFor).filter((c): c is string => c !== null);
      const entries: HTMLElement[] = captions.map((caption) => h('li', { class: 'entry entry--caption' }, h('span', { class: 'caption-label' }, 'Caption: '), caption));
      if (passage.text) entries.push(passageEntry(passage));
      for (const entry of entries) added.push(this.add(entry));
    }
    return added;
  }

  addChoiceMade(choice: EventOf<'choice-made'>): void {
    // data-seq names the stored event, so a test can check that every choice shown is stored.
    this.add(h('li', { class: 'entry entry--player', 'data-seq': choice.seq }, h('span', { class: 'speaker' }, 'You: '), choice.text));
  }

  addFeedback(choice: EventOf<'choice-made'>): void {
    this.add(
      h(
        'li',
        { class: 'entry entry--feedback' },
        h('p', { class: 'feedback-heading' }, 'Feedback'),
        scoreChips(choice.scores),
        choice.reason ? h('p', { class: 'feedback-reason' }, choice.reason) : h('p', {}, 'This choice is not scored.'),
      ),
    );
  }

  addNote(text: string, className = 'entry--note'): HTMLElement {
    return this.add(h('li', { class: `entry ${className}` }, text));
  }

  private add(entry: HTMLElement): HTMLElement {
    entry.tabIndex = -1;
    this.list.append(entry);
    return entry;
  }
}

function passageEntry(passage: Passage): HTMLElement {
  const classes = passage.cues.filter((c) => c.kind === 'class').map((c) => `ink-${c.className}`);
  if (!passage.speaker) return h('li', { class: ['entry', 'entry--narration', ...classes].join(' ') }, passage.text);
  return h(
    'li',
    { class: ['entry', 'entry--speech', ...classes].join(' ') },
    h('span', { class: 'speaker' }, passage.speaker.name),
    h('span', { class: 'speaker-role' }, ` (${passage.speaker.role})`),
    h('span', { class: 'visually-hidden' }, ' says: '),
    h('span', { class: 'speech' }, passage.text),
  );
}

function captionFor(cue: Cue): string | null {
  switch (cue.kind) {
    case 'background': return placeSoundCaption(cue.place);
    case 'sound': return soundCaption(cue.sound);
    case 'music': return musicCaption(cue.track);
    default: return null;
  }
}
