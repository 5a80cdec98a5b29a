import { describe, expect, it } from 'vitest';
import { ksbEvidence } from '../../../src/assessor/ksb-evidence';
import type { KsbCatalogue } from '../../../src/content/ksb-catalogue';
import type { WitnessRecord } from '../../../src/assessor/witness-record';

const catalogue = {
  format: 'common-ground/ksbs', version: 1, standard: 'Test',
  items: [
    { code: 'K1', kind: 'knowledge', title: 'K1', description: 'd', axis: 'compliance' },
    { code: 'S1', kind: 'skill', title: 'S1', description: 'd', axis: 'communication' },
  ],
} as KsbCatalogue;

type Judged = { code: string; judgement: 'met' | 'partly-met' | 'not-met' }[];
const scores = (compliance: number, communication = 0) => ({ compliance, communication, challenge: 0 });
const decision = (suggestedKsbs: string[], final: ReturnType<typeof scores>, judgements: Judged = [], addedKsbs: string[] = []) =>
  ({ suggestedKsbs, final, annotation: { judgements, addedKsbs }, answerAnnotation: null });
const record = (decisions: ReturnType<typeof decision>[], overall: Judged = []) => ({ decisions, overall: { judgements: overall, addedKsbs: [] } }) as unknown as WitnessRecord;

describe('counting what the evidence supports', () => {
  it('does not count a suggested KSB whose choice scored −2 on that KSB’s axis', () => {
    expect(ksbEvidence(record([decision(['K1', 'S1'], scores(-2, 1))]), catalogue).evidenced).toEqual(['S1']);
  });

  it('counts a KSB the witness added or judged, whatever the score', () => {
    expect(ksbEvidence(record([decision(['K1'], scores(-2), [{ code: 'K1', judgement: 'not-met' }], ['S1'])]), catalogue).evidenced).toEqual(['K1', 'S1']);
  });

  it('counts as met only when the latest judgement is met and none was not met', () => {
    const mixed = record([decision([], scores(0), [{ code: 'K1', judgement: 'met' }, { code: 'S1', judgement: 'partly-met' }]), decision([], scores(0), [{ code: 'K1', judgement: 'not-met' }, { code: 'S1', judgement: 'met' }])]);
    expect(ksbEvidence(mixed, catalogue).judgedMet).toEqual(['S1']);
    const recovered = record([decision([], scores(0), [{ code: 'K1', judgement: 'not-met' }])], [{ code: 'K1', judgement: 'met' }]);
    expect(ksbEvidence(recovered, catalogue).judgedMet).toEqual([]);
  });
});
