/** "a trainer", "an assessed": the indefinite article by the word's first letter (good enough for our own words). */
export function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}
