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
  try {
    const story = compiler.Compile();
    json = diagnostics.some((d) => d.severity === 'error') ? undefined : (story?.ToJson() as string | undefined);
  } catch {
    // inkjs throws a bare "Compilation failed." once it has reported every error to the handler.
  }
  if (json === undefined) {
    if (!diagnostics.some((d) => d.severity === 'error')) {
      diagnostics.push({ severity: 'error', file: fileName, line: null, message: 'ink could not compile this file' });
    }
    throw new InkCompileError(diagnostics);
  }
  const hash = createHash('sha256').update(json).digest('hex');
  return { json, hash, diagnostics, includes };
}
