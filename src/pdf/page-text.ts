import { PageSizes, rgb, StandardFonts, type PDFDocument, type PDFFont } from 'pdf-lib';

/**
 * What every PDF the app writes shares: the A4 page, the text colours, the standard fonts and how
 * text is made drawable and wrapped. The standard Helvetica fonts are built into every PDF reader,
 * so nothing is embedded or fetched; they only hold the Windows-1252 characters, so anything else
 * is replaced before drawing (see `printable`).
 */
export const A4 = { width: PageSizes.A4[0], height: PageSizes.A4[1] };
export const INK = rgb(0.1, 0.12, 0.14);
export const MUTED = rgb(0.33, 0.37, 0.41);
export const RULE = rgb(0.78, 0.8, 0.83);
/** Titles: the app's own blue-green. */
export const BRAND = rgb(0.11, 0.31, 0.42);

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

export async function standardFonts(doc: PDFDocument): Promise<Fonts> {
  return { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
}

/** Makes text drawable in a standard font: other characters become a close match or "?"; line breaks stay. */
export function printable(text: string, font: PDFFont): string {
  const supported = charactersOf(font);
  const mapped = text.normalize('NFC').replace(/\t/g, '    ').replace(/[→⇒]/g, '->').replace(/[≤]/g, '<=').replace(/[≥]/g, '>=');
  return Array.from(mapped, (ch) => (ch === '\n' || supported.has(ch.codePointAt(0)!) ? ch : '?')).join('');
}

const characterSets = new WeakMap<PDFFont, Set<number>>();
function charactersOf(font: PDFFont): Set<number> {
  let set = characterSets.get(font);
  if (!set) characterSets.set(font, (set = new Set(font.getCharacterSet())));
  return set;
}

/**
 * Breaks drawable text into lines no wider than `width`: at spaces, at line breaks, and inside a
 * word only when the word alone is wider than the line (a hash, a long address). Each word and each
 * character of an over-long word is measured once, so the work grows with the text, not its square.
 * Widths are added up without the kerning between a word and a space, which in Helvetica only ever
 * narrows text, so a line is never wider than measured.
 */
export function wrapLines(text: string, font: PDFFont, size: number, width: number): string[] {
  const space = font.widthOfTextAtSize(' ', size);
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    let used = 0;
    for (const word of paragraph.split(/ +/)) {
      const wide = font.widthOfTextAtSize(word, size);
      if (line && used + space + wide <= width) {
        line += ` ${word}`;
        used += space + wide;
        continue;
      }
      if (line) lines.push(line);
      if (wide <= width) [line, used] = [word, wide];
      else {
        const pieces = breakWord(word, font, size, width);
        lines.push(...pieces.slice(0, -1));
        line = pieces.at(-1)!;
        used = font.widthOfTextAtSize(line, size);
      }
    }
    lines.push(line);
  }
  return lines;
}

/** A word cut into pieces that each fit `width` (at least one character each). */
function breakWord(word: string, font: PDFFont, size: number, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let used = 0;
  for (const ch of word) {
    const wide = font.widthOfTextAtSize(ch, size);
    if (piece && used + wide > width) {
      pieces.push(piece);
      [piece, used] = ['', 0];
    }
    piece += ch;
    used += wide;
  }
  pieces.push(piece);
  return pieces;
}

/**
 * One line cut to `width`, ending in an ellipsis when anything was cut. The cut falls between words
 * when the kept part has a space in it, so no word is left half-written; a single word longer than
 * the line is cut inside it. Linear, like `wrapLines`.
 */
export function cutLine(text: string, font: PDFFont, size: number, width: number): string {
  if (font.widthOfTextAtSize(text, size) <= width) return text;
  const room = width - font.widthOfTextAtSize('…', size);
  let kept = '';
  let used = 0;
  let next = '';
  for (const ch of text) {
    used += font.widthOfTextAtSize(ch, size);
    if (used > room) {
      next = ch;
      break;
    }
    kept += ch;
  }
  const lastSpace = kept.lastIndexOf(' ');
  const midWord = next !== ' ' && !kept.endsWith(' ');
  if (midWord && kept.trimEnd().includes(' ')) kept = kept.slice(0, lastSpace);
  return `${kept.trimEnd().replace(/[,;:]$/, '')}…`;
}

/**
 * At most `maxLines` lines; what does not fit is cut with an ellipsis on the last, which also
 * leaves `reserve` points free at its end (for text drawn after it).
 */
export function wrapWithin(text: string, font: PDFFont, size: number, width: number, maxLines: number, reserve = 0): string[] {
  const lines = wrapLines(text, font, size, width);
  const last = lines.at(-1) ?? '';
  if (lines.length <= maxLines && font.widthOfTextAtSize(last, size) + reserve <= width) return lines;
  const keep = Math.min(lines.length, maxLines) - 1;
  return [...lines.slice(0, keep), cutLine(lines.slice(keep).join(' '), font, size, width - reserve)];
}
