import type { Passage } from '../../narrative/story-runner';
import type { CastMember } from '../../narrative/tags';
import type { EventOf, SessionEvent } from '../../session/session-events';
import type { Transcript } from './transcript';

/**
 * Writes a session's story so far into the transcript from its log: what a resumed session, or
 * one that just stepped back, shows. Give it the effective events (undone choices left out).
 * Returns the passages shown, so the scene can be set to where the story is.
 */
export function drawHistory(transcript: Transcript, events: readonly SessionEvent[], cast: readonly CastMember[], withFeedback: boolean): Passage[] {
  const passages: Passage[] = [];
  for (const event of events) {
    if (event.type === 'passage-shown') {
      const passage = passageOf(event, cast);
      transcript.addPassages([passage]);
      passages.push(passage);
    } else if (event.type === 'answer-given') {
      transcript.addAnswer(event.prompt, event.text);
    } else if (event.type === 'choice-made') {
      transcript.addChoiceMade(event);
      if (withFeedback) transcript.addFeedback(event);
    }
  }
  return passages;
}

function passageOf(event: EventOf<'passage-shown'>, cast: readonly CastMember[]): Passage {
  return {
    text: event.text,
    speaker: cast.find((member) => member.id === event.speakerId) ?? null,
    mood: event.mood as Passage['mood'],
    cues: event.cues,
    ending: null,
  };
}
