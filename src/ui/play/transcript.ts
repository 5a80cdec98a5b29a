import { musicCaption, placeSoundCaption, soundCaption } from '../../audio/captions';
import type { Cue, Passage, PictureCue } from '../../narrative/story-runner';
import type { EventOf } from '../../session/session-events';
import type { Mood } from '../../narrative/tags';
import { ownEntry } from '../../core/own-entry';
import { h } from '../dom';
import { expressionWord } from '../services/scene-description';
import { scoreChips } from './score-chips';

/**
 * The conversation so far, newest at the bottom, as an ARIA log that is deliberately not live.
 *
 * One announcement route: after a choice, focus moves to the first new entry ("You: …") and a
 * screen reader reads on from there in order (feedback, then the new passages, then the question
 * or the options). A live log as well would read the same 9–16 entries a second time, interrupted
 * by the focus move, and focusing a later entry would skip "You:" and the feedback. Moving focus
 * wins because it also leaves the reader's cursor at the right place to read on.
 */
export class Transcript {
  private readonly list = h('ol', { class: 'transcript-list' });
  // The log role goes on a wrapper: on the <ol> itself it would hide the list from assistive tech.
  readonly element = h('div', { class: 'transcript', role: 'log', 'aria-live': 'off', 'aria-label': 'Conversation' }, this.list);

  /** The expression last put into words for each speaker, so a change of face is said once, on the line it happens. */
  private readonly expressions = new Map<string, Mood>();
  /** Each `# IMAGE:` path of the scenario and where the build put the picture (compiled-scenario.ts). */
  private pictures: Readonly<Record<string, string>> = {};

  showPicturesFrom(images: Readonly<Record<string, string>> | undefined): void {
    this.pictures = images ?? {};
  }

  clear(): void {
    this.list.replaceChildren();
    this.expressions.clear();
  }

  /** Adds the passages of one step and returns the new entries, in order. */
  addPassages(passages: readonly Passage[]): HTMLElement[] {
    const added: HTMLElement[] = [];
    for (const passage of passages) {
      if (passage.cues.some((c) => c.kind === 'clear')) this.list.replaceChildren();
      const captions = passage.cues.map(captionFor).filter((c): c is string => c !== null);
      const entries: HTMLElement[] = captions.map((caption) => h('li', { class: 'entry entry--caption' }, h('span', { class: 'caption-label' }, 'Caption: '), caption));
      for (const cue of passage.cues) if (cue.kind === 'image') entries.push(pictureEntry(cue, passage, ownEntry(this.pictures, cue.src)));
      if (passage.text) entries.push(passageEntry(passage, this.expressionChange(passage)));
      for (const entry of entries) added.push(this.add(entry));
    }
    return added;
  }

  addChoiceMade(choice: EventOf<'choice-made'>): HTMLElement {
    // data-seq names the stored event, so a test can check that every choice shown is stored.
    return this.add(h('li', { class: 'entry entry--player', 'data-seq': choice.seq }, h('span', { class: 'speaker' }, 'You: '), choice.text));
  }

  /** The learner's "What would you say?" answer, kept in the story so it stays visible. */
  addAnswer(prompt: string, text: string): void {
    this.add(
      h(
        'li',
        { class: 'entry entry--answer' },
        h('p', { class: 'answer-prompt' }, prompt),
        h('p', {}, h('span', { class: 'speaker' }, 'You would say: '), text),
      ),
    );
  }

  addFeedback(choice: EventOf<'choice-made'>): HTMLElement {
    return this.add(
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

  private expressionChange(passage: Passage): Mood | null {
    if (!passage.speaker) return null;
    const mood = passage.mood ?? 'neutral';
    const before = this.expressions.get(passage.speaker.id) ?? 'neutral';
    this.expressions.set(passage.speaker.id, mood);
    return mood === before ? null : mood;
  }

  private add(entry: HTMLElement): HTMLElement {
    entry.tabIndex = -1;
    this.list.append(entry);
    return entry;
  }
}

function passageEntry(passage: Passage, newExpression: Mood | null): HTMLElement {
  const classes = passage.cues.filter((c) => c.kind === 'class').map((c) => `ink-${c.className}`);
  if (!passage.speaker) return h('li', { class: ['entry', 'entry--narration', ...classes].join(' ') }, passage.text);
  return h(
    'li',
    { class: ['entry', 'entry--speech', ...classes].join(' ') },
    h('span', { class: 'speaker' }, passage.speaker.name),
    h('span', { class: 'speaker-role' }, ` (${passage.speaker.role})`),
    newExpression ? h('span', { class: 'speaker-mood' }, `, now looking ${expressionWord(newExpression)}`) : null,
    h('span', { class: 'visually-hidden' }, ' says: '),
    h('span', { class: 'speech' }, passage.text),
  );
}

/**
 * A picture in the conversation, above the line it stands on, with its words as alt text (from
 * `# alt:`, or else the line's text). Should the picture be missing (a test that compiled the ink
 * itself, say), its words are shown instead, so nothing the author wrote is lost.
 */
function pictureEntry(cue: PictureCue, passage: Passage, url: string | undefined): HTMLElement {
  const alt = cue.alt ?? passage.text;
  if (!url) return h('li', { class: 'entry entry--caption' }, h('span', { class: 'caption-label' }, 'Picture: '), alt);
  return h('li', { class: 'entry entry--picture' }, h('img', { class: 'passage-picture', src: url, alt }));
}

function captionFor(cue: Cue): string | null {
  switch (cue.kind) {
    case 'background': return placeSoundCaption(cue.place);
    case 'sound': return soundCaption(cue.sound);
    case 'music': return musicCaption(cue.track);
    default: return null;
  }
}
