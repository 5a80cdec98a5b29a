import { describe, expect, it } from 'vitest';
import { PlaySession } from '../../../../src/session/play-session';
import type { SaveState, StepSaver } from '../../../../src/storage/step-saver';
import { PlayController } from '../../../../src/ui/play/play-controller';
import type { PlayView } from '../../../../src/ui/play/play-view';
import { compileFixture } from '../../../fixtures/compile-fixture';

/** A saver whose commits the test finishes by hand, counting how many were asked for. */
function heldSaver() {
  const waiting: (() => void)[] = [];
  const saver = {
    commits: 0,
    commit() {
      saver.commits++;
      return new Promise<SaveState>((resolve) => waiting.push(() => resolve({ kind: 'saved' })));
    },
    stop() {},
    dispose() {},
  };
  const finishAll = async () => {
    while (waiting.length) waiting.shift()!();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { saver, finishAll };
}

/** Records what the controller asks the screen to draw. */
function recordingView() {
  const drawn: string[] = [];
  // When the picture was held still and let go, counted in things drawn so far.
  const scene: string[] = [];
  const view = {
    showStep: () => drawn.push('step'),
    openAtDecision: () => drawn.push('open at decision'),
    showChoiceMade: (_session: PlaySession, made: { text: string }) => drawn.push(`chose: ${made.text}`),
    echoAnswer: (_prompt: string, text: string) => drawn.push(`answer: ${text}`),
    showOptions: () => drawn.push('options'),
    waitForUndo: () => drawn.push('waiting for undo'),
    redraw: () => drawn.push('redraw'),
    focusDecision: () => drawn.push('focus decision'),
    showHandedOver: () => drawn.push('handed over'),
    showAuthoringError: (error: unknown) => drawn.push(`error: ${String(error)}`),
    holdScene: () => scene.push(`held after ${drawn.length}`),
    releaseScene: () => scene.push(`released after ${drawn.length}`),
  };
  return { view: view as unknown as PlayView, drawn, scene };
}

function setUp() {
  const session = PlaySession.start({ scenario: compileFixture('two-doors'), sessionId: 's1', seed: 7, mode: 'practice' });
  const { saver, finishAll } = heldSaver();
  const { view, drawn, scene } = recordingView();
  const controller = new PlayController(session, view, saver as unknown as StepSaver);
  return { session, saver, finishAll, drawn, scene, controller };
}

describe('PlayController', () => {
  it('draws a choice only once it is stored, and refuses another choice meanwhile', async () => {
    const { session, finishAll, drawn, controller } = setUp();
    controller.dispatch({ kind: 'choose', index: 1 });
    controller.dispatch({ kind: 'choose', index: 0 });
    expect(drawn).toEqual([]);
    expect(session.log.events.filter((e) => e.type === 'choice-made')).toHaveLength(1);
    await finishAll();
    expect(drawn).toEqual(['chose: Read out the address']);
  });

  it('holds the picture still from a choice until its result is drawn', async () => {
    const { finishAll, drawn, scene, controller } = setUp();
    controller.dispatch({ kind: 'choose', index: 1 });
    expect(scene).toEqual(['held after 0']);
    await finishAll();
    expect(drawn).toEqual(['chose: Read out the address']);
    expect(scene).toEqual(['held after 0', 'released after 1']);
  });

  it('takes a step back in the log at once and redraws the decision after it is stored', async () => {
    const { session, finishAll, drawn, controller } = setUp();
    controller.dispatch({ kind: 'choose', index: 1 });
    await finishAll();
    controller.dispatch({ kind: 'undo' });
    expect(session.log.events.at(-1)?.type).toBe('choice-undone');
    expect(drawn.slice(1)).toEqual(['waiting for undo']);
    await finishAll();
    expect(drawn.slice(1)).toEqual(['waiting for undo', 'redraw', 'focus decision']);
  });

  it('records stepping out and back for the debrief, storing each without waiting to draw anything', () => {
    const { session, saver, drawn, controller } = setUp();
    controller.dispatch({ kind: 'step-out' });
    controller.dispatch({ kind: 'step-in' });
    expect(session.log.events.slice(-2).map((e) => e.type)).toEqual(['session-paused', 'session-resumed']);
    expect(saver.commits).toBe(2);
    expect(drawn).toEqual([]);
  });

  it('draws nothing more once the learner has left, even for a choice that was still being stored', async () => {
    const { finishAll, drawn, controller } = setUp();
    controller.dispatch({ kind: 'choose', index: 0 });
    controller.leave();
    await finishAll();
    controller.dispatch({ kind: 'choose', index: 0 });
    expect(drawn).toEqual([]);
  });

  it('shows a new attempt’s opening at once (it is the result of no choice), and stores a first choice before drawing it', async () => {
    const { session, saver, finishAll, drawn, controller } = setUp();
    void saver.commit();
    controller.start(false, true);
    expect(drawn).toEqual(['step']);
    controller.dispatch({ kind: 'choose', index: 1 });
    expect(session.log.events.filter((e) => e.type === 'choice-made')).toHaveLength(1);
    expect(drawn).toEqual(['step']);
    await finishAll();
    expect(drawn).toEqual(['step', 'chose: Read out the address']);
  });

  it('shows a resumed attempt at its current decision, after whatever the resume added is stored', async () => {
    const { finishAll, drawn, controller } = setUp();
    controller.start(true, true);
    expect(drawn).toEqual([]);
    await finishAll();
    expect(drawn).toEqual(['open at decision']);
  });
});
