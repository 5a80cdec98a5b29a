import { buildDebrief, type Debrief, type DebriefDecision } from '../../scoring/debrief';
import { axisTotals } from '../debrief/axis-totals';
import { scenarioMapSection } from '../debrief/scenario-map-view';
import { h } from '../dom';
import { scoreChips } from '../play/score-chips';
import { routeHref } from '../routes';
import { loadScenario, scenarioMeta } from '../scenario-source';
import { enterScreen } from '../screen';
import { findSession } from '../session-registry';
import { learnerStore } from '../device-storage';
import { isStoreProblem } from '../../storage/learner-store';
import { undoneSection } from '../play/undone-choices';
import { recordMismatch } from '../record-check';
import { activeProfileId, pickProfileThen } from '../active-profile';

/** The debrief: totals on each axis and every choice with its reason, all read from the session log. */
export async function debriefScreen(main: HTMLElement, sessionId: string): Promise<void> {
  const stored = await learnerStore().loadSession(sessionId);
  // An attempt kept in a profile is shown to that profile only (a PIN guards it on the picker).
  if (stored && !isStoreProblem(stored)) {
    const viewer = activeProfileId();
    if (!viewer) return pickProfileThen({ screen: 'debrief', sessionId });
    if (stored.profileId !== viewer) return notYours(main);
  }
  // The live log first: if saving failed part-way, it still holds the whole session.
  const events = findSession(sessionId)?.events ?? (stored && !isStoreProblem(stored) ? stored.events : null);
  const debrief = events ? readDebrief(events) : null;
  enterScreen(main, 'Debrief');
  if (!events || !debrief || 'problem' in debrief) {
    const why = debrief && 'problem' in debrief ? debrief.problem : isStoreProblem(stored) ? stored.problem : null;
    main.append(
      h('h1', {}, 'Debrief not available'),
      h('p', {}, why ? `This attempt’s saved record could not be read: ${why}.` : 'This attempt is not on this device.'),
      h('a', { class: 'button', href: routeHref({ screen: 'scenarios' }) }, 'Choose a scenario'),
    );
    return;
  }
  const mismatch = await recordMismatch(events);
  const bounds = (await loadScenario(debrief.scenarioId))?.bounds ?? null;
  const meta = scenarioMeta(debrief.scenarioId);
  const title = meta?.title ?? debrief.scenarioId;
  main.append(
    h('h1', {}, `Debrief: ${title}`),
    ...(mismatch
      ? [h('p', { class: 'record-warning', role: 'alert' }, `This record does not match the scenario, so it may have been edited or damaged (${mismatch}). It is shown as saved, but it is not evidence.`)]
      : []),
    ...(debrief.ended ? [] : [h('p', { class: 'unfinished-note' }, 'This attempt was not finished: these are the decisions made so far.')]),
    h(
      'section',
      { class: 'totals', 'aria-labelledby': 'totals-heading' },
      h('h2', { id: 'totals-heading' }, 'Your totals'),
      axisTotals(debrief.totals, bounds),
    ),
    h(
      'section',
      { class: 'decisions', 'aria-labelledby': 'decisions-heading' },
      h('h2', { id: 'decisions-heading' }, `Your ${debrief.decisions.length} decisions`),
      h('ol', { class: 'decision-list' }, ...debrief.decisions.map(decisionItem)),
    ),
    ...(debrief.undone.length ? [undoneSection(debrief.undone)!] : []),
    scenarioMapSection(debrief.scenarioId, title, debrief.decisions.map((d) => d.chosen.index)),
    h(
      'nav',
      { class: 'debrief-actions', 'aria-label': 'What next' },
      h('a', { class: 'button button--primary', href: routeHref({ screen: 'play', scenarioId: debrief.scenarioId }) }, 'Play again'),
      h('a', { class: 'button', href: routeHref({ screen: 'scenarios' }) }, 'Choose another scenario'),
    ),
  );
}

/** A log that parses but does not add up (an undo out of order) is reported, not a blank page. */
function notYours(main: HTMLElement): void {
  enterScreen(main, 'Debrief');
  main.append(
    h('h1', {}, 'This attempt belongs to another profile'),
    h('p', {}, 'Each learner’s attempts are shown only in their own profile. Open that profile to see this debrief.'),
    h('a', { class: 'button', href: routeHref({ screen: 'profiles' }) }, 'Choose a profile'),
  );
}

function readDebrief(events: Parameters<typeof buildDebrief>[0]): Debrief | { problem: string } {
  try {
    return buildDebrief(events);
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}

function decisionItem(decision: DebriefDecision, i: number): HTMLElement {
  const { chosen } = decision;
  return h(
    'li',
    { class: 'decision' },
    h('h3', {}, `Decision ${i + 1}`),
    decision.context ? h('p', { class: 'decision-context' }, decision.context) : null,
    h('p', { class: 'decision-choice' }, h('strong', {}, 'You chose: '), chosen.text),
    scoreChips(chosen.scores),
    h('p', { class: 'decision-reason' }, chosen.reason ?? 'This choice is not scored.'),
    chosen.ksbs.length ? h('p', { class: 'decision-ksbs' }, `Evidence for: ${chosen.ksbs.join(', ')}`) : null,
    decision.alternatives.length
      ? h(
          'details',
          { class: 'alternatives' },
          h('summary', {}, `The other ${decision.alternatives.length === 1 ? 'option' : `${decision.alternatives.length} options`}`),
          h(
            'ul',
            {},
            ...decision.alternatives.map((alt) =>
              h('li', {}, h('p', {}, alt.text), alt.scores ? scoreChips(alt.scores) : null, alt.reason ? h('p', { class: 'decision-reason' }, alt.reason) : null),
            ),
          ),
        )
      : null,
  );
}
