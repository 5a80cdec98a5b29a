/**
 * The presenter's keys. Clickers send PageDown/PageUp (or the arrows), so those move on and back;
 * everything else is one key a trainer can find without looking. The help overlay (?) lists these.
 */
export type PresenterCommand =
  | { kind: 'advance' }
  | { kind: 'previous' }
  | { kind: 'select'; position: number }
  | { kind: 'hands'; delta: 1 | -1 }
  | { kind: 'override' }
  | { kind: 'timer' }
  | { kind: 'timer-length'; delta: 1 | -1 }
  | { kind: 'back' }
  | { kind: 'pause' }
  | { kind: 'help' }
  | { kind: 'close' };

interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

const KEYS: Record<string, PresenterCommand> = {
  ' ': { kind: 'advance' },
  Enter: { kind: 'advance' },
  ArrowRight: { kind: 'advance' },
  PageDown: { kind: 'advance' },
  ArrowLeft: { kind: 'previous' },
  PageUp: { kind: 'previous' },
  '+': { kind: 'hands', delta: 1 },
  '=': { kind: 'hands', delta: 1 },
  ArrowUp: { kind: 'hands', delta: 1 },
  '-': { kind: 'hands', delta: -1 },
  _: { kind: 'hands', delta: -1 },
  ArrowDown: { kind: 'hands', delta: -1 },
  o: { kind: 'override' },
  t: { kind: 'timer' },
  ']': { kind: 'timer-length', delta: 1 },
  '[': { kind: 'timer-length', delta: -1 },
  b: { kind: 'back' },
  p: { kind: 'pause' },
  // Many clickers' "blank screen" button sends a full stop, as PowerPoint expects.
  '.': { kind: 'pause' },
  '?': { kind: 'help' },
  h: { kind: 'help' },
  Escape: { kind: 'close' },
};

/** The command for a key press, or null for keys the presenter leaves alone (browser shortcuts included). */
export function commandFor(press: KeyPress): PresenterCommand | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (/^[1-9]$/.test(press.key)) return { kind: 'select', position: Number(press.key) - 1 };
  return KEYS[press.key.length === 1 ? press.key.toLowerCase() : press.key] ?? null;
}

/** What the help overlay shows, in the order a session uses them. */
export const KEY_HELP: readonly { keys: string; does: string }[] = [
  { keys: 'Space, → or Page Down', does: 'Next line; then discuss, vote, see the result and go on' },
  { keys: '← or Page Up', does: 'Back a line, or back a step at a decision' },
  { keys: '1 to 9', does: 'Pick an option: to count its hands, or to take it after the vote' },
  { keys: '+ or ↑,  − or ↓', does: 'One more or one fewer hand for the picked option' },
  { keys: 'O', does: "Override: explore another option than the room's" },
  { keys: 'T', does: 'Start or pause the discussion timer' },
  { keys: '[  ]', does: 'Shorter or longer timer (30 seconds)' },
  { keys: 'B', does: 'Go back to an earlier decision' },
  { keys: 'P or .', does: 'Pause: blank the screen; again to come back' },
  { keys: '? or H', does: 'Show or hide these keys' },
  { keys: 'Esc', does: 'Close whatever is open' },
];
