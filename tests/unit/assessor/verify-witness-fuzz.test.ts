import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verifyWitnessFile } from '../../../src/assessor/verify-witness';
import { exportWitnessFile, witnessFileText } from '../../../src/assessor/witness-file';
import { compileFixture } from '../../fixtures/compile-fixture';
import { observedSession } from '../../fixtures/observed-session';
import { trustingWitness, witnessKey } from '../../fixtures/witness-key';

const loader = async (id: string) => (id === 'ask-first' ? compileFixture(id) : null);

/** The verifier's catch-all says "could not be checked": a property that never sees it means nothing threw inside. */
const UNCAUGHT = /^it could not be checked/;

describe('the verifier, given arbitrary damage', () => {
  it('answers every input with a verdict and never an uncaught error', async () => {
    const text = witnessFileText(await exportWitnessFile(observedSession().session.log.events, 'Ask first', await witnessKey()));
    const options = await trustingWitness();
    const edit = fc.record({ at: fc.nat({ max: text.length - 1 }), remove: fc.nat({ max: 8 }), insert: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('1e400', '"', '{', ']', ',"x":1', '\uFEFF', 'null', '-0')) });
    const input = fc.oneof(
      fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => edits.reduce((t, e) => t.slice(0, e.at % t.length) + e.insert + t.slice((e.at % t.length) + e.remove), text)),
      fc.json(),
      fc.string({ maxLength: 40 }),
    );
    await fc.assert(
      fc.asyncProperty(input, async (candidate) => {
        const result = await verifyWitnessFile(candidate, loader, options);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.problem).not.toMatch(UNCAUGHT);
      }),
      { numRuns: 150, seed: 17 },
    );
  });
});
