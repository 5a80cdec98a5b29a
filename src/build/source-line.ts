/**
 * The line of an ink file a finding points at, found from what it quotes: the start of a line or
 * choice (`line "…"`, `choice "…"`), else a tag it quotes (looked for from the knot or stitch it
 * names), else that knot or stitch. Compiled ink keeps no line numbers, so this is the nearest
 * line an author can look at; null when nothing matches.
 */
export function sourceLineOf(source: string, where: string, message = ''): number | null {
  const lines = source.split('\n');
  const quoted = /(?:line|choice) "([^"]+)"/.exec(where)?.[1]?.trim();
  if (quoted) {
    const index = lines.findIndex((line) => line.includes(quoted));
    if (index !== -1) return index + 1;
  }
  const header = passageHeader(lines, where);
  // A tag the lint found by name: the first line that carries it, in the passage named if it is
  // there, however it is spaced (authors write "# IMAGE: map.png" where the message says "#IMAGE: map.png").
  const tag = /"#\s*([^":]+?)\s*(?::\s*([^"]*))?"/.exec(message);
  if (tag) {
    const value = tag[2] === undefined ? '' : `\\s*:\\s*${escape(tag[2].trim())}`;
    const written = new RegExp(`#\\s*${escape(tag[1]!)}${value}`, 'i');
    const from = lines.findIndex((line, i) => i >= Math.max(header, 0) && written.test(line));
    const index = from !== -1 ? from : lines.findIndex((line) => written.test(line));
    if (index !== -1) return index + 1;
  }
  return header === -1 ? null : header + 1;
}

/** The index of the knot or stitch header `where` names ("passage knot.stitch"), or -1. */
function passageHeader(lines: readonly string[], where: string): number {
  const passage = /passage ([\w.]+)/.exec(where)?.[1];
  if (!passage) return -1;
  const name = passage.split('.').pop()!;
  const header = new RegExp(`^\\s*(?:={2,}\\s*(?:function\\s+)?|=\\s*)${name}\\b`);
  return lines.findIndex((line) => header.test(line));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
