import { AXES, AXIS_SHORT_NAMES, MAX_SCORE, MIN_SCORE, type Axis, type AxisScores } from '../core/axes';
import { ownEntry } from '../core/own-entry';

/**
 * The tag vocabulary, parsed once into a typed union. `stories/README.md` documents it for authors;
 * keep the two in step. Every tag has one scope: where in an ink file it is allowed to stand.
 */
export type TagScope = 'choice' | 'line' | 'global';

const MOODS = ['neutral', 'concerned', 'frustrated', 'relieved'] as const;
export type Mood = (typeof MOODS)[number];

const FAMILIES = ['tutorial', 'safeguarding', 'partner', 'rules'] as const;
export type Family = (typeof FAMILIES)[number];

const STRANDS = ['Outcomes', 'Alignment', 'Delivery', 'Accountability'] as const;
export type Strand = (typeof STRANDS)[number];

export interface CastMember {
  id: string;
  name: string;
  role: string;
}

/** One group's private brief for a trainer-led session: the room splits into the agencies at the table. */
export interface RoleCard {
  group: string;
  brief: string;
}

export type Tag =
  // choice tags: inside the choice's brackets, so they can be read before the choice is taken
  | { kind: 'score'; scores: AxisScores }
  | { kind: 'reason'; text: string }
  | { kind: 'ksb'; codes: string[] }
  | { kind: 'pin' }
  | { kind: 'rubric-exception'; reason: string }
  // line tags: on a line of text
  | { kind: 'speaker'; castId: string }
  | { kind: 'mood'; mood: Mood }
  | { kind: 'background'; place: string }
  | { kind: 'present'; castIds: string[] }
  | { kind: 'enter'; castIds: string[] }
  | { kind: 'leave'; castIds: string[] }
  | { kind: 'sound'; sound: string }
  | { kind: 'music'; track: string | null }
  | { kind: 'image'; src: string }
  | { kind: 'alt'; text: string }
  | { kind: 'class'; className: string }
  | { kind: 'clear' }
  | { kind: 'restart' }
  | { kind: 'ending'; ending: string }
  | { kind: 'prompt'; text: string }
  | { kind: 'ask'; prompt: string }
  | { kind: 'model'; text: string }
  | { kind: 'look-for'; text: string }
  // global tags: at the very top of the scenario file
  | { kind: 'title'; text: string }
  | { kind: 'family'; family: Family }
  | { kind: 'minutes'; minutes: number }
  | { kind: 'summary'; text: string }
  | { kind: 'cast'; member: CastMember }
  | { kind: 'strand'; strand: Strand }
  | { kind: 'content-note'; text: string }
  | { kind: 'debrief-question'; text: string }
  | { kind: 'role-card'; card: RoleCard }
  | { kind: 'ending-title'; ending: string; text: string }
  | { kind: 'ending-summary'; ending: string; text: string }
  // Inky's own global tags: accepted so a story from Inky builds, and not used here
  | { kind: 'inky-global'; name: 'author' | 'theme'; value: string };


/** Thrown by a tag parser; the caller adds where the tag stood. */
export class TagSyntaxError extends Error {}

interface TagDefinition {
  scope: TagScope;
  /** Whether the tag takes a value after a colon. */
  hasValue: boolean;
  parse(value: string): Tag;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function slug(value: string, what: string): string {
  if (!SLUG.test(value)) {
    throw new TagSyntaxError(`${what} must be lower-case words joined by hyphens, e.g. "meeting-room"; got "${value}"`);
  }
  return value;
}

function text(value: string, what: string): string {
  if (value.length === 0) throw new TagSyntaxError(`${what} needs some text after the colon`);
  return value;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  const found = allowed.find((item) => item.toLowerCase() === value.toLowerCase());
  if (!found) throw new TagSyntaxError(`${what} must be one of ${allowed.join(', ')}; got "${value}"`);
  return found;
}

export function parseScores(value: string): AxisScores {
  const seen = new Map<Axis, number>();
  for (const part of value.split(',').map((p) => p.trim()).filter(Boolean)) {
    const match = /^([a-z]+)\s+([+-]?\d+)$/i.exec(part);
    if (!match) throw new TagSyntaxError(`cannot read "${part}": write an axis then a number, e.g. "comp +2"`);
    const axis = ownEntry(AXIS_SHORT_NAMES, match[1]!.toLowerCase());
    if (!axis) throw new TagSyntaxError(`"${match[1]}" is not an axis: use comp, comm or chal`);
    if (seen.has(axis)) throw new TagSyntaxError(`${axis} is scored twice`);
    const score = Number(match[2]);
    if (score < MIN_SCORE || score > MAX_SCORE) {
      throw new TagSyntaxError(`${axis} score ${score} is outside ${MIN_SCORE} to +${MAX_SCORE}`);
    }
    seen.set(axis, score);
  }
  const missing = AXES.filter((axis) => !seen.has(axis));
  if (missing.length > 0) {
    throw new TagSyntaxError(`every axis must be scored, 0 included; missing ${missing.join(', ')}`);
  }
  return { compliance: seen.get('compliance')!, communication: seen.get('communication')!, challenge: seen.get('challenge')! };
}

// ink ends a tag at "|", so a cast line reads "id = Full Name, role and organisation".
function parseCast(value: string): Tag {
  const match = /^([^=]+)=([^,]+),(.+)$/.exec(value);
  if (!match || match.slice(1).some((p) => p.trim().length === 0)) {
    throw new TagSyntaxError('cast needs "id = Full Name, role", e.g. "rosa = Rosa Mendes, Chair, adult social care"');
  }
  return { kind: 'cast', member: { id: slug(match[1]!.trim(), 'cast id'), name: match[2]!.trim(), role: match[3]!.trim() } };
}

// Same shape as a cast line, for the same reason: "Police = Argue from what you can investigate …".
function parseRoleCard(value: string): Tag {
  const equals = value.indexOf('=');
  const group = value.slice(0, equals).trim();
  const brief = value.slice(equals + 1).trim();
  if (equals === -1 || group.length === 0 || brief.length === 0) {
    throw new TagSyntaxError('role-card needs "group = brief", e.g. "Police = Argue from what you could investigate today"');
  }
  return { kind: 'role-card', card: { group, brief } };
}

// "id = words", like a role card: an ending's title or summary, keyed by its `#ending` id.
function parseEndingWords(kind: 'ending-title' | 'ending-summary') {
  return (value: string): Tag => {
    const equals = value.indexOf('=');
    const id = value.slice(0, equals).trim();
    const words = value.slice(equals + 1).trim();
    if (equals === -1 || id.length === 0 || words.length === 0) {
      throw new TagSyntaxError(`${kind} needs "ending-id = words", e.g. "${kind}: in-full = ${kind === 'ending-title' ? 'Answered in full' : 'Imran got every record he asked for, on time.'}"`);
    }
    return { kind, ending: slug(id, 'ending'), text: words };
  };
}

/** `#present: nobody` empties the scene, so someone only heard (an email, a caller) is not drawn. */
export const NOBODY = 'nobody';

// "#present: rosa, dev": cast ids, as #speaker takes them, at least one and each once.
function castIds(kind: 'present' | 'enter' | 'leave') {
  return (value: string): Tag => {
    if (kind === 'present' && value.trim().toLowerCase() === NOBODY) return { kind, castIds: [] };
    const ids = value.split(',').map((id) => id.trim()).filter(Boolean);
    if (ids.length === 0) throw new TagSyntaxError(`#${kind} needs at least one cast id, e.g. "#${kind}: rosa, dev"${kind === 'present' ? ', or "#present: nobody"' : ''}`);
    if (ids.includes(NOBODY)) throw new TagSyntaxError(`"${NOBODY}" is not a cast id: write "#present: ${NOBODY}" on its own to empty the scene`);
    const twice = ids.find((id, i) => ids.indexOf(id) !== i);
    if (twice) throw new TagSyntaxError(`#${kind} names "${twice}" twice`);
    return { kind, castIds: ids.map((id) => slug(id, `#${kind}`)) };
  };
}

function parseMinutes(value: string): Tag {
  const minutes = Number(value);
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 120) {
    throw new TagSyntaxError(`minutes must be a whole number from 1 to 120; got "${value}"`);
  }
  return { kind: 'minutes', minutes };
}

function parseKsbCodes(value: string): Tag {
  const codes = value.split(',').map((c) => c.trim()).filter(Boolean);
  if (codes.length === 0) throw new TagSyntaxError('ksb needs at least one code, e.g. "P-K3, P-S5"');
  for (const code of codes) {
    if (!/^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(code)) throw new TagSyntaxError(`"${code}" is not a KSB code`);
  }
  return { kind: 'ksb', codes };
}

const PICTURE_TYPES = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'svg'];

/**
 * An `# IMAGE:` path: a picture file, relative to the scenario's .ink file as in Inky (the build
 * checks it is there). Not a web address: the game works offline and its security policy shows
 * pictures from the game itself only. ink reads `//` as the start of a comment, even in a tag, so
 * an address usually arrives cut short at "https:"; the message says so, as that is what puzzles.
 */
function picturePath(value: string): string {
  const src = text(value, 'IMAGE');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(src)?.[1];
  if (scheme && scheme.length > 1) {
    const cut = /^[a-z][a-z0-9+.-]*:$/i.test(src) ? ` (ink read the "//" after "${src}" as the start of a comment, so the address was cut there)` : '';
    throw new TagSyntaxError(
      `"#IMAGE: ${src}" is a web address${cut}; a picture must be a file in the project, since the game works offline and shows no pictures from other sites: save it beside the scenario, e.g. stories/images/map.png, and write "# IMAGE: images/map.png"`,
    );
  }
  if (/^([/\\]|[a-z]:)/i.test(src)) throw new TagSyntaxError(`"#IMAGE: ${src}" must be a path from the scenario's folder, e.g. "images/map.png", not from the top of the disk`);
  const type = /\.([a-z0-9]+)$/i.exec(src)?.[1]?.toLowerCase();
  if (!type || !PICTURE_TYPES.includes(type)) throw new TagSyntaxError(`"#IMAGE: ${src}" is not a picture the game can show; use a ${PICTURE_TYPES.join(', ')} file`);
  return src;
}

// A Map, not an object: a tag written as #toString or #__proto__ must not find Object's own members.
const definitions = new Map<string, TagDefinition>(Object.entries({
  score: { scope: 'choice', hasValue: true, parse: (v) => ({ kind: 'score', scores: parseScores(v) }) },
  reason: { scope: 'choice', hasValue: true, parse: (v) => ({ kind: 'reason', text: text(v, 'reason') }) },
  ksb: { scope: 'choice', hasValue: true, parse: parseKsbCodes },
  pin: { scope: 'choice', hasValue: false, parse: () => ({ kind: 'pin' }) },
  // The author knowingly scores against the rubric here; the analyzer lists the reason instead of warning.
  'rubric-exception': { scope: 'choice', hasValue: true, parse: (v) => ({ kind: 'rubric-exception', reason: text(v, 'rubric-exception') }) },

  speaker: { scope: 'line', hasValue: true, parse: (v) => ({ kind: 'speaker', castId: slug(v, 'speaker') }) },
  mood: { scope: 'line', hasValue: true, parse: (v) => ({ kind: 'mood', mood: oneOf(v, MOODS, 'mood') }) },
  background: { scope: 'line', hasValue: true, parse: (v) => ({ kind: 'background', place: slug(v, 'background') }) },
  // Who is in the scene (narrative/presence.ts): exactly these people, one more, one fewer.
  present: { scope: 'line', hasValue: true, parse: castIds('present') },
  enter: { scope: 'line', hasValue: true, parse: castIds('enter') },
  leave: { scope: 'line', hasValue: true, parse: castIds('leave') },
  sound: { scope: 'line', hasValue: true, parse: (v) => ({ kind: 'sound', sound: slug(v, 'sound') }) },
  music: {
    scope: 'line',
    hasValue: true,
    parse: (v) => ({ kind: 'music', track: v.toLowerCase() === 'stop' ? null : slug(v, 'music') }),
  },
  ending: { scope: 'line', hasValue: true, parse: (v) => ({ kind: 'ending', ending: slug(v, 'ending') }) },
  // A question for the room, shown in trainer mode at the next decision; solo play ignores it.
  prompt: { scope: 'line', hasValue: true, parse: (v) => ({ kind: 'prompt', text: text(v, 'prompt') }) },
  // "What would you say?": the learner answers in their own words before the next options appear.
  ask: { scope: 'line', hasValue: true, parse: (v) => ({ kind: 'ask', prompt: text(v, 'ask') }) },
  // The author's guide to that question: a model answer, and what a strong answer would do (one tag
  // per point). They belong to the #ask line; the runner checks that they follow one.
  model: { scope: 'line', hasValue: true, parse: (v) => ({ kind: 'model', text: text(v, 'model') }) },
  'look-for': { scope: 'line', hasValue: true, parse: (v) => ({ kind: 'look-for', text: text(v, 'look-for') }) },
  // Inky's web-player tags, accepted so a story written for Inky's export plays here too.
  IMAGE: { scope: 'line', hasValue: true, parse: (v) => ({ kind: 'image', src: picturePath(v) }) },
  // Ours, not Inky's: the words for someone who cannot see the picture on the same line.
  alt: { scope: 'line', hasValue: true, parse: (v) => ({ kind: 'alt', text: text(v, 'alt') }) },
  AUDIO: { scope: 'line', hasValue: true, parse: (v) => ({ kind: 'sound', sound: text(v, 'AUDIO') }) },
  AUDIOLOOP: { scope: 'line', hasValue: true, parse: (v) => ({ kind: 'music', track: text(v, 'AUDIOLOOP') }) },
  CLASS: { scope: 'line', hasValue: true, parse: (v) => ({ kind: 'class', className: text(v, 'CLASS') }) },
  CLEAR: { scope: 'line', hasValue: false, parse: () => ({ kind: 'clear' }) },
  RESTART: { scope: 'line', hasValue: false, parse: () => ({ kind: 'restart' }) },

  title: { scope: 'global', hasValue: true, parse: (v) => ({ kind: 'title', text: text(v, 'title') }) },
  family: { scope: 'global', hasValue: true, parse: (v) => ({ kind: 'family', family: oneOf(v, FAMILIES, 'family') }) },
  minutes: { scope: 'global', hasValue: true, parse: parseMinutes },
  summary: { scope: 'global', hasValue: true, parse: (v) => ({ kind: 'summary', text: text(v, 'summary') }) },
  cast: { scope: 'global', hasValue: true, parse: parseCast },
  strand: { scope: 'global', hasValue: true, parse: (v) => ({ kind: 'strand', strand: oneOf(v, STRANDS, 'strand') }) },
  'content-note': { scope: 'global', hasValue: true, parse: (v) => ({ kind: 'content-note', text: text(v, 'content-note') }) },
  'debrief-question': {
    scope: 'global',
    hasValue: true,
    parse: (v) => ({ kind: 'debrief-question', text: text(v, 'debrief-question') }),
  },
  'role-card': { scope: 'global', hasValue: true, parse: parseRoleCard },
  'ending-title': { scope: 'global', hasValue: true, parse: parseEndingWords('ending-title') },
  'ending-summary': { scope: 'global', hasValue: true, parse: parseEndingWords('ending-summary') },
  // Inky's web player reads these; here the author is not shown and the theme is the user's setting.
  author: { scope: 'global', hasValue: true, parse: (v) => ({ kind: 'inky-global', name: 'author', value: v }) },
  theme: { scope: 'global', hasValue: true, parse: (v) => ({ kind: 'inky-global', name: 'theme', value: v }) },
} satisfies Record<string, TagDefinition>));

/** Inky's own tags are upper case; ours are lower case. Anything else is looked up as written. */
function lookup(name: string): TagDefinition | undefined {
  return definitions.get(name) ?? definitions.get(name.toLowerCase()) ?? definitions.get(name.toUpperCase());
}

export const TAG_NAMES: readonly string[] = [...definitions.keys()];

/** Where a tag belongs, or null when no tag of that name exists. */
export function tagScope(raw: string): TagScope | null {
  return lookup(raw.trim().split(':')[0]!.trim())?.scope ?? null;
}

/**
 * Parses one raw ink tag (the text after `#`, as inkjs gives it) found in `scope`.
 * Throws TagSyntaxError with an author-facing message when the tag is unknown, misplaced or malformed.
 */
export function parseTag(raw: string, scope: TagScope): Tag {
  const trimmed = raw.trim();
  const colon = trimmed.indexOf(':');
  const name = (colon === -1 ? trimmed : trimmed.slice(0, colon)).trim();
  const value = colon === -1 ? '' : trimmed.slice(colon + 1).trim();
  const definition = lookup(name);
  if (!definition) throw new TagSyntaxError(`unknown tag "#${trimmed}"`);
  if (definition.scope !== scope) throw new TagSyntaxError(misplacedMessage(name, definition.scope, scope));
  if (definition.hasValue && colon === -1) throw new TagSyntaxError(`#${name} needs a value after a colon`);
  if (!definition.hasValue && value.length > 0) throw new TagSyntaxError(`#${name} takes no value`);
  return definition.parse(value);
}

function misplacedMessage(name: string, belongs: TagScope, found: TagScope): string {
  const where: Record<TagScope, string> = {
    choice: "inside a choice's square brackets, e.g. * [Ask the chair #" + name + ': …]',
    line: 'on a line of text',
    global: 'at the top of the file, before any text',
  };
  return `#${name} belongs ${where[belongs]}, but was found ${found === 'choice' ? 'on a choice' : found === 'line' ? 'on a line of text' : 'at the top of the file'}`;
}

/** Checks a tag against its own definition, wherever it stands; for linting compiled stories. */
export function parseTagInItsOwnScope(raw: string): { tag: Tag; scope: TagScope } {
  const name = raw.trim().split(':')[0]!.trim();
  const definition = lookup(name);
  if (!definition) throw new TagSyntaxError(`unknown tag "#${raw.trim()}"`);
  return { tag: parseTag(raw, definition.scope), scope: definition.scope };
}
