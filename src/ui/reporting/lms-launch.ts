import { cmi5Target, Cmi5LaunchError, fetchAuthToken, LAUNCH_DATA_STATE, parseCmi5Launch, parseLaunchData, reportsResults } from '../../reporting/cmi5-launch';
import { connectLrs } from '../../reporting/lrs-client';
import { findScormApi } from '../../reporting/scorm-runtime';
import { decodeSuspendData, rebuildFromSuspendData } from '../../reporting/scorm-suspend';
import { isoDuration } from '../../reporting/session-statements';
import { QUEUE_DATABASE } from '../../reporting/statement-queue-idb';
import { isStoreProblem } from '../../storage/learner-store';
import { setActiveProfile } from '../services/active-profile';
import { learnerStore } from '../services/device-storage';
import { h } from '../dom';
import { routeHref } from '../services/routes';
import { loadScenario } from '../services/scenario-loading';
import { flush, useLaunchDestination } from './reporting-service';

/**
 * A launch from an LMS: the packages' launch page is `index.html?lms=cmi5|scorm&scenario=<id>`
 * (cmi5 adds its own parameters). This sets where results go, signs the LMS's learner in as a
 * profile on this device, and opens the scenario (or, for SCORM, the attempt the LMS kept).
 * Without those parameters it does nothing.
 */
export async function startLmsLaunch(header: Element): Promise<void> {
  const query = new URLSearchParams(location.search);
  const scenarioId = query.get('scenario');
  try {
    if (parseCmi5Launch(location.search)) await launchCmi5(header, scenarioId);
    else if (query.get('lms') === 'scorm') await launchScorm(header, scenarioId);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    bar(header, [h('strong', {}, 'Results are not being recorded: '), `${why}.`]);
  }
}

async function launchCmi5(header: Element, scenarioId: string | null): Promise<void> {
  const launch = parseCmi5Launch(location.search)!;
  // The fetch URL works once; a reload of the same launch reuses the token it gave.
  const tokenKey = `common-ground.cmi5-token:${launch.fetch}`;
  const token = sessionStorage.getItem(tokenKey) ?? (await fetchAuthToken(launch.fetch));
  sessionStorage.setItem(tokenKey, token);
  const connection = { endpoint: launch.endpoint, authorization: `Basic ${token}` };
  const client = await connectLrs(connection);
  const data = parseLaunchData(await client.getState({ activityId: launch.activityId, agent: launch.actor, registration: launch.registration, stateId: LAUNCH_DATA_STATE }));
  const back = data.returnURL;
  const leave = back ? h('button', { type: 'button', class: 'button', onclick: () => void flush(5000).then(() => location.assign(back)) }, 'Back to the course') : null;
  if (!reportsResults(data)) {
    bar(header, [`Opened from your course in ${data.launchMode.toLowerCase()} mode: nothing is recorded.`], leave);
  } else {
    useLaunchDestination({ kind: 'lrs', connection, queueName: `${QUEUE_DATABASE}.cmi5`, cmi5: cmi5Target(launch, data), actor: launch.actor });
    bar(header, ['Opened from your course: your choices and result are sent to it.'], leave);
  }
  await signIn(launch.actor.account!.name, launch.actor.name ?? 'Learner');
  if (!scenarioId) throw new Cmi5LaunchError('the course did not say which scenario to open');
  openFirst(routeHref({ screen: 'play', scenarioId }));
}

async function launchScorm(header: Element, scenarioId: string | null): Promise<void> {
  const api = findScormApi(window as never);
  if (!api) throw new Error('this is a SCORM package, but no LMS is around it (open it from your course)');
  if (api.Initialize('') !== 'true') throw new Error(`the LMS would not start the attempt (${api.GetErrorString(api.GetLastError())})`);
  const began = Date.now();
  window.addEventListener(
    'pagehide',
    () => {
      api.SetValue('cmi.session_time', isoDuration(Date.now() - began));
      api.Commit('');
      api.Terminate('');
    },
    { once: true },
  );
  useLaunchDestination({ kind: 'scorm', api });
  const profileId = await signIn(api.GetValue('cmi.learner_id') || 'scorm-learner', api.GetValue('cmi.learner_name') || 'Learner');
  bar(header, ['Opened from your course: your choices and result are recorded there.']);
  const saved = api.GetValue('cmi.suspend_data');
  if (saved) {
    const data = decodeSuspendData(saved);
    const scenario = await loadScenario(data.scenario);
    if (!scenario) throw new Error(`the scenario "${data.scenario}" saved in the LMS is not in this package`);
    const events = rebuildFromSuspendData(scenario, data);
    // The LMS's copy is the attempt; put it on this device (if it is not here already) and carry on.
    const store = learnerStore();
    const local = await store.loadSession(data.session);
    if (local === null) {
      await store.beginSession(profileId, events[0]!);
      if (events.length > 1) await store.appendEvents(data.session, events.slice(1));
    } else if (isStoreProblem(local)) {
      throw new Error(`this device has a damaged copy of the attempt: ${local.problem}`);
    }
    openFirst(routeHref({ screen: 'resume', sessionId: data.session }));
    return;
  }
  if (!scenarioId) throw new Error('the course did not say which scenario to open');
  openFirst(routeHref({ screen: 'play', scenarioId }));
}

/**
 * The address the app opens on. Set without a hashchange: the app has not started yet and reads the
 * address when it does; an event as well would draw the screen twice (two attempts started).
 */
function openFirst(href: string): void {
  history.replaceState(history.state, '', `${location.pathname}${location.search}${href}`);
}

/** The LMS knows the learner: keep them as a profile on this device, without the picker. */
async function signIn(lmsId: string, name: string): Promise<string> {
  const id = `lms-${lmsId}`;
  const store = learnerStore();
  const known = (await store.listProfiles()).items.some((p) => p.id === id);
  if (!known) await store.putProfile({ id, displayName: name, pin: null, createdAt: new Date().toISOString() });
  setActiveProfile(id);
  return id;
}

/** A line under the header saying the course opened this, with the way back when the LMS gave one. */
function bar(header: Element, message: Array<Node | string>, action: HTMLElement | null = null): void {
  document.querySelector('.lrs-launch-bar')?.remove();
  header.after(h('div', { class: 'lrs-launch-bar', role: 'status' }, h('span', {}, ...message), action));
}
