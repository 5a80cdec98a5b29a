import { AuthoringError } from './authoring-error';
import { NOBODY, parseTag, tagScope, TagSyntaxError, type CastMember, type Family, type RoleCard, type Strand } from './tags';

/** What the scenario list and the debrief need to know about a scenario, from its global tags. */
export interface ScenarioMeta {
  id: string;
  title: string;
  family: Family;
  minutes: number;
  summary: string;
  strand: Strand | null;
  cast: CastMember[];
  contentNotes: string[];
  debriefQuestions: string[];
  /** Private briefs for the groups in a trainer-led session; empty when the author wrote none. */
  roleCards: RoleCard[];
  /** Each ending's title and summary in words (`# ending-title:` / `# ending-summary:`); optional for older catalogues. */
  endings?: EndingWords[];
}

export interface EndingWords {
  id: string;
  title: string;
  summary: string | null;
}

/** An ending's title as its author wrote it (`# ending-title:`), or its id in words when there is none. */
export function endingTitleFor(meta: ScenarioMeta | null, id: string): string {
  const written = meta?.endings?.find((e) => e.id === id)?.title;
  if (written) return written;
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** What the ending means, in the author's words (`# ending-summary:`), or null when none was written. */
export function endingSummaryFor(meta: ScenarioMeta | null, id: string): string | null {
  return meta?.endings?.find((e) => e.id === id)?.summary ?? null;
}

export function parseScenarioMeta(scenarioId: string, globalTags: readonly string[]): ScenarioMeta {
  const meta: Partial<ScenarioMeta> & Pick<ScenarioMeta, 'cast' | 'contentNotes' | 'debriefQuestions' | 'roleCards'> = {
    id: scenarioId,
    cast: [],
    contentNotes: [],
    debriefQuestions: [],
    roleCards: [],
    strand: null,
    endings: [],
  };
  for (const raw of globalTags) {
    // ink counts every tag above the first line as global; line tags there belong to that line.
    if (tagScope(raw) === 'line') continue;
    let tag;
    try {
      tag = parseTag(raw, 'global');
    } catch (error) {
      if (error instanceof TagSyntaxError) throw new AuthoringError(scenarioId, 'top of file', error.message);
      throw error;
    }
    switch (tag.kind) {
      case 'title': meta.title = tag.text; break;
      case 'family': meta.family = tag.family; break;
      case 'minutes': meta.minutes = tag.minutes; break;
      case 'summary': meta.summary = tag.text; break;
      case 'strand': meta.strand = tag.strand; break;
      case 'cast': addCastMember(scenarioId, meta.cast, tag.member); break;
      case 'content-note': meta.contentNotes.push(tag.text); break;
      case 'debrief-question': meta.debriefQuestions.push(tag.text); break;
      case 'role-card': addRoleCard(scenarioId, meta.roleCards, tag.card); break;
      case 'ending-title': case 'ending-summary': addEndingWords(scenarioId, meta.endings!, tag); break;
      case 'inky-global': break;
      default: throw new AuthoringError(scenarioId, 'top of file', `#${tag.kind} cannot be a global tag`);
    }
  }
  for (const required of ['title', 'family', 'minutes', 'summary'] as const) {
    if (meta[required] === undefined) {
      throw new AuthoringError(scenarioId, 'top of file', `missing #${required}: every scenario needs one at the top`);
    }
  }
  for (const ending of meta.endings!) {
    if (!ending.title) throw new AuthoringError(scenarioId, 'top of file', `#ending-summary: ${ending.id} has no #ending-title: ${ending.id}`);
  }
  return meta as ScenarioMeta;
}

function addEndingWords(scenarioId: string, endings: EndingWords[], tag: { kind: 'ending-title' | 'ending-summary'; ending: string; text: string }): void {
  let entry = endings.find((e) => e.id === tag.ending);
  if (!entry) endings.push((entry = { id: tag.ending, title: '', summary: null }));
  const field = tag.kind === 'ending-title' ? 'title' : 'summary';
  if (entry[field]) throw new AuthoringError(scenarioId, 'top of file', `#${tag.kind}: ${tag.ending} is written twice`);
  entry[field] = tag.text;
}

function addCastMember(scenarioId: string, cast: CastMember[], member: CastMember): void {
  if (cast.some((m) => m.id === member.id)) {
    throw new AuthoringError(scenarioId, 'top of file', `cast id "${member.id}" is used twice`);
  }
  if (member.id === NOBODY) throw new AuthoringError(scenarioId, 'top of file', `cast id "${NOBODY}" is kept for "#present: ${NOBODY}"; choose another`);
  cast.push(member);
}

function addRoleCard(scenarioId: string, cards: RoleCard[], card: RoleCard): void {
  if (cards.some((c) => c.group.toLowerCase() === card.group.toLowerCase())) {
    throw new AuthoringError(scenarioId, 'top of file', `role card "${card.group}" is written twice`);
  }
  cards.push(card);
}
