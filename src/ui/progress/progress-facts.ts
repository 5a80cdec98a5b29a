import type { AttemptSummary } from '../../scoring/attempt-summary';
import type { ScenarioFacts } from '../../scoring/progress-history';
import { loadScenarioSummary } from '../services/scenario-loading';
import { scenarioMeta } from '../services/scenario-source';

/**
 * The words and ranges of every scenario the learner has played. Ranges live in each scenario's
 * summary chunk (the catalogue holds metadata only), so only the scenarios played are fetched.
 */
export async function playedScenarioFacts(attempts: readonly AttemptSummary[], withRanges = true): Promise<Map<string, ScenarioFacts>> {
  const ids = [...new Set(attempts.map((a) => a.scenarioId))];
  const entries = await Promise.all(
    ids.map(async (id) => {
      const meta = scenarioMeta(id);
      if (!meta) return null;
      const bounds = withRanges ? ((await loadScenarioSummary(id))?.bounds ?? null) : null;
      return [id, { meta, bounds }] as const;
    }),
  );
  return new Map(entries.filter((e): e is NonNullable<typeof e> => e !== null));
}
