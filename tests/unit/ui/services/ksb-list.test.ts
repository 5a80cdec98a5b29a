import { beforeEach, describe, expect, it } from 'vitest';
import type { KsbCatalogue } from '../../../../src/content/ksb-catalogue';
import { importKsbList, MemoryKsbListStore } from '../../../../src/storage/ksb-list-store';
import { activeKsbList, builtInKsbList, chooseKsbList, ksbListFor, loadKsbLists, nameOfKsbList, scenarioKsbLabel } from '../../../../src/ui/services/ksb-list';

/** An official version of the built-in standard: same codes, its own title for one of them. */
const official: KsbCatalogue = { ...builtInKsbList, version: 2, items: [{ code: 'P-S8', kind: 'skill', title: 'Challenges and escalates (official wording)' }] };
const other: KsbCatalogue = { format: 'common-ground/ksbs', version: 1, standard: 'Customer service practitioner', reference: 'ST0072', items: [{ code: 'S1', kind: 'skill', title: 'Interpersonal skills' }] };

let store: MemoryKsbListStore;
beforeEach(async () => {
  store = new MemoryKsbListStore();
  await importKsbList(store, JSON.stringify(official), builtInKsbList, '2026-12-01T09:00:00.000Z');
  await importKsbList(store, JSON.stringify(other), builtInKsbList, '2026-12-02T09:00:00.000Z');
  await loadKsbLists(store);
});

describe('the KSB lists a screen labels with', () => {
  it('uses the list chosen last, and the built-in one when asked', async () => {
    expect(nameOfKsbList(activeKsbList())).toEqual({ standard: 'Customer service practitioner', reference: 'ST0072', version: 1 });
    await chooseKsbList(null);
    expect(activeKsbList()).toBe(builtInKsbList);
  });

  it('finds the list a record names, whichever is active, and an empty one with its name for a list not here', async () => {
    expect(ksbListFor(nameOfKsbList(official)).items).toEqual(official.items);
    expect(ksbListFor(nameOfKsbList(builtInKsbList))).toBe(builtInKsbList);
    expect(ksbListFor({ standard: 'Gone', reference: 'ST0999', version: 4 })).toMatchObject({ reference: 'ST0999', version: 4, items: [] });
  });

  it('titles a scenario’s KSB by the active list when it has the code, else by the built-in list', async () => {
    expect(scenarioKsbLabel('P-S8')).toBe('P-S8 Raises concerns and escalates');
    await chooseKsbList('ST0314@2');
    expect(scenarioKsbLabel('P-S8')).toBe('P-S8 Challenges and escalates (official wording)');
    expect(scenarioKsbLabel('P-K1')).toBe('P-K1 Legal framework');
    expect(scenarioKsbLabel('P-X1')).toBe('P-X1 (not in this list)');
  });
});
