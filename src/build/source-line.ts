/**
 * The line of an ink file a finding points at, found from what it quotes: the start of a line or
 * choice (`line "…"`, `choice "…"`), else the knot or stitch it names, else a tag it quotes. Compiled ink keeps no line
 * numbers, so this is the nearest line an author can look at; null when nothing matches.
 */
export function sourceLineOf(source: string, where: string, message = ''): number | null {
  const lines = source.split('\n');
  const quoted = /(?:line|choice) "([^"]+)"/.exec(where)?.[1]?.trim();
  if (quoted) {
    const index = lines.findIndex((line) => line.includes(quoted));
    if (index !== -1) return index + 1;
  }
  const passage = /passage ([\w.]+)/.exec(where)?.[1];
  if (passage) {
    const name = passage.split('.').pop()!;
    const header = new RegExp(`^\\s*(?:={2,}\\s*(?:function\\s+)?|=\\s*)${name}\\b`);
    const index = lines.findIndex((line) => header.test(line));
    if (index !== -1) return index + 1;
  }
  // A tag the lint found by name: the first line that carries it, however it is spaced there
  // (authors write "# IMAGE: map.png" where the message says "#IMAGE: map.png").
  const tag = /"#\s*([^":]+?)\s*(?::\s*([^"]*))?"/.exec(message);
  if (tag) {
    const value = tag[2] === undefined ? '' : `\\s*:\\s*${escape(tag[2].trim())}`;
    const written = new RegExp(`#\\s*${escape(tag[1]!)}${value}`, 'i');
    const index = lines.findIndex((line) => written.test(line));
    if (index !== -1) return index + 1;
  }
  return null;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
