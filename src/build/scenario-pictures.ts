import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { collectTags } from '../narrative/tag-lint';
import { parseTagInItsOwnScope, TagSyntaxError } from '../narrative/tags';

/** One `# IMAGE:` of a scenario and the file it names. */
export interface ScenarioPicture {
  /** As the author wrote it, relative to the scenario file; what the story's tag and the session log hold. */
  src: string;
  file: string;
}

export interface PictureProblem {
  message: string;
  /** The line of the .ink file that names the picture, if it is in that file (not an INCLUDE). */
  line: number | null;
}

/**
 * Finds the pictures a compiled scenario shows and checks each file is there, inside the project
 * (`root`): a missing picture is an error with its line, never a broken image in front of a
 * learner. Tags that do not parse are the tag lint's to report.
 */
export function scenarioPictures(inkFile: string, source: string, compiledJson: string, root: string): { pictures: ScenarioPicture[]; problems: PictureProblem[] } {
  const pictures = new Map<string, ScenarioPicture>();
  const problems: PictureProblem[] = [];
  for (const { raw } of collectTags(JSON.parse(compiledJson))) {
    const src = pictureSrc(raw);
    if (src === null || pictures.has(src)) continue;
    const file = resolve(dirname(inkFile), src);
    const inside = relative(root, file);
    const line = lineNaming(source, src);
    if (inside.startsWith('..') || isAbsolute(inside)) problems.push({ message: `#IMAGE: ${src} is outside the project; keep pictures beside the scenarios, e.g. stories/images/`, line });
    else if (!existsSync(file) || !statSync(file).isFile()) problems.push({ message: `#IMAGE: ${src}: there is no such file (looked for ${relative(process.cwd(), file) || file})`, line });
    else pictures.set(src, { src, file });
  }
  return { pictures: [...pictures.values()], problems };
}

function pictureSrc(raw: string): string | null {
  try {
    const { tag } = parseTagInItsOwnScope(raw);
    return tag.kind === 'image' ? tag.src : null;
  } catch (error) {
    if (error instanceof TagSyntaxError) return null;
    throw error;
  }
}

// Compiled ink keeps no line numbers: the first line with an IMAGE tag naming this path.
function lineNaming(source: string, src: string): number | null {
  const index = source.split('\n').findIndex((line) => /#\s*IMAGE\s*:/i.test(line) && line.includes(src));
  return index === -1 ? null : index + 1;
}
