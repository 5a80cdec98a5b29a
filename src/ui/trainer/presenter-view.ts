import type { ScenarioMeta } from '../../narrative/scenario-meta';
import { castPresent } from '../../narrative/presence';
import type { CastMember, Mood } from '../../narrative/tags';
import type { PresenterFlow, PresenterPhase } from '../../trainer/presenter-flow';
import { endingName } from '../../trainer/group-debrief-text';
import { h } from '../dom';
import { describeScene } from '../services/scene-description';
import type { Scenery } from '../../game/scenery-contract';
import { mountScenery } from '../services/scenery-port';
import { helpOverlay } from './help-overlay';
import { storyLines } from './story-lines';
import type { TimerWidget } from './timer';
import { refreshTally, votePanel, type VoteHandlers } from './vote-panel';

export interface ViewHandlers extends VoteHandlers {
  debrief(): void;
  back(): void;
}

const HINTS: Record<PresenterPhase | 'start' | 'start-resume', string> = {
  start: 'Space: begin   ·   ?: keys',
  'start-resume': 'Space: continue the session   ·   ?: keys',
  story: 'Space: next line   ·   ←: back a line   ·   B: earlier decision   ·   ?: keys',
  discuss: 'Space: hands up   ·   T: timer   ·   ?: keys',
  vote: '1–9: pick   ·   + −: hands   ·   Enter: result',
  result: 'Enter: go on   ·   O or 1–9: another option   ·   ←: recount',
  ended: 'Enter: group debrief   ·   B: earlier decision',
};

/**
 * The projector's layout: a top bar (where we are, the timer), the scene and its speaker on the
 * left, the story or the decision on the right, and the keys for this moment along the bottom.
 * Nothing about any learner is ever on it.
 */
export class PresenterView {
  readonly root: HTMLElement;
  private readonly where = h('p', { class: 'presenter-where' });
  private readonly stage = h('div', { class: 'stage presenter-stage', role: 'img', 'aria-labelledby': 'presenter-scene' });
  private readonly place = h('p', { class: 'presenter-place', id: 'presenter-scene' });
  private readonly aside = h('div', { class: 'presenter-aside' });
  private readonly panel = h('div', { class: 'presenter-panel' });
  private readonly hints = h('p', { class: 'presenter-hints' });
  private readonly status = h('p', { class: 'visually-hidden', role: 'status' });
  /** The presenter's keys (?), on the start screen as well as during the session. */
  readonly help = helpOverlay();
  private readonly paused = h('div', { class: 'presenter-paused', hidden: true }, h('p', { class: 'paused-title' }, 'Paused'), h('p', {}, 'Press P to carry on.'));
  /** Mounted with the first scene, never behind the start panel: Phaser must boot in a box of real size. */
  private scenery: Scenery | null = null;
  /** Each `# IMAGE:` path of the scenario and where the build put the picture. */
  private pictures: Readonly<Record<string, string>> = {};
  /** The live room's join details and counts, when phones vote too. */
  private phones: HTMLElement | null = null;

  constructor(
    private readonly meta: ScenarioMeta,
    readonly timer: TimerWidget,
  ) {
    this.root = h(
      'div',
      { class: 'presenter', 'data-phase': 'start' },
      h('header', { class: 'presenter-bar' }, h('h1', { class: 'presenter-title' }, meta.title), this.where, timer.element, h('p', { class: 'presenter-keys-hint' }, '? keys')),
      h('div', { class: 'presenter-body' }, h('div', { class: 'presenter-scene' }, this.stage, this.place, this.aside), this.panel),
      h('footer', { class: 'presenter-footer' }, this.hints),
      this.status,
      this.paused,
      this.help,
    );
    this.place.textContent = describeScene({ place: null, present: [], speaker: null, mood: null });
  }

  showPicturesFrom(images: Readonly<Record<string, string>> | undefined): void {
    this.pictures = images ?? {};
  }

  /** Before the session: the scenario, its content notes and role cards, and how to begin (or carry on). */
  showStart(content: HTMLElement, resuming = false): void {
    this.setPhase('start', 'Ready to start');
    this.panel.replaceChildren(content);
    this.startHint(resuming);
  }

  /** What Space does on the start screen: carry on the session offered, or begin. */
  startHint(resuming: boolean): void {
    this.hints.textContent = HINTS[resuming ? 'start-resume' : 'start'];
  }

  render(flow: PresenterFlow, handlers: ViewHandlers): void {
    const decision = flow.session.decision + 1;
    // How far through the lines before the decision the room is, so the trainer can pace the reading.
    const progress = flow.lines.length > 1 ? `  ·  line ${flow.revealed} of ${flow.lines.length}` : '';
    const label = { story: `Before decision ${decision}${progress}`, discuss: `Decision ${decision}`, vote: `Decision ${decision}`, result: `Decision ${decision}`, ended: 'The end' }[flow.phase];
    this.setPhase(flow.phase, label);
    const scene = flow.scene;
    this.showScene(scene.place, castPresent(scene.presence, this.meta.cast), scene.speaker, scene.mood);
    this.aside.replaceChildren(...this.asideFor(flow));
    if (flow.phase === 'story') this.panel.replaceChildren(storyLines(flow.lines, flow.revealed, this.pictures));
    else if (flow.phase === 'ended') this.panel.replaceChildren(this.ending(flow, handlers));
    else this.panel.replaceChildren(votePanel(flow, handlers));
  }

  showPhones(box: HTMLElement | null): void {
    this.phones = box;
    box?.classList.add('phones--presenting');
  }

  toggleHelp(): void {
    if (this.help.open) this.help.close();
    else this.help.showModal();
  }

  showTally(flow: PresenterFlow): void {
    refreshTally(this.panel, flow);
  }

  announce(text: string): void {
    this.status.textContent = text;
  }

  setPaused(paused: boolean): void {
    this.paused.hidden = !paused;
  }

  showError(message: string): void {
    this.panel.replaceChildren(h('p', { class: 'presenter-error', role: 'alert' }, message));
  }

  destroy(): void {
    this.scenery?.destroy();
  }

  private setPhase(phase: PresenterPhase | 'start', where: string): void {
    this.root.dataset.phase = phase;
    this.where.textContent = where;
    this.hints.textContent = HINTS[phase];
  }

  private showScene(place: string | null, present: readonly CastMember[], speaker: CastMember | null, mood: Mood | null): void {
    this.place.textContent = describeScene({ place, present, speaker, mood });
    this.stage.dataset.present = present.map((p) => p.id).join(' ');
    this.scenery ??= mountScenery(this.stage, () => this.stage.classList.add('stage--text-only'));
    this.scenery.show({ place, cast: this.meta.cast, present, speaker, mood });
  }

  private asideFor(flow: PresenterFlow): HTMLElement[] {
    const parts: HTMLElement[] = [];
    if (flow.rewoundTo !== null) {
      parts.push(h('p', { class: 'presenter-rewound' }, `Back at decision ${flow.rewoundTo + 1}, to try another road. The first road stays in the record.`));
    }
    if (flow.phase === 'discuss' || flow.phase === 'vote' || flow.phase === 'result') {
      parts.push(
        h('section', { class: 'presenter-prompt', 'aria-label': 'For discussion' }, h('p', { class: 'prompt-label' }, 'Talk about it'), ...flow.prompts.map((p) => h('p', { class: 'prompt-text' }, p))),
      );
    }
    if (this.phones) parts.push(this.phones);
    return parts;
  }

  private ending(flow: PresenterFlow, handlers: ViewHandlers): HTMLElement {
    const debrief = h('button', { type: 'button', class: 'button button--primary presenter-button', onclick: handlers.debrief }, 'Group debrief');
    const back = h('button', { type: 'button', class: 'button presenter-button', onclick: handlers.back }, 'Go back to a decision');
    return h(
      'section',
      { class: 'presenter-ending', 'aria-labelledby': 'presenter-ending-heading' },
      h('h2', { id: 'presenter-ending-heading' }, 'The end of this scenario'),
      h('p', {}, `Ending: ${endingName(flow.session.play.current.ending)}.`),
      h('p', {}, 'See the room’s path, the votes and the scores together, or go back and try another road first.'),
      h('div', { class: 'button-row' }, debrief, back),
    );
  }
}
