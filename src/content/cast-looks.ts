import type { CastMember } from '../narrative/tags';
import { fnv1a } from '../core/fnv1a';
import { ownEntry } from '../core/own-entry';

/**
 * How each cast member looks. Scenarios name their cast freely (`# cast: id = Name, role`), so a
 * look is derived: from an explicit override by full name if there is one, otherwise from hints in
 * the role and name (age, "son", "Mrs", "nurse"…) and a hash of the name, so the same person looks
 * the same in every scenario and two people in one scenario never share a look.
 *
 * The art for each look is `assets/people/<look>.svg` (made by `assets/tools/draw-people.ts`); its four
 * expressions are shared overlays in `assets/people/expressions/`. Pure TS: tested in Node.
 */
export type Presentation = 'feminine' | 'masculine';
type AgeBand = 'child' | 'younger' | 'middle' | 'older';
type Dress = 'formal' | 'casual' | 'nurse' | 'school';

export interface Look {
  presentation: Presentation;
  age: AgeBand;
  dress: Dress;
  /** Eyebrow colour (the shared brow overlay is tinted with it), 0xRRGGBB. */
  brow: number;
  /** In words, for authors choosing an override. */
  description: string;
  /** Drawn a little smaller than an adult (children). */
  size?: number;
}

export const LOOKS = {
  'bun-blazer': { presentation: 'feminine', age: 'middle', dress: 'formal', brow: 0x1c1512, description: 'Black hair in a bun, navy blazer, lanyard; deep brown skin' },
  'short-beard-jacket': { presentation: 'masculine', age: 'middle', dress: 'formal', brow: 0x4a3426, description: 'Short brown hair and beard, jacket and tie; light skin' },
  'ponytail-tunic': { presentation: 'feminine', age: 'middle', dress: 'nurse', brow: 0x1c1512, description: 'Black hair tied back, navy nurse tunic; medium brown skin' },
  'grey-curls-cardigan': { presentation: 'feminine', age: 'older', dress: 'casual', brow: 0x9b9289, description: 'Short grey curls, glasses, lilac cardigan; pale skin' },
  'crop-hoodie': { presentation: 'masculine', age: 'middle', dress: 'casual', brow: 0x6e5538, description: 'Cropped fair hair, stubble, grey hoodie; light olive skin' },
  'side-part-glasses-knit': { presentation: 'masculine', age: 'middle', dress: 'formal', brow: 0x5d4330, description: 'Side-parted brown hair, glasses, navy jumper over a shirt; pale skin' },
  'hijab-blazer': { presentation: 'feminine', age: 'middle', dress: 'formal', brow: 0x2a1f18, description: 'Teal hijab, charcoal blazer; light brown skin' },
  'afro-shirt': { presentation: 'masculine', age: 'younger', dress: 'formal', brow: 0x1c1512, description: 'Short afro, open-necked shirt, lanyard; brown skin' },
  'bob-cardigan': { presentation: 'feminine', age: 'middle', dress: 'casual', brow: 0x6b3a26, description: 'Auburn bob, mustard cardigan; light skin' },
  'turban-beard-blazer': { presentation: 'masculine', age: 'middle', dress: 'formal', brow: 0x201a16, description: 'Navy turban, full beard, grey blazer; medium brown skin' },
  'bald-grey-jumper': { presentation: 'masculine', age: 'older', dress: 'casual', brow: 0xa8a29a, description: 'Bald with grey hair at the sides, grey beard, burgundy jumper; deep brown skin' },
  'straight-fringe-jumper': { presentation: 'feminine', age: 'younger', dress: 'casual', brow: 0x1f1a17, description: 'Straight black hair with a fringe, sage jumper; light skin' },
  'locs-top': { presentation: 'feminine', age: 'younger', dress: 'formal', brow: 0x1c1512, description: 'Locs tied back, teal top; brown skin' },
  'grey-short-cardigan': { presentation: 'feminine', age: 'older', dress: 'casual', brow: 0x8f8a84, description: 'Short grey natural hair, glasses, teal cardigan; medium brown skin' },
  'ponytail-blazer': { presentation: 'feminine', age: 'middle', dress: 'formal', brow: 0x1c1512, description: 'Black hair tied back, burgundy blazer; light brown skin' },
  'child-school-jumper': { presentation: 'feminine', age: 'child', dress: 'school', brow: 0x2b1f19, size: 0.86, description: 'A girl of about twelve, dark plait, navy school jumper; light olive skin' },
  'short-black-polo': { presentation: 'masculine', age: 'middle', dress: 'casual', brow: 0x1d1714, description: 'Short black hair, stubble, blue polo shirt; medium brown skin' },
  'wavy-blonde-blazer': { presentation: 'feminine', age: 'middle', dress: 'formal', brow: 0x8a7048, description: 'Shoulder-length wavy fair hair, grey blazer, lanyard; pale skin' },
  'white-hair-cardigan': { presentation: 'masculine', age: 'older', dress: 'casual', brow: 0xb9b4ad, description: 'Thinning white hair, glasses, navy cardigan; light skin' },
} as const satisfies Record<string, Look>;

export type LookId = keyof typeof LOOKS;
export const LOOK_IDS = Object.keys(LOOKS) as LookId[];

/** How big a look is drawn relative to an adult (children are smaller). */
export function lookSize(id: LookId): number {
  return (LOOKS[id] as Look).size ?? 1;
}

/** The four expressions every look has; the same ids as the `#mood` tag. */
export const EXPRESSIONS = ['neutral', 'concerned', 'frustrated', 'relieved'] as const;

/**
 * Chosen looks for named people, by full name in lower case. A person who appears in several
 * scenarios keeps one look everywhere. Add a line here when a derived look does not suit someone.
 */
export const LOOK_OVERRIDES: Record<string, LookId> = {
  // stories/backlog.ink
  'gavin shaw': 'short-beard-jacket',
  'mei ling chan': 'straight-fringe-jumper',
  'harpreet sandhu': 'ponytail-blazer',
  'winston clarke': 'bald-grey-jumper',
  // stories/bend-the-rules.ink
  'dawn fletcher': 'wavy-blonde-blazer',
  'grace oduya': 'bun-blazer',
  'ben thornton': 'side-part-glasses-knit',
  'eleni georgiou': 'bob-cardigan',
  'liam doherty': 'crop-hoodie',
  'margaret lewis': 'grey-curls-cardigan',
  'harjit gill': 'turban-beard-blazer',
  // stories/data-standoff.ink
  'craig duffy': 'short-beard-jacket',
  'sunita varma': 'ponytail-blazer',
  'bethan morgan': 'wavy-blonde-blazer',
  'liam foster': 'side-part-glasses-knit',
  'grace boateng': 'locs-top',
  // stories/first-day.ink
  'marcia thompson': 'bun-blazer',
  'jordan ellis': 'afro-shirt',
  'bernadette walsh': 'grey-curls-cardigan',
  'stanley hughes': 'white-hair-cardigan',
  'amina yusuf': 'hijab-blazer',
  // stories/foi-or-sar.ink
  'imran qureshi': 'short-black-polo',
  'marcus bell': 'short-beard-jacket',
  'sophie brennan': 'wavy-blonde-blazer',
  'aisha rahman': 'hijab-blazer',
  // stories/hub-request.ink
  'janet hollis': 'bob-cardigan',
  'farah qureshi': 'hijab-blazer',
  'daniel osei': 'afro-shirt',
  'ruth kavanagh': 'wavy-blonde-blazer',
  'chantelle brooks': 'locs-top',
  // stories/interpreter.ink
  'nasrin karimi': 'straight-fringe-jumper',
  'rozhan karimi': 'child-school-jumper',
  'gemma lowe': 'wavy-blonde-blazer',
  'ewa kowalczyk': 'ponytail-tunic',
  'shilan rashid': 'hijab-blazer',
  'azad demir': 'short-black-polo',
  // stories/new-rules.ink
  'bev okafor': 'bun-blazer',
  'phil hadley': 'bald-grey-jumper',
  'rosie tran': 'straight-fringe-jumper',
  'halima abdi': 'hijab-blazer',
  'darren quinn': 'crop-hoodie',
  'gordon mcleod': 'side-part-glasses-knit',
  // stories/pension-card.ink
  'nkechi adeyemi': 'bun-blazer',
  'gareth pryce': 'short-beard-jacket',
  'priya raman': 'ponytail-tunic',
  'doreen campbell': 'grey-curls-cardigan',
  'lee campbell': 'crop-hoodie',
  'tomasz nowak': 'side-part-glasses-knit',
  // stories/referral-loop.ink
  'siobhan reilly': 'bob-cardigan',
  'deepak mistry': 'short-black-polo',
  'kwame asante': 'afro-shirt',
  'lorraine fitch': 'wavy-blonde-blazer',
  'kelly marsh': 'straight-fringe-jumper',
  // stories/relative-request.ink
  'abena mensah': 'locs-top',
  'joyce mensah': 'grey-short-cardigan',
  'dylan hart': 'side-part-glasses-knit',
  'rhys morgan': 'short-beard-jacket',
  // stories/supplier-fails.ink
  'colin whitby': 'white-hair-cardigan',
  'nadia haddad': 'hijab-blazer',
  'tendai moyo': 'locs-top',
  'gary pearce': 'short-beard-jacket',
  'maureen doyle': 'grey-curls-cardigan',
  'owen price': 'side-part-glasses-knit',
  // stories/three-targets.ink
  'andrew mensah': 'afro-shirt',
  'funmilayo adebayo': 'bun-blazer',
  'rhiannon pugh': 'bob-cardigan',
  'zara hussain': 'hijab-blazer',
  'dennis whitlock': 'white-hair-cardigan',
};

interface Hints {
  presentation?: Presentation;
  age?: AgeBand;
  dress?: Dress;
}

const FEMININE_RELATION = /\b(daughter|mother|mum|wife|sister|grandmother|gran|nan|aunt|niece|girlfriend|widow|granddaughter)\b/;
const MASCULINE_RELATION = /\b(son|father|dad|husband|brother|grandfather|grandad|uncle|nephew|boyfriend|widower|grandson)\b/;

/** What a cast line says about a person, read as lightly as possible; relations outrank titles. */
export function lookHints(member: Pick<CastMember, 'name' | 'role'>): Hints {
  const role = member.role.toLowerCase();
  const name = member.name.toLowerCase();
  const hints: Hints = {};
  if (MASCULINE_RELATION.test(role)) hints.presentation = 'masculine';
  else if (FEMININE_RELATION.test(role)) hints.presentation = 'feminine';
  else if (/^(mrs|ms|miss)\b/.test(name)) hints.presentation = 'feminine';
  else if (/^mr\b/.test(name)) hints.presentation = 'masculine';
  const aged = /\baged?\s+(\d{1,3})\b/.exec(role);
  if ((aged && Number(aged[1]) >= 65) || /\b(retired|pensioner|older|elderly|grand(mother|father|ma|pa|ad)|widow(er)?)\b/.test(role)) hints.age = 'older';
  else if ((aged && Number(aged[1]) < 16) || /\b(child|pupil|schoolgirl|schoolboy)\b/.test(role)) hints.age = 'child';
  else if ((aged && Number(aged[1]) < 30) || /\b(student|apprentice|young|teenager|care leaver)\b/.test(role)) hints.age = 'younger';
  if (/\bnurse\b/.test(role)) hints.dress = 'nurse';
  return hints;
}

/** Children's looks are only ever given to children, and adults' only to adults. */
function agePool(hints: Hints): LookId[] {
  return LOOK_IDS.filter((id) => (LOOKS[id].age === 'child') === (hints.age === 'child'));
}

function candidatesFor(hints: Hints): LookId[] {
  let pool = agePool(hints);
  for (const key of ['presentation', 'age', 'dress'] as const) {
    const want = hints[key];
    if (!want) continue;
    const narrowed = pool.filter((id) => LOOKS[id][key] === want);
    if (narrowed.length > 0) pool = narrowed;
  }
  return pool;
}

/** Picks from `pool`, starting at the name's hash and skipping looks already taken. */
function pick(pool: readonly LookId[], key: string, taken: ReadonlySet<LookId>): LookId | null {
  const start = fnv1a(key) % pool.length;
  for (let i = 0; i < pool.length; i++) {
    const id = pool[(start + i) % pool.length]!;
    if (!taken.has(id)) return id;
  }
  return null;
}

/** The look for each cast member (by cast id), distinct within the cast while looks last. */
export function castLooks(cast: readonly CastMember[]): Map<string, LookId> {
  const looks = new Map<string, LookId>();
  const taken = new Set<LookId>();
  for (const member of cast) {
    const chosen = ownEntry(LOOK_OVERRIDES, member.name.trim().toLowerCase());
    if (chosen && !taken.has(chosen)) {
      looks.set(member.id, chosen);
      taken.add(chosen);
    }
  }
  for (const member of cast) {
    if (looks.has(member.id)) continue;
    const key = member.name.trim().toLowerCase();
    const hints = lookHints(member);
    const fallback = agePool(hints);
    const chosen = pick(candidatesFor(hints), key, taken) ?? pick(fallback, key, taken) ?? fallback[fnv1a(key) % fallback.length]!;
    looks.set(member.id, chosen);
    taken.add(chosen);
  }
  return looks;
}
