/**
 * A generated story the size and shape of a real published ink game, for the analyzer's benchmark
 * and tests: a town square and `rooms` places to visit, each with a conversation of once-only
 * questions, sticky errands that spend and earn coins, visit counts read in the text, a tunnel and a
 * function, and about 2.5 KB of prose a room (40 rooms is about 100 KB). Its state space has no end:
 * the day counter goes up every time the square is crossed and the text reads it, so every round is
 * a new state, as in a game with a clock. Exploring it always stops at the state limit.
 */
export function townStory(rooms: number): string {
  const streets = Math.ceil(rooms / ROOMS_PER_STREET);
  const lines = [
    '# title: The town',
    '# family: tutorial',
    '# minutes: 30',
    `# summary: A town square and ${rooms} places to visit, with a clock that never stops.`,
    '# author: Generated',
    'VAR day = 1',
    'VAR coins = 3',
    'VAR trust = 0',
    'LIST errands = (none), bread, letter, key',
    ...Array.from({ length: rooms }, (_, i) => `VAR met_${i + 1} = false`),
    '-> square',
    '=== function tired(d) ===',
    '~ return d > 3',
    '=== weather ===',
    '{~The rain has stopped.|A cold wind comes off the river.|The sun is out at last.} {tired(day): You are tired.|You feel awake.}',
    '->->',
    '=== square ===',
    `Day {day}. You stand in the square with {coins} coins. ${prose(0, 3)}`,
    '-> weather ->',
    '~ day++',
    ...Array.from({ length: streets }, (_, s) => `+ [Walk down street ${s + 1} ${scored(s)}] -> street_${s + 1}`),
    `+ [Wait for the next day ${scored(0)}] -> square`,
    `* {trust > ${Math.min(rooms, 6)}} [Leave town for good ${scored(1)}] -> leave`,
    '=== leave ===',
    `You leave on day {day} with {coins} coins. ${prose(1, 2)} #ending: left`,
    '-> END',
  ];
  for (let s = 1; s <= streets; s++) {
    const first = (s - 1) * ROOMS_PER_STREET + 1;
    const last = Math.min(rooms, s * ROOMS_PER_STREET);
    lines.push(`=== street_${s} ===`, `{street_${s} > 1: Street ${s} again.|You turn into street ${s}.} ${prose(s + 500, 3)}`);
    for (let r = first; r <= last; r++) lines.push(`+ [Go into ${placeName(r)} ${scored(r)}] -> room_${r}`);
    lines.push(`+ [Go back to the square ${scored(s + 1)}] -> square`);
    for (let r = first; r <= last; r++) lines.push(...room(r, s));
  }
  return lines.join('\n') + '\n';
}

/** Rooms to a street: a hub of about a dozen options, as a real game's would be. */
const ROOMS_PER_STREET = 8;

function room(r: number, street: number): string[] {
  const name = placeName(r);
  return [
    `=== room_${r} ===`,
    `{room_${r} > 1: You are back at ${name}.|You come to ${name} for the first time.} ${prose(r, 5)}`,
    `* [Ask about the ${noun(r)} ${scored(r + 1)}] -> talk`,
    `* {trust > 1} [Ask about the ${noun(r + 7)} ${scored(r + 2)}]`,
    '  ~ trust++',
    `  ${prose(r + 200, 5)}`,
    `  -> room_${r}`,
    `+ {coins > 0} [Buy ${errandOf(r)} ${scored(r + 3)}]`,
    '  ~ coins--',
    `  ~ errands += ${errandOf(r)}`,
    `  ${prose(r + 300, 2)}`,
    `  -> street_${street}`,
    `+ [Offer to help ${scored(r + 4)}]`,
    '  ~ coins++',
    '  -> weather ->',
    `  ${prose(r + 400, 3)}`,
    `  -> street_${street}`,
    `+ [Go back to the street ${scored(r + 5)}] -> street_${street}`,
    '= talk',
    `${prose(r + 100, 5)}`,
    '~ trust++',
    `~ met_${r} = true`,
    `* [Agree with them ${scored(r + 6)}] ${prose(r + 600, 1)}`,
    `* [Disagree ${scored(r + 7)}] ${prose(r + 700, 1)}`,
    `- -> room_${r}`,
  ];
}

const PLACES = ['the bakery', 'the post office', 'the library', 'the chapel', 'the forge', 'the inn', 'the mill', 'the school', 'the market', 'the bridge'];
const NOUNS = ['harvest', 'mayor', 'river', 'fire', 'debt', 'wedding', 'letters', 'bells', 'roads', 'well', 'stranger'];
const ERRANDS = ['bread', 'letter', 'key'];
const WORDS = ['the', 'old', 'town', 'keeps', 'its', 'secrets', 'close', 'and', 'nobody', 'here', 'forgets', 'a', 'kindness', 'or', 'slight', 'windows', 'watch', 'you', 'pass', 'under', 'grey', 'roofs'];

const placeName = (r: number) => `${PLACES[r % PLACES.length]} on street ${Math.ceil(r / PLACES.length)}`;
const noun = (r: number) => NOUNS[r % NOUNS.length]!;
const errandOf = (r: number) => ERRANDS[r % ERRANDS.length]!;

/** Scores the rubric allows (no serious breach or humiliation), varied so every decision teaches. */
const SCORES = [[2, 1, 0], [1, 1, 1], [0, 1, -1], [-1, 0, 1], [1, -1, 2], [0, 0, 0], [-1, 1, 0]] as const;

/** Every option is scored and has a reason, so the only finding is the limit (and the shuffle's note). */
function scored(seed: number): string {
  const [comp, comm, chal] = SCORES[seed % SCORES.length]!;
  return `#score: comp ${sign(comp)}, comm ${sign(comm)}, chal ${sign(chal)} #reason: Generated option ${seed}.`;
}

const sign = (n: number) => (n > 0 ? `+${n}` : String(n));

/** Sentences of plausible length made from a fixed word list, the same every time for the same seed. */
function prose(seed: number, sentences: number): string {
  const out: string[] = [];
  let x = seed * 2654435761 + 1;
  for (let s = 0; s < sentences; s++) {
    const words: string[] = [];
    const length = 12 + (s % 5);
    for (let w = 0; w < length; w++) {
      x = (Math.imul(x ^ (x >>> 15), 2246822507) + w) >>> 0;
      words.push(WORDS[x % WORDS.length]!);
    }
    const sentence = words.join(' ');
    out.push(sentence[0]!.toUpperCase() + sentence.slice(1) + '.');
  }
  return out.join(' ');
}
