import { AXES, AXIS_LABELS, formatScore } from '../../core/axes';
import { percent, type GroupDebrief, type GroupDecision, type OptionResult } from '../../trainer/group-debrief';
import { BASIS_LABELS, BASIS_SHORT_LABELS, endingName, handsText, minutesText, pausesText } from '../../trainer/group-debrief-text';
import { h } from '../dom';
import { scoreChips } from '../play/score-chips';

/** The group debrief's content, read from the pure GroupDebrief; actions are added by the screen. */
export function groupDebriefView(debrief: GroupDebrief, title: string): HTMLElement {
  return h(
    'div',
    { class: 'group-debrief' },
    h('header', { class: 'gd-header' }, h('h1', {}, `Group debrief: ${title}`), h('p', { class: 'gd-facts' }, facts(debrief))),
    totals(debrief),
    pathSection(debrief),
    debrief.explored.length > 0 ? exploredSection(debrief) : null,
    debrief.questions.length > 0
      ? h('section', { class: 'gd-questions', 'aria-labelledby': 'gd-questions-heading' }, h('h2', { id: 'gd-questions-heading' }, 'Questions for discussion'), h('ol', {}, ...debrief.questions.map((q) => h('li', {}, q))))
      : null,
  );
}

function facts(debrief: GroupDebrief): string {
  const overrides = `${debrief.overrides} ${debrief.overrides === 1 ? 'override' : 'overrides'}`;
  const branches = `${debrief.explored.length} ${debrief.explored.length === 1 ? 'road' : 'roads'} not taken explored`;
  const ending = debrief.ended ? `ending: ${endingName(debrief.ending)}` : 'not finished';
  return [`${debrief.path.length} decisions`, overrides, branches, pausesText(debrief.pauses), ending].join('  ·  ');
}

function totals(debrief: GroupDebrief): HTMLElement {
  return h(
    'section',
    { class: 'gd-totals', 'aria-labelledby': 'gd-totals-heading' },
    h('h2', { id: 'gd-totals-heading', class: 'visually-hidden' }, "The room's scores"),
    h('dl', {}, ...AXES.flatMap((axis) => [h('div', { class: 'gd-total' }, h('dt', {}, AXIS_LABELS[axis]), h('dd', { 'data-axis': axis }, formatScore(debrief.totals[axis])))])),
  );
}

function pathSection(debrief: GroupDebrief): HTMLElement {
  const best = debrief.path.filter((d) => d.tookBest).length;
  return h(
    'section',
    { class: 'gd-path', 'aria-labelledby': 'gd-path-heading' },
    h('h2', { id: 'gd-path-heading' }, "The room's path"),
    h('p', { class: 'gd-best-summary' }, `The room took the best option at ${best} of ${debrief.path.length} decisions. `, h('span', { class: 'gd-best-label' }, `★ marks ${debrief.bestLabel}.`)),
    pathStrip(debrief),
    h('div', { class: 'gd-map-slot' }),
    h('ol', { class: 'gd-decisions' }, ...debrief.path.map((d) => decisionCard(d, 'path'))),
  );
}

/** The room's path at a glance, a box per decision: how it was settled and whether it was the best on offer. */
function pathStrip(debrief: GroupDebrief): HTMLElement {
  return h(
    'ol',
    { class: 'gd-strip', 'aria-label': "The room's path at a glance" },
    ...debrief.path.map((d) =>
      h(
        'li',
        { class: `gd-step ${d.tookBest ? 'is-best' : 'is-not-best'} gd-step--${d.basis ?? 'solo'}` },
        h('span', { class: 'gd-step-number' }, String(d.number)),
        h('span', { class: 'gd-step-best' }, d.tookBest ? '★ best' : 'not best'),
        h('span', { class: 'gd-step-basis' }, d.basis ? BASIS_SHORT_LABELS[d.basis] : 'Choice'),
      ),
    ),
  );
}

function exploredSection(debrief: GroupDebrief): HTMLElement {
  return h(
    'section',
    { class: 'gd-explored', 'aria-labelledby': 'gd-explored-heading' },
    h('h2', { id: 'gd-explored-heading' }, 'Roads not taken'),
    h('p', {}, 'Branches the room tried and then went back from. They do not count in the scores above.'),
    ...debrief.explored.map((branch, i) =>
      h(
        'section',
        { class: 'gd-branch', 'data-branch': i + 1 },
        h('h3', {}, `Explored from decision ${branch.fromDecision}`),
        h('ol', { class: 'gd-decisions' }, ...branch.decisions.map((d) => decisionCard(d, 'explored'))),
      ),
    ),
  );
}

function decisionCard(decision: GroupDecision, where: 'path' | 'explored'): HTMLElement {
  const how = decision.basis ? BASIS_LABELS[decision.basis] : 'Choice';
  const votes = decision.totalHands > 0 ? handsText(decision.totalHands) : 'no vote';
  const taken = decision.options.find((o) => o.taken);
  const bestMissed = decision.tookBest ? null : decision.options.find((o) => o.best);
  return h(
    'li',
    { class: `gd-decision gd-decision--${decision.basis ?? 'solo'}`, 'data-decision': decision.number, 'data-where': where, 'data-taken': decision.taken.index },
    h('h3', {}, `Decision ${decision.number}`, h('span', { class: 'gd-basis' }, `${how} · ${votes}`)),
    decision.context ? h('p', { class: 'gd-context' }, decision.context) : null,
    h('ol', { class: 'gd-options', 'aria-label': 'Votes for each option' }, ...decision.options.map((o) => optionBar(o, decision.totalHands, decision.basis === 'override'))),
    decision.note ? h('p', { class: 'gd-note' }, `Trainer's note: ${decision.note}`) : null,
    decision.pausedMs > 0 ? h('p', { class: 'gd-paused' }, `Paused here for ${minutesText(decision.pausedMs)}.`) : null,
    taken ? why('The room’s choice', taken) : null,
    bestMissed ? why('★ Best option offered', bestMissed) : null,
  );
}

/** When the trainer overrode the room, the option taken was the trainer's, and the room's is the one with most hands. */
function optionBar(option: OptionResult, total: number, overridden: boolean): HTMLElement {
  const tag = option.taken ? (overridden ? 'Trainer’s choice, to explore' : "Room's choice") : overridden && option.inMajority ? 'Most hands' : null;
  return h(
    'li',
    { class: ['gd-option', option.taken ? 'is-taken' : '', option.best ? 'is-best' : ''].join(' ').trim(), 'data-choice-index': option.index, 'data-hands': option.hands },
    h(
      'p',
      { class: 'gd-option-text' },
      option.text,
      tag ? h('span', { class: `gd-tag gd-tag--${option.taken ? 'taken' : 'majority'}` }, tag) : null,
      option.best ? h('span', { class: 'gd-tag gd-tag--best' }, '★ Best offered') : null,
    ),
    h('div', { class: 'bar', 'aria-hidden': 'true' }, h('div', { class: 'bar-fill', style: `width: ${(option.share * 100).toFixed(1)}%` })),
    h('p', { class: 'gd-count' }, total === 0 ? 'no vote' : `${option.hands} (${percent(option.share)})`),
  );
}

function why(label: string, option: OptionResult): HTMLElement {
  return h(
    'div',
    { class: 'gd-why' },
    h('p', { class: 'gd-why-label' }, `${label}: `, h('span', {}, option.text)),
    option.scores ? scoreChips(option.scores) : null,
    option.reason ? h('p', { class: 'gd-reason' }, option.reason) : null,
  );
}
