import { BEST_HERE, type DecisionLesson } from '../../analysis/best-per-decision';
import type { WhatFollows } from '../../analysis/best-route';
import type { DebriefDecision, SituationLine } from '../../scoring/debrief';
import type { OfferedChoice } from '../../session/session-events';
import { h } from '../dom';
import { scenarioKsbLabel } from '../services/ksb-list';
import { scoreChips } from '../play/score-chips';

/** How much of the situation a decision shows: enough to act on, short enough to read. */
const SITUATION_LINES = 4;
const LINE_LENGTH = 280;

/**
 * One decision as the debrief teaches it: where the learner was, what they chose and why it scored
 * as it did, the best option there with its reason and what it would have led to, and the others.
 */
export function decisionLesson(decision: DebriefDecision, lesson: DecisionLesson, number: number, names: DebriefNames): HTMLElement {
  const { endingTitle } = names;
  const { chosen } = decision;
  const others = decision.alternatives.filter((c) => !lesson.best.some((b) => b.index === c.index));
  return h(
    'li',
    { class: 'decision', 'data-decision': number },
    h('h3', {}, `Decision ${number}`),
    situation(decision.situation.length ? decision.situation : decision.context ? [{ text: decision.context, speakerId: null }] : [], names.speakerName),
    h(
      'div',
      { class: `option option--chosen${lesson.chosenIsBest ? ' option--best' : ''}` },
      h('p', { class: 'decision-choice' }, h('strong', {}, 'You chose: '), chosen.text, lesson.chosenIsBest ? bestMark() : null),
      scoreChips(chosen.scores),
      h('p', { class: 'decision-reason' }, chosen.reason ?? 'This choice is not scored.'),
      chosen.ksbs.length ? h('p', { class: 'decision-ksbs' }, `Evidence for: ${chosen.ksbs.map(scenarioKsbLabel).join('; ')}`) : null,
    ),
    decision.answer ? answerCompared(decision.answer) : null,
    ...(lesson.chosenIsBest ? [] : lesson.best.map((best) => bestOption(best, lesson, endingTitle))),
    others.length
      ? h(
          'div',
          { class: 'other-options' },
          h('h4', {}, others.length === 1 ? 'The other option' : 'The other options'),
          h('ul', {}, ...others.map(optionItem)),
        )
      : null,
    lesson.basis === 'offered'
      ? h('p', { class: 'hint' }, '“Best here” is the best-scoring option offered at this point: the analysis of routes to an ending did not cover this moment.')
      : null,
  );
}

/** How the debrief names an ending and a speaker (a cast id) for the learner. */
export interface DebriefNames {
  endingTitle: (id: string) => string;
  speakerName: (id: string) => string | null;
}

function situation(lines: readonly SituationLine[], speakerName: DebriefNames['speakerName']): HTMLElement | null {
  if (!lines.length) return null;
  // Whose words a line is matters to what to do next ("Gareth wants to close" is not "Priya does").
  const shown = lines.slice(-SITUATION_LINES).map((line) => {
    const speaker = line.speakerId ? speakerName(line.speakerId) : null;
    return h('p', {}, speaker ? h('span', { class: 'decision-context__speaker' }, `${speaker}: `) : null, shorten(line.text));
  });
  return h(
    'div',
    { class: 'decision-context' },
    h('p', { class: 'decision-context__label' }, lines.length > SITUATION_LINES ? 'The situation (the last few lines):' : 'The situation:'),
    ...shown,
  );
}

function shorten(line: string): string {
  return line.length > LINE_LENGTH ? `${line.slice(0, LINE_LENGTH - 1).trimEnd()}…` : line;
}

function bestMark(): HTMLElement {
  return h('span', { class: 'best-mark' }, BEST_HERE);
}

function bestOption(best: OfferedChoice, lesson: DecisionLesson, endingTitle: (id: string) => string): HTMLElement {
  const next = lesson.follows ? whatHappens(lesson.follows, endingTitle) : null;
  return h(
    'div',
    { class: 'option option--best' },
    h('p', { class: 'decision-choice' }, bestMark(), ' ', best.text),
    best.scores ? scoreChips(best.scores) : null,
    best.reason ? h('p', { class: 'decision-reason' }, best.reason) : null,
    next && best === lesson.best[0] ? h('p', { class: 'what-would-happen' }, h('strong', {}, 'What would have happened: '), next) : null,
  );
}

/** The first thing said after the best option, and the ending when it leads straight to one. */
function whatHappens(follows: WhatFollows, endingTitle: (id: string) => string): string | null {
  const line = follows.text ? `${follows.speaker ? `${follows.speaker} says ` : ''}“${shorten(follows.text)}”` : null;
  const ending = follows.ending ? `the ending “${endingTitle(follows.ending)}”` : null;
  if (line && ending) return `${line}, and it leads to ${ending}.`;
  return ending ? `it leads to ${ending}.` : line ? `next, ${line}` : null;
}

function optionItem(option: OfferedChoice): HTMLElement {
  return h(
    'li',
    {},
    h('p', {}, option.text),
    option.scores ? scoreChips(option.scores) : null,
    option.reason ? h('p', { class: 'decision-reason' }, option.reason) : null,
  );
}

function answerCompared(answer: NonNullable<DebriefDecision['answer']>): HTMLElement {
  const guide = answer.guide;
  return h(
    'div',
    { class: 'answer-compare' },
    h('h4', {}, answer.prompt),
    h('div', { class: 'answer-compare__yours' }, h('p', { class: 'answer-compare__label' }, 'You wrote:'), h('p', {}, answer.text)),
    guide?.model
      ? h('div', { class: 'answer-compare__model' }, h('p', { class: 'answer-compare__label' }, 'A model answer:'), h('p', {}, guide.model))
      : null,
    guide?.lookFor.length
      ? h('div', { class: 'answer-compare__look-for' }, h('p', { class: 'answer-compare__label' }, 'A strong answer:'), h('ul', {}, ...guide.lookFor.map((item) => h('li', {}, item))))
      : null,
  );
}
