import { AuthoringError } from './authoring-error';
import { parseScenarioMeta } from './scenario-meta';
import { parseTagInItsOwnScope, TagSyntaxError } from './tags';

interface FoundTag {
  raw: string;
  path: string;
}

/**
 * Finds every tag in a compiled story (inkVersion 21 writes them as "#", "^text"…, "/#") with the
 * knot or stitch it sits in. Tags built from ink logic show only their literal parts.
 */
export function collectTags(compiled: unknown): FoundTag[] {
  const found: FoundTag[] = [];
  const root = (compiled as { root?: unknown }).root;
  walk(root, '', found);
  return found;
}

function walk(node: unknown, path: string, found: FoundTag[]): void {
  if (Array.isArray(node)) {
    let open: string[] | null = null;
    for (const item of node) {
      if (item === '#') open = [];
      else if (item === '/#' && open) {
        found.push({ raw: open.join(''), path: path || 'top of file' });
        open = null;
      } else if (open && typeof item === 'string' && item.startsWith('^')) open.push(item.slice(1));
      else walk(item, path, found);
    }
    return;
  }
  if (node && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) {
      if (key === '#' && typeof child === 'string') found.push({ raw: child, path: path || 'top of file' });
      else walk(child, isNamedContainer(key) ? joinPath(path, key) : path, found);
    }
  }
}

// Weave containers (c-0, g-1, s0) and flags are ink's plumbing, not places an author named.
function isNamedContainer(key: string): boolean {
  return !/^(c-\d+|g-\d+|s\d*|#f|#n|\*|->|f\(\)|->t->|\^->|VAR=|temp=|CNT\?|flg|exArgs|x\(\))$/.test(key) && !key.startsWith('$');
}

function joinPath(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/**
 * Every tag problem in a compiled scenario, each with the passage it is in. Empty means clean.
 * With `knownKsbs` (the codes in the KSB list), a `#ksb:` code not in the list is a problem too.
 */
export function lintScenarioTags(
  scenarioId: string,
  compiledJson: string,
  globalTags: readonly string[],
  knownKsbs?: ReadonlySet<string>,
): AuthoringError[] {
  const problems: AuthoringError[] = [];
  let castIds: string[] = [];
  try {
    castIds = parseScenarioMeta(scenarioId, globalTags).cast.map((m) => m.id);
  } catch (error) {
    if (error instanceof AuthoringError) problems.push(error);
    else throw error;
  }
  for (const { raw, path } of collectTags(JSON.parse(compiledJson))) {
    try {
      const { tag } = parseTagInItsOwnScope(raw);
      if (tag.kind === 'speaker' && !castIds.includes(tag.castId)) {
        problems.push(new AuthoringError(scenarioId, `passage ${path}`, `speaker "${tag.castId}" is not in the cast`));
      }
      if (tag.kind === 'present' || tag.kind === 'enter' || tag.kind === 'leave') {
        // The tag is quoted as written, so the build can find its line (build/source-line.ts).
        for (const id of tag.castIds.filter((c) => !castIds.includes(c))) {
          problems.push(new AuthoringError(scenarioId, `passage ${path}`, `"#${raw.trim()}" names "${id}", who is not in the cast; add "#cast: ${id} = Name, role" at the top`));
        }
      }
      if (tag.kind === 'ksb' && knownKsbs) {
        for (const code of tag.codes.filter((c) => !knownKsbs.has(c))) {
          problems.push(new AuthoringError(scenarioId, `passage ${path}`, `KSB code "${code}" is not in the KSB list (ksbs.json)`));
        }
      }
    } catch (error) {
      if (!(error instanceof TagSyntaxError)) throw error;
      problems.push(new AuthoringError(scenarioId, `passage ${path}`, error.message));
    }
  }
  return problems;
}
