import { describe, expect, it } from 'vitest';
import { compileInk, InkCompileError } from '../../../src/compile/compile-ink';

describe('compileInk when inkjs itself gives up', () => {
  it('keeps what inkjs threw and the line the parser had reached', () => {
    const source = 'Hi\n' + '{'.repeat(3000) + 'x' + '}'.repeat(3000) + '\n-> END\n';
    try {
      compileInk(source, '/tmp/deep.ink');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InkCompileError);
      const [first] = (error as InkCompileError).diagnostics;
      expect(first).toMatchObject({ severity: 'error', line: 2, message: expect.stringContaining('Stack overflow in parser state') });
    }
  });
});

describe('whole-number float literals (inkjs issue 934)', () => {
  it('warns, with the line, where a literal like 2.0 will lose its fraction', () => {
    const built = compileInk('Half is {5/2.0}.\n~ temp x = 3.5\n// 4.0 in a comment\n-> END\n', '/tmp/float.ink');
    const warnings = built.diagnostics.filter((d) => d.severity === 'warning');
    expect(warnings.map((d) => d.line)).toEqual([1]);
    expect(warnings[0]!.message).toContain('2.0');
  });
});
