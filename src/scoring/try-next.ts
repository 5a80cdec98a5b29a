import type { Axis } from '../core/axes';
import type { Family } from '../narrative/tags';
import type { ScenarioMeta } from '../narrative/scenario-meta';
import { weakestIn, type ScenarioHistory, type Standings } from './progress-history';

/** A scenario worth playing next, and why: the screen puts the reason into words. */
export type Suggestion =
  /** Nothing played yet: the first scenario of the tutorial family. */
  | { kind: 'start-here'; scenarioId: string }
  /** Played before, and the learner's weakest axis there is their weakest across scenarios. */
  | { kind: 'weak-axis-again'; scenarioId: string; axis: Axis; percent: number }
  /** Not yet tried, in a family the learner has played (`tried` are the family's scenarios played). */
  | { kind: 'untried-in-family'; scenarioId: string; family: Family; tried: string[] }
  /** Not yet tried, in a family the learner has not played at all. */
  | { kind: 'new-family'; scenarioId: string; family: Family };

export const MAX_SUGGESTIONS = 3;

/**
 * Up to three suggestions, in this order: play again the scenario where the learner's weak axis
 * was lowest (if their weakest there is the same axis); a scenario not yet tried in each family
 * they have played, the most recently played family first; then the first scenario of a family not
 * yet touched. `catalogue` is the scenario list, in its order; `histories` come most recent first.
 */
export function suggestNext(catalogue: readonly ScenarioMeta[], histories: readonly ScenarioHistory[], standings: Standings | null): Suggestion[] {
  const played = new Set(histories.map((h) => h.scenarioId));
  if (played.size === 0) {
    const first = catalogue.find((m) => m.family === 'tutorial') ?? catalogue[0];
    return first ? [{ kind: 'start-here', scenarioId: first.id }] : [];
  }
  const suggestions: Suggestion[] = [...weakAxisAgain(histories, standings), ...untriedInFamilies(catalogue, histories, played), ...newFamilies(catalogue, played)];
  return suggestions.slice(0, MAX_SUGGESTIONS);
}

function weakAxisAgain(histories: readonly ScenarioHistory[], standings: Standings | null): Suggestion[] {
  const axis = standings?.weakest;
  if (!axis) return [];
  const matching = histories.filter((h) => weakestIn(h) === axis && h.axes![axis].latest.percent! < 100);
  const lowest = matching.reduce<ScenarioHistory | null>((low, h) => (!low || h.axes![axis].latest.percent! < low.axes![axis].latest.percent! ? h : low), null);
  return lowest ? [{ kind: 'weak-axis-again', scenarioId: lowest.scenarioId, axis, percent: lowest.axes![axis].latest.percent! }] : [];
}

function untriedInFamilies(catalogue: readonly ScenarioMeta[], histories: readonly ScenarioHistory[], played: ReadonlySet<string>): Suggestion[] {
  const familyOf = (id: string) => catalogue.find((m) => m.id === id)?.family;
  const families = [...new Set(histories.map((h) => familyOf(h.scenarioId)).filter((f): f is Family => f !== undefined))];
  return families.flatMap((family) => {
    const inFamily = catalogue.filter((m) => m.family === family);
    const untried = inFamily.find((m) => !played.has(m.id));
    if (!untried) return [];
    return [{ kind: 'untried-in-family' as const, scenarioId: untried.id, family, tried: inFamily.filter((m) => played.has(m.id)).map((m) => m.id) }];
  });
}

function newFamilies(catalogue: readonly ScenarioMeta[], played: ReadonlySet<string>): Suggestion[] {
  const touched = new Set(catalogue.filter((m) => played.has(m.id)).map((m) => m.family));
  const firsts = new Map<Family, ScenarioMeta>();
  for (const meta of catalogue) if (!touched.has(meta.family) && !firsts.has(meta.family)) firsts.set(meta.family, meta);
  return [...firsts.values()].map((m) => ({ kind: 'new-family' as const, scenarioId: m.id, family: m.family }));
}
