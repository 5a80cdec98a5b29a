import { mulberry32 } from './seeded-random';

/**
 * Options are shown in a shuffled order so position never gives the answer away. The order is a
 * pure function of the session's recorded seed and the decision's number, so a replay of the log
 * shows the same order. Options the author pinned keep their written position.
 */
export function displayOrder<T extends { pinned: boolean }>(options: readonly T[], seed: number, decisionNumber: number): T[] {
  const result = [...options];
  const free = result.map((option, i) => (option.pinned ? -1 : i)).filter((i) => i >= 0);
  const random = mulberry32((seed ^ Math.imul(decisionNumber + 1, 0x9e3779b9)) >>> 0);
  const shuffled = free.map((i) => result[i]!);
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  free.forEach((position, k) => (result[position] = shuffled[k]!));
  return result;
}
