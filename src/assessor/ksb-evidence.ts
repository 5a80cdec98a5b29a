import type { KsbCatalogue } from '../content/ksb-catalogue';
import { findKsb } from '../content/ksb-catalogue';
import type { KsbJudgement } from '../session/session-events';
import type { WitnessRecord } from './witness-record';

/**
 * What the evidence supports, counted by rules that are written down and printed with the counts,
 * so nobody reads more into a list than it holds.
 */
export const EVIDENCED_RULE = 'A KSB counts as evidenced when the witness added or judged it, or when the scenario suggested it for a choice that did not score -2 (after any override) on that KSB’s axis.';
export const JUDGED_MET_RULE = 'A KSB counts as judged met only when the witness’s latest judgement of it is “met” and they never judged it “not met”.';

export function ksbEvidence(record: WitnessRecord, catalogue: KsbCatalogue): { evidenced: string[]; judgedMet: string[] } {
  const evidenced = new Set<string>();
  const judgements = new Map<string, KsbJudgement[]>();
  const judged = (list: readonly { code: string; judgement: KsbJudgement }[] | undefined) => {
    for (const { code, judgement } of list ?? []) {
      evidenced.add(code);
      judgements.set(code, [...(judgements.get(code) ?? []), judgement]);
    }
  };
  for (const d of record.decisions) {
    for (const code of d.suggestedKsbs) {
      const axis = findKsb(catalogue, code)?.axis;
      // A code the list does not know cannot be placed on an axis, so it is not counted on the tag alone.
      if (axis && d.final[axis] > -2) evidenced.add(code);
    }
    for (const annotation of [d.annotation, d.answerAnnotation]) {
      for (const code of annotation?.addedKsbs ?? []) evidenced.add(code);
      judged(annotation?.judgements);
    }
  }
  for (const code of record.overall?.addedKsbs ?? []) evidenced.add(code);
  judged(record.overall?.judgements);
  const judgedMet = [...judgements].filter(([, list]) => list.at(-1) === 'met' && !list.includes('not-met')).map(([code]) => code);
  const order = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
  return { evidenced: [...evidenced].sort(order), judgedMet: judgedMet.sort(order) };
}
