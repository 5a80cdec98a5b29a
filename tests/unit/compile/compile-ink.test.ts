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
