import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { cutLine, printable, standardFonts, wrapLines, wrapWithin, type Fonts } from '../../../src/pdf/page-text';

let fonts: Fonts;
beforeAll(async () => {
  fonts = await standardFonts(await PDFDocument.create());
});
const width = (text: string) => fonts.regular.widthOfTextAtSize(text, 10);

describe('wrapping text for a PDF page', () => {
  it('breaks at spaces so that no line is wider than the column, and loses no word', () => {
    const text = 'The tenant asked twice for the repair to be logged and nobody wrote it down';
    const lines = wrapLines(text, fonts.regular, 10, 120);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe(text);
  });

  it('keeps line breaks, and an empty paragraph as an empty line', () => {
    expect(wrapLines('one\n\ntwo', fonts.regular, 10, 200)).toEqual(['one', '', 'two']);
  });

  it('cuts a word longer than the line wherever it must, keeping every character', () => {
    const hash = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    const lines = wrapLines(`sha ${hash} end`, fonts.regular, 10, 80);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(80);
    expect(lines.join('').replace(/ /g, '')).toBe(`sha${hash}end`);
  });

  it('stops at the most lines allowed, ending the last with an ellipsis and room to spare', () => {
    const lines = wrapWithin('one two three four five six seven eight nine ten eleven twelve', fonts.regular, 10, 60, 2, 20);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(width(lines[1]!) + 20).toBeLessThanOrEqual(60);
  });

  it('cuts one line to fit with an ellipsis, and leaves a line that fits alone', () => {
    expect(cutLine('short', fonts.regular, 10, 200)).toBe('short');
    const cut = cutLine('a line far too long to fit in the space', fonts.regular, 10, 60);
    expect(cut).toMatch(/…$/);
    expect(width(cut)).toBeLessThanOrEqual(60);
  });

  it('cuts a line between words, not inside one, unless one word is the whole line', () => {
    const text = 'Share the whole file with the housing officer straight away';
    const cut = cutLine(text, fonts.regular, 10, 150);
    expect(width(cut)).toBeLessThanOrEqual(150);
    const kept = cut.slice(0, -1);
    expect(text.startsWith(kept)).toBe(true);
    expect(text[kept.length]).toBe(' ');
    expect(cutLine('Unbreakablewordthatgoesonandon', fonts.regular, 10, 60)).toMatch(/^Unbreak\w*…$/);
  });

  it('replaces characters the standard fonts lack, and spells out arrows', () => {
    expect(printable('Łódź → here 📞', fonts.regular)).toBe('?ód? -> here ?');
  });
});
