import { io } from 'socket.io-client';
import { joinCodeSchema, type PhoneSelf, type PublicRoom, type Reply } from '../../relay/room-protocol';
import { deviceToken } from './device-token';
import { PhoneView } from './phone-view';
import './phone.css';

/**
 * The phone page the relay serves at /join (the code after #). It joins with the code and this
 * phone's anonymous token, and joins again on every reconnect, so it always gets the room as it
 * stands: a phone that slept comes back to the current decision with its vote kept.
 */
const main = document.getElementById('main')!;
const device = deviceToken();
const socket = io({ autoConnect: true });
let code: string | null = null;
let nickname = '';
let room: PublicRoom | null = null;
let self: PhoneSelf = { vote: null, answer: null, nickname: null };
let latestTap = 0;

const view = new PhoneView({
  join: (typed, name) => {
    const parsed = joinCodeSchema.safeParse(typed);
    if (!parsed.success) return view.showProblem('That is not a room code: it is five letters and numbers, on the screen at the front.');
    [code, nickname] = [parsed.data, name];
    history.replaceState(null, '', `#${code}`);
    join();
  },
  vote: (option) => {
    if (!code || !room?.decision) return;
    // Shown at once; the relay's answer confirms it or puts it back. Only the answer to the latest
    // tap counts: an earlier tap's answer arriving late must not flip the button back.
    self = { ...self, vote: option };
    view.showSelf(room, self);
    const tap = ++latestTap;
    socket.emit('phone:vote', { code, device, key: room.decision.key, option }, (r: Reply<PhoneSelf>) => tap === latestTap && settle(r));
  },
  answer: (text) => {
    if (!code || !room?.decision) return;
    socket.emit('phone:answer', { code, device, key: room.decision.key, text }, (r: Reply<PhoneSelf>) => settle(r));
  },
});
main.replaceChildren(view.root);

const fromAddress = location.hash.slice(1);
if (fromAddress) {
  view.prefillCode(fromAddress.toUpperCase());
  const parsed = joinCodeSchema.safeParse(fromAddress);
  if (parsed.success) code = parsed.data;
}

function join(): void {
  if (!code || !socket.connected) return;
  const body = nickname.trim() ? { code, device, nickname } : { code, device };
  socket.emit('phone:join', body, (r: Reply<{ room: PublicRoom; self: PhoneSelf }>) => {
    if (!r.ok) {
      room = null;
      return view.showProblem(r.reason === 'there is no room with that code (it may have ended)' ? 'There is no room with that code. Check it on the screen at the front; the room may have ended.' : `Could not join: ${r.reason}.`);
    }
    view.showProblem(null);
    ({ room, self } = r.value);
    view.showRoom(room, self);
  });
}

function settle(r: Reply<PhoneSelf>): void {
  if (r.ok) {
    self = r.value;
    view.showProblem(null);
  } else {
    view.showProblem(`Not counted: ${r.reason}.`);
  }
  if (room) view.showSelf(room, self);
}

socket.on('connect', () => {
  view.showConnection('connected');
  join();
});
socket.on('disconnect', () => view.showConnection('lost'));
socket.io.on('reconnect_attempt', () => view.showConnection('lost'));
socket.on('room:state', (next: PublicRoom) => {
  if (!code || next.code !== code) return;
  // A new decision has no vote from this phone yet.
  if (next.decision?.key !== room?.decision?.key) self = { ...self, vote: null, answer: null };
  room = next;
  view.showRoom(room, self);
});
socket.on('room:refused', (r: Reply<never>) => {
  if (!r.ok) view.showProblem(`Refused: ${r.reason}.`);
});
