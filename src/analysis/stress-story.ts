/**
 * A generated story for the analyzer's benchmark and tests: `decisions` decisions in a row, each with
 * two scored options that meet again at the next. There are 2^decisions paths but only about
 * 2 × decisions distinct states (each option leaves its own mark in a variable), so exploring it
 * costs time in proportion to the states, never to the paths.
 */
export function stressStory(decisions: number): string {
  const lines = [
    '# title: Stress test',
    '# family: tutorial',
    '# minutes: 1',
    `# summary: ${decisions} decisions in a row, two options each, rejoining.`,
    'VAR last = 0',
    '-> d0',
  ];
  for (let i = 0; i < decisions; i++) {
    lines.push(
      `=== d${i} ===`,
      `Decision ${i + 1}{last == 1: , after the first option|}.`,
      `* [The first option #score: comp +1, comm 0, chal -1 #reason: The first option.]`,
      '  ~ last = 1',
      `* [The second option #score: comp -1, comm +1, chal 0 #reason: The second option.]`,
      '  ~ last = 2',
      `- -> ${i + 1 < decisions ? `d${i + 1}` : 'finish'}`,
    );
  }
  lines.push('=== finish ===', 'The end. #ending: done', '-> END');
  return lines.join('\n') + '\n';
}
