import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { compileInk, InkCompileError, type InkDiagnostic } from '../compile/compile-ink';
import { analyseScenario, failedAnalysis, type AnalysisOptions, type ScenarioAnalysis } from './analyse-scenario';
import { finding, sortFindings, type Finding } from './findings';

/**
 * Analyses an `.ink` file (compiled as the build compiles it) or a compiled `.json` (as Inky exports
 * it). A file that does not compile gives the compiler's errors, each with its line. Node only.
 */
export function analyseFile(file: string, options: AnalysisOptions = {}): ScenarioAnalysis {
  const id = basename(file).replace(/\.(ink|json)$/i, '');
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  if (!/\.ink$/i.test(file)) return analyseScenario(id, text, options);
  try {
    const compiled = compileInk(text, file);
    const analysis = analyseScenario(id, compiled.json, options);
    return { ...analysis, findings: sortFindings([...analysis.findings, ...compiled.diagnostics.map(fromDiagnostic)]) };
  } catch (error) {
    if (!(error instanceof InkCompileError)) throw error;
    return failedAnalysis(id, error.diagnostics.map(fromDiagnostic), options);
  }
}

function fromDiagnostic(d: InkDiagnostic): Finding {
  const where = d.line === null ? d.file : `${d.file} line ${d.line}`;
  return finding(d.severity === 'error' ? 'compile-error' : 'compile-warning', where, d.message);
}
