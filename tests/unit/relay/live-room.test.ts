import { describe, expect, it } from 'vitest';
import { LiveRoom, MAX_DEVICES } from '../../../src/relay/live-room';
import type { Reply } from '../../../src/relay/room-protocol';

const A = 'a'.repeat(32);
const B = 'b'.repeat(32);
const C = 'c'.repeat(32);
const OPTIONS = [
  { index: 0, text: 'Check the card' },
  { index: 2, text: 'Wave it through' },
];

function value<T>(r: Reply<T>): T {
  if (!r.ok) throw new Error(r.reason);
  return r.value;
}

function openRoom(ask: string | null = null): LiveRoom {
  const room = new LiveRoom('K7QP2', (ids) => [...ids].reverse());
  room.join(A, 'Sam');
  room.join(B);
  room.open('0-5', OPTIONS, ask);
  return room;
}

describe('a live room', () => {
  it('counts one vote per device, lets it change until closing, and gives the split only when closed', () => {
    const room = openRoom();
    value(room.vote(A, '0-5', 0));
    value(room.vote(B, '0-5', 0));
    value(room.vote(B, '0-5', 2));
    expect(room.publicView()).toMatchObject({ status: 'open', joined: 2, voted: 2 });
    expect(room.trainerView().split).toBeNull();
    expect(value(room.close()).split).toEqual([
      { index: 0, votes: 1 },
      { index: 2, votes: 1 },
    ]);
  });

  it('shows the room counts but never who voted or who joined', () => {
    const room = openRoom();
    room.vote(A, '0-5', 2);
    const shown = JSON.stringify(room.publicView()) + JSON.stringify(room.trainerView());
    expect(shown).not.toContain(A);
    expect(shown).not.toContain('Sam');
  });

  it('refuses a vote after closing, for another decision, for an option not on offer, or from a phone that has not joined, and changes nothing', () => {
    const room = openRoom();
    room.vote(A, '0-5', 0);
    const before = room.trainerView();
    expect(room.vote(C, '0-5', 0)).toEqual({ ok: false, reason: 'join the room first' });
    expect(room.vote(A, '0-5', 1)).toEqual({ ok: false, reason: 'that option is not on offer' });
    expect(room.vote(A, '1-9', 0)).toMatchObject({ ok: false, reason: expect.stringContaining('moved on') });
    expect(room.trainerView()).toEqual(before);
    room.close();
    const closed = room.trainerView();
    expect(room.vote(B, '0-5', 2)).toEqual({ ok: false, reason: 'voting is closed' });
    expect(room.trainerView()).toEqual(closed);
  });

  it('brings a phone back to the current decision with its vote kept', () => {
    const room = openRoom();
    room.vote(A, '0-5', 2);
    expect(value(room.join(A))).toEqual({ vote: 2, answer: null, nickname: 'Sam' });
    expect(room.publicView()).toMatchObject({ joined: 2, voted: 1 });
  });

  it('reopens the same decision with its votes kept, and a new decision starts from none', () => {
    const room = openRoom();
    room.vote(A, '0-5', 2);
    room.close();
    room.open('0-5', OPTIONS, null);
    expect(room.publicView().voted).toBe(1);
    room.open('1-12', OPTIONS, null);
    expect(room.publicView().voted).toBe(0);
    expect(room.self(A).vote).toBeNull();
  });

  it('takes one written answer per phone where the scenario asks, hides any one, and reveals the rest without names', () => {
    const room = openRoom('What would you say?');
    value(room.answer(A, '0-5', 'Ask for the card first'));
    value(room.answer(B, '0-5', 'Something rude'));
    value(room.answer(A, '0-5', 'Ask to see the card, politely'));
    const answers = room.trainerView().answers;
    expect(answers).toHaveLength(2);
    value(room.hide(answers.find((a) => a.text === 'Something rude')!.id, true));
    value(room.reveal());
    expect(room.publicView().revealed).toEqual(['Ask to see the card, politely']);
    expect(room.hide(99, true)).toEqual({ ok: false, reason: 'there is no such answer' });
  });

  it('refuses a written answer where the scenario asks nothing', () => {
    const room = openRoom(null);
    expect(room.answer(A, '0-5', 'hello')).toEqual({ ok: false, reason: 'there is no written question at this decision' });
    expect(room.trainerView().answers).toEqual([]);
  });

  it('drops everything when it ends and refuses phones after', () => {
    const room = openRoom();
    room.vote(A, '0-5', 0);
    room.end();
    expect(room.publicView()).toMatchObject({ status: 'ended', joined: 0, voted: 0, decision: null });
    expect(room.join(C)).toEqual({ ok: false, reason: 'this room has ended' });
    expect(room.vote(A, '0-5', 0)).toEqual({ ok: false, reason: 'this room has ended' });
  });

  it('filters nicknames and keeps them only for the phone itself', () => {
    const room = new LiveRoom('K7QP2');
    expect(value(room.join(A, '  <b>Kit</b>\u0000  ')).nickname).toBe('bKitb');
    expect(value(room.join(B, 'fuck')).nickname).toBeNull();
    expect(value(room.join(C, 'x'.repeat(100))).nickname).toHaveLength(24);
  });

  it('refuses a new phone once the room is full, but not one coming back', () => {
    const room = new LiveRoom('K7QP2');
    for (let i = 0; i < MAX_DEVICES; i++) room.join(i.toString(16).padStart(32, '0'));
    expect(room.join(A)).toEqual({ ok: false, reason: 'this room is full' });
    expect(room.join('0'.repeat(32)).ok).toBe(true);
  });
});
