/**
 * JSON read strictly, for files that must mean one thing only. `JSON.parse` quietly keeps the last
 * of two equal keys (so a file can show a reader one value and the program another) and turns
 * `1e400` into Infinity, which canonical JSON cannot write. Both are refused here, with the line
 * and column, as is anything that is not JSON. One leading byte-order mark is allowed, as editors
 * on Windows add one, so every reader of a file treats it the same.
 */
export type StrictJson = { ok: true; value: unknown } | { ok: false; line: number; column: number; problem: string };

export function parseStrictJson(input: string): StrictJson {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message);
    return at(text, position ? Number(position[1]) : 0, 'this is not valid JSON');
  }
  const problem = scan(text);
  return problem ?? { ok: true, value };
}

type Frame = { keys: Set<string> | null; expectKey: boolean };

/** Walks text that JSON.parse has already accepted, so it only has to find tokens, not check syntax. */
function scan(text: string): StrictJson | null {
  const stack: Frame[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const top = stack.at(-1);
    if (c === '{') stack.push({ keys: new Set(), expectKey: true });
    else if (c === '[') stack.push({ keys: null, expectKey: false });
    else if (c === '}' || c === ']') stack.pop();
    else if (c === ',' && top?.keys) top.expectKey = true;
    else if (c === '"') {
      const end = stringEnd(text, i);
      if (top?.keys && top.expectKey) {
        const key = JSON.parse(text.slice(i, end)) as string;
        if (top.keys.has(key)) return at(text, i, `the key ${JSON.stringify(key)} appears twice in the same object`);
        top.keys.add(key);
        top.expectKey = false;
      }
      i = end;
      continue;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      const end = numberEnd(text, i);
      if (!Number.isFinite(Number(text.slice(i, end)))) return at(text, i, `the number ${text.slice(i, end)} is too large to hold`);
      i = end;
      continue;
    }
    i++;
  }
  return null;
}

/** The index just after the closing quote of the string that opens at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

function numberEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && /[0-9eE.+-]/.test(text[i]!)) i++;
  return i;
}

function at(text: string, position: number, problem: string): StrictJson {
  const before = text.slice(0, position).split('\n');
  return { ok: false, line: before.length, column: before.at(-1)!.length + 1, problem };
}
