// Parses every TypeScript file under src/ with the TypeScript compiler (so comments and strings
// are never mistaken for code) and reports the nodes a check asks for.
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const ROOT = join(import.meta.dirname, "../../..");
const SRC = join(ROOT, "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

export interface Found {
  /** `src/...:line` */
  readonly at: string;
  readonly text: string;
}

/** Every node of a parsed file for which `pick` returns text, with its line. */
export function findInText(fileName: string, code: string, pick: (node: ts.Node) => string | undefined): { line: number; text: string }[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const found: { line: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    const text = pick(node);
    if (text !== undefined) found.push({ line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text });
    node.forEachChild(visit);
  };
  visit(source);
  return found;
}

/** Every node of src/ for which `pick` returns text, with where it is. */
export function scanSource(pick: (node: ts.Node) => string | undefined): Found[] {
  return sourceFiles(SRC)
    .sort()
    .flatMap((file) => findInText(file, readFileSync(file, "utf8"), pick).map(({ line, text }) => ({ at: `${relative(ROOT, file)}:${line}`, text })));
}

export { ts };
