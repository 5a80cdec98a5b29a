/**
 * Pairs up two routes through a scenario decision by decision, so the same decision sits on one row
 * even where one route met decisions the other never did (a poor choice often adds a decision to
 * put it right). Two decisions are the same when they offer an option with the same text: options
 * shown only under some conditions make the sets differ a little, but never share nothing.
 */
export type Aligned = [a: number | null, b: number | null];

export function alignRoutes(a: readonly (readonly string[])[], b: readonly (readonly string[])[]): Aligned[] {
  const same = (i: number, j: number) => a[i]!.some((text) => b[j]!.includes(text));
  // The longest common subsequence, by the usual table of suffix lengths.
  const longest = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      longest[i]![j] = same(i, j) ? longest[i + 1]![j + 1]! + 1 : Math.max(longest[i + 1]![j]!, longest[i]![j + 1]!);
    }
  }
  const pairs: Aligned[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && same(i, j) && longest[i]![j] === longest[i + 1]![j + 1]! + 1) pairs.push([i++, j++]);
    else if (j >= b.length || (i < a.length && longest[i + 1]![j]! >= longest[i]![j + 1]!)) pairs.push([i++, null]);
    else pairs.push([null, j++]);
  }
  return pairs;
}
