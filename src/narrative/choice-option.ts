import type { ChoiceOption } from './story-step';
import type { Tag } from './tags';

/**
 * An option as the game offers it, from ink's index and text and the choice's parsed tags.
 * `problem` hears each authoring mistake (a second #score, a line tag on a choice); the option is
 * still made, without the tag at fault.
 */
export function choiceOption(index: number, text: string, tags: readonly Tag[], problem: (detail: string) => void): ChoiceOption {
  const option: ChoiceOption = { index, text: text.trim(), scores: null, reason: null, ksbs: [], pinned: false };
  for (const tag of tags) {
    switch (tag.kind) {
      case 'score':
        if (option.scores) problem('a choice can have only one #score; put every axis in one tag');
        else option.scores = tag.scores;
        break;
      case 'reason':
        if (option.reason) problem('a choice can have only one #reason; join the two into one');
        else option.reason = tag.text;
        break;
      case 'ksb': option.ksbs.push(...tag.codes); break;
      case 'pin': option.pinned = true; break;
      case 'rubric-exception': option.rubricException = tag.reason; break;
      default: problem(`#${tag.kind} cannot stand on a choice`);
    }
  }
  return option;
}
