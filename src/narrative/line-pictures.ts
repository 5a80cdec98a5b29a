import type { Passage, PictureCue } from './story-step';

/**
 * Gives each `# IMAGE:` on a line the words for someone who cannot see it: the line's `# alt:`, or
 * else the line's own text (ink hands a tag on a line of its own to the next line of text, so that
 * text usually describes it). Returns what is wrong, for the runner to report with the line's place.
 */
export function describePictures(passage: Passage, alts: readonly string[]): string[] {
  const problems: string[] = [];
  const pictures = passage.cues.filter((cue): cue is PictureCue => cue.kind === 'image');
  if (alts.length > 1) problems.push('only one #alt can go on a line: it describes the #IMAGE on that line');
  if (alts.length > 0 && pictures.length === 0) problems.push('#alt describes a picture, but there is no #IMAGE on this line');
  for (const picture of pictures) {
    const alt = alts[0] ?? passage.text;
    if (alt) picture.alt = alt;
    else problems.push(`"#IMAGE: ${picture.src}" needs words for someone who cannot see it: add "# alt: …" to its line, or put it on a line of text, which then describes it`);
  }
  return problems;
}

/** What the runner says when `# RESTART` stands where the story goes on. */
export const RESTART_NOT_AT_END =
  '# RESTART offers a new attempt from the beginning where the story ends, but here the story goes on to a decision: put it on the last line before -> END (or -> DONE), or remove it';
