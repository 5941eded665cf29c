/**
 * Lists every function, method, accessor, constructor and arrow function in
 * `src/` longer than a line limit (60 by default), with the TypeScript
 * compiler's own parse, so issue 16's "no function over ~60 lines without a
 * reason in a comment" is a check rather than a count by hand.
 *
 * A long function is *explained* when a comment directly above it (on the
 * function, or on the statement, property or export that holds it) contains
 * `long-function: <reason>`. `npm run lint:length` prints the unexplained ones
 * and exits 1 when there are any; `--all` prints the explained ones too.
 * `test/scripts/long-functions.test.ts` runs the same check.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

/** Line count above which a function needs a `long-function:` reason. */
export const MAX_FUNCTION_LINES = 60;

/** The marker a comment above a long function carries, followed by its reason. */
export const LONG_FUNCTION_MARKER = "long-function:";

/** One function over the limit. */
export interface LongFunction {
  /** Path relative to the repository root, with `/` separators. */
  file: string;
  /** The function's name: its own, its variable's or property's, or `<anonymous>`. */
  name: string;
  /** 1-based line of its first token (after any comment). */
  line: number;
  /** Lines from its first token to its last, both included. */
  lines: number;
  /** The text after `long-function:` in a comment above it, or null. */
  reason: string | null;
}

type FunctionLike =
  | ts.FunctionDeclaration
  | ts.FunctionExpression
  | ts.ArrowFunction
  | ts.MethodDeclaration
  | ts.ConstructorDeclaration
  | ts.GetAccessorDeclaration
  | ts.SetAccessorDeclaration;

function isFunctionLike(node: ts.Node): node is FunctionLike {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node)
  );
}

function propertyName(name: ts.PropertyName | ts.BindingName, sf: ts.SourceFile): string {
  return ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteral(name)
    ? name.text
    : name.getText(sf);
}

/** The name a reader would look the function up by. */
function functionName(node: FunctionLike, sf: ts.SourceFile): string {
  if (ts.isConstructorDeclaration(node)) return "constructor";
  if (node.name) return propertyName(node.name, sf);
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) {
    return propertyName(parent.name, sf);
  }
  if (ts.isCallExpression(parent)) return `<anonymous in ${parent.expression.getText(sf)}()>`;
  return "<anonymous>";
}

/**
 * The nodes whose leading comments speak for the function: itself and, while
 * it is the value of a declaration, that declaration up to its statement.
 */
function commentHolders(node: FunctionLike): ts.Node[] {
  const holders: ts.Node[] = [node];
  let current: ts.Node = node;
  while (
    ts.isVariableDeclaration(current.parent) ||
    ts.isVariableDeclarationList(current.parent) ||
    ts.isVariableStatement(current.parent) ||
    ts.isPropertyAssignment(current.parent) ||
    ts.isPropertyDeclaration(current.parent) ||
    ts.isExportAssignment(current.parent)
  ) {
    current = current.parent;
    holders.push(current);
  }
  return holders;
}

/** The reason written after the marker in a comment directly above the function. */
function longFunctionReason(node: FunctionLike, sf: ts.SourceFile): string | null {
  const text = sf.getFullText();
  for (const holder of commentHolders(node)) {
    for (const range of ts.getLeadingCommentRanges(text, holder.getFullStart()) ?? []) {
      const comment = text.slice(range.pos, range.end);
      const at = comment.indexOf(LONG_FUNCTION_MARKER);
      if (at < 0) continue;
      const reason = comment
        .slice(at + LONG_FUNCTION_MARKER.length)
        .replace(/\*\/\s*$/u, "")
        .replace(/\n\s*(\*|\/\/)\s?/gu, " ")
        .trim();
      if (reason) return reason;
    }
  }
  return null;
}

/** The functions of one source text longer than `maxLines`. */
export function findLongFunctions(file: string, source: string, maxLines = MAX_FUNCTION_LINES): LongFunction[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: LongFunction[] = [];
  const visit = (node: ts.Node): void => {
    if (isFunctionLike(node) && node.body) {
      const first = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const last = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = last - first + 1;
      if (lines > maxLines) {
        found.push({ file, name: functionName(node, sf), line: first + 1, lines, reason: longFunctionReason(node, sf) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** The `.ts` files under `dir` (not `.d.ts`), sorted: what the source checks read. */
export function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(path));
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) files.push(path);
  }
  return files.sort();
}

/** Every function of `src/` (under `root`) longer than `maxLines`, in file and line order. */
export function scanSource(root: string, maxLines = MAX_FUNCTION_LINES): LongFunction[] {
  return sourceFiles(join(root, "src")).flatMap((path) =>
    findLongFunctions(relative(root, path).split(sep).join("/"), readFileSync(path, "utf8"), maxLines),
  );
}

function main(argv: string[]): number {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const all = argv.includes("--all");
  const found = scanSource(root);
  const unexplained = found.filter((f) => f.reason === null);
  for (const f of all ? found : unexplained) {
    const why = f.reason === null ? "no long-function reason" : `long-function: ${f.reason}`;
    console.log(`${f.file}:${f.line}  ${f.name}  ${f.lines} lines  (${why})`);
  }
  console.log(
    `${found.length} function(s) over ${MAX_FUNCTION_LINES} lines in src/, ${unexplained.length} without a reason`,
  );
  return unexplained.length > 0 ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
