import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { Compiler, CompilerOptions } from 'inkjs/full';

export interface InkDiagnostic {
  severity: 'error' | 'warning' | 'todo';
  file: string;
  line: number | null;
  message: string;
}

export interface CompiledInk {
  json: string;
  /** SHA-256 of the compiled JSON: the version of the scenario a session log was made with. */
  hash: string;
  diagnostics: InkDiagnostic[];
  /** Files pulled in with INCLUDE, so a dev server can watch them. */
  includes: string[];
}

export class InkCompileError extends Error {
  constructor(readonly diagnostics: InkDiagnostic[]) {
    super(diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic).join('\n'));
    this.name = 'InkCompileError';
  }
}

export function formatDiagnostic(d: InkDiagnostic): string {
  return `${d.file}${d.line === null ? '' : `:${d.line}`}: ${d.severity}: ${d.message}`;
}

// inkjs messages look like "ERROR: 'file.ink' line 3: Divert target not found" or "WARNING: line 3: …".
function parseDiagnostic(raw: string, type: number, mainFile: string): InkDiagnostic {
  const severity = type === 2 ? 'error' : type === 1 ? 'warning' : 'todo';
  const match = /^(?:ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']+)'\s*)?line (\d+):\s*(.*)$/s.exec(raw.trim());
  if (!match) return { severity, file: mainFile, line: null, message: raw.trim() };
  return { severity, file: match[1] ?? mainFile, line: Number(match[2]), message: match[3]!.trim() };
}

/** Compiles one ink file (and what it INCLUDEs) to the runtime JSON the player loads. */
export function compileInk(source: string, filePath: string): CompiledInk {
  const diagnostics: InkDiagnostic[] = [];
  const includes: string[] = [];
  const root = dirname(filePath);
  const fileHandler = {
    ResolveInkFilename: (name: string) => resolve(root, name),
    LoadInkFileContents: (fullName: string) => {
      includes.push(fullName);
      return readFileSync(fullName, 'utf8');
    },
  };
  const fileName = filePath.split('/').pop() ?? filePath;
  const onDiagnostic = (message: string, type: number) => diagnostics.push(parseDiagnostic(message, type, fileName));
  const options = new CompilerOptions(fileName, [], false, onDiagnostic, fileHandler);
  const compiler = new Compiler(source, options);
  let json: string | undefined;
  let thrown: unknown = null;
  try {
    const story = compiler.Compile();
    json = diagnostics.some((d) => d.severity === 'error') ? undefined : (story?.ToJson() as string | undefined);
  } catch (error) {
    // inkjs throws a bare "Compilation failed." once it has reported every error to the handler;
    // anything else (a parser stack overflow, say) is the only account there is, so it is kept.
    thrown = error;
  }
  if (json === undefined) {
    if (!diagnostics.some((d) => d.severity === 'error')) {
      const cause = thrown instanceof Error ? thrown.message : thrown === null ? 'no output' : String(thrown);
      diagnostics.push({ severity: 'error', file: fileName, line: parserLine(compiler), message: `ink could not compile this file: ${cause}` });
    }
    throw new InkCompileError(diagnostics);
  }
  diagnostics.push(...wholeFloatWarnings(source, fileName));
  const hash = createHash('sha256').update(json).digest('hex');
  return { json, hash, diagnostics, includes };
}

// Where the parser had got to when it gave up (its line index counts from 0), or null.
function parserLine(compiler: Compiler): number | null {
  try {
    const index = compiler.parser?.lineIndex;
    return typeof index === 'number' && index >= 0 ? index + 1 : null;
  } catch {
    return null;
  }
}

/**
 * A literal such as `2.0` is saved in the compiled JSON as `2` and read back as a whole number, so
 * `{5/2.0}` prints 2, not 2.5 (inkjs issue 934). Each one is worth a warning; `2.5`, `0.1` are kept.
 */
export function wholeFloatWarnings(source: string, file: string): InkDiagnostic[] {
  const found: InkDiagnostic[] = [];
  source.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\/\/.*$/, '');
    const logic = /^\s*~/.test(line) || /^\s*(VAR|CONST)\b/.test(line) ? line : (line.match(/\{[^}]*\}/g) ?? []).join(' ');
    for (const match of logic.matchAll(/(?<![\w.])(\d+)\.0+(?![\d.])/g)) {
      found.push({
        severity: 'warning',
        file,
        line: index + 1,
        message: `${match[0]} is saved as the whole number ${match[1]} when compiled (inkjs issue 934), so sums with it are done in whole numbers ({5/2.0} gives 2, not 2.5); scale the numbers instead, e.g. count in tenths`,
      });
    }
  });
  return found;
}
