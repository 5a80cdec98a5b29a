import { buildDebrief, type Debrief } from '../../scoring/debrief';
import { lessonsFor, pathView } from '../../analysis/best-per-decision';
import { decisionLesson } from '../debrief/decision-lesson';
import { pathViewSection } from '../debrief/path-view';
import { endingTitleFor, endingSummaryFor } from '../../narrative/scenario-meta';
import { axisTotals } from '../debrief/axis-totals';
import { scenarioMapSection } from '../debrief/scenario-map-view';
import { h } from '../dom';
import { routeHref } from '../services/routes';
import { loadScenarioSummary } from '../services/scenario-loading';
import { scenarioMeta } from '../services/scenario-source';
import { enterScreen } from '../widgets/screen';
import { findSession } from '../services/session-registry';
import { learnerStore } from '../services/device-storage';
import { isStoreProblem } from '../../storage/learner-store';
import { undoneSection } from '../play/undone-choices';
import { recordMismatch } from '../services/record-check';
import { activeProfileId, pickProfileThen } from '../services/active-profile';
import { activeProfile } from '../services/learner-data';
import { resultDownload } from '../debrief/result-download';

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
  // The record is checked against the story while the ranges and best routes arrive.
  const [mismatch, summary] = await Promise.all([recordMismatch(events), loadScenarioSummary(debrief.scenarioId)]);
  const bounds = summary?.bounds ?? null;
  const route = summary?.route ?? null;
  const meta = scenarioMeta(debrief.scenarioId);
  const title = meta?.title ?? debrief.scenarioId;
  const endingTitle = (id: string) => endingTitleFor(meta, id);
  const speakerName = (id: string) => meta?.cast.find((m) => m.id === id)?.name ?? null;
  const lessons = lessonsFor(debrief, route);
  const endingSummary = debrief.ending ? endingSummaryFor(meta, debrief.ending) : null;
  const learner = (await activeProfile())?.displayName ?? null;
  main.append(
    h('h1', {}, `Debrief: ${title}`),
    ...(mismatch
      ? [h('p', { class: 'record-warning', role: 'alert' }, `This record does not match the scenario, so it may have been edited or damaged (${mismatch}). It is shown as saved, but it is not evidence.`)]
      : []),
    ...(debrief.ended ? [] : [h('p', { class: 'unfinished-note' }, 'This attempt was not finished: these are the decisions made so far.')]),
    ...(debrief.ending
      ? [h('section', { class: 'ending-reached', 'aria-labelledby': 'ending-heading' }, h('h2', { id: 'ending-heading' }, `Your ending: ${endingTitle(debrief.ending)}`), endingSummary ? h('p', {}, endingSummary) : null)]
      : []),
    h(
      'section',
      { class: 'totals', 'aria-labelledby': 'totals-heading' },
      h('h2', { id: 'totals-heading' }, 'Your totals'),
      axisTotals(debrief.totals, bounds),
    ),
    // Up here rather than after the decisions: a learner filing the result for a portfolio should
    // not have to scroll past every decision to find it.
    h(
      'div',
      { class: 'debrief-keep' },
      printButton(),
      // A result is for a finished attempt; an unfinished one has no ending to report.
      debrief.ended ? resultDownload({ events, debrief, lessons, bounds, meta, learner }) : null,
    ),
    // The whole route at a glance before each decision in detail.
    pathViewSection(pathView(debrief, route), endingTitle),
    h(
      'section',
      { class: 'decisions', 'aria-labelledby': 'decisions-heading' },
      h('h2', { id: 'decisions-heading' }, `Your ${debrief.decisions.length} decisions`),
      h('ol', { class: 'decision-list' }, ...debrief.decisions.map((d, i) => decisionLesson(d, lessons[i]!, i + 1, { endingTitle, speakerName }))),
    ),
    ...(debrief.undone.length ? [undoneSection(debrief.undone)!] : []),
    scenarioMapSection(debrief.scenarioId, title, debrief.decisions.map((d) => d.chosen.index), endingTitle),
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

/** The page prints as a one-page result for the learner's portfolio (see the print rules in styles.css). */
function printButton(): HTMLElement {
  const button = h('button', { type: 'button', class: 'button' }, 'Print or save as PDF');
  button.addEventListener('click', () => window.print());
  return button;
}
