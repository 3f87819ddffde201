// No code from data: src/ never evaluates text as code (eval, the Function constructor, string
// timers, vm, dynamic import of a computed name). A static check over the syntax tree.
import { describe, expect, it } from "vitest";
import { findInText, scanSource, ts } from "./support/source-scan.js";

// Worker threads are allowed (the CLI's parallel audit runs its own bundled file), but not
// `new Worker(code, { eval: true })`.
const DYNAMIC_CODE_MODULES = new Set(["vm", "node:vm", "child_process", "node:child_process"]);

function dynamicCode(node: ts.Node): string | undefined {
  if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
    const callee = node.expression.getText();
    if (callee === "eval" || callee === "Function" || callee === "globalThis.Function" || callee === "globalThis.eval") return node.getText();
    const first = node.arguments?.[0];
    const isTimer = /^(globalThis\.)?(setTimeout|setInterval|setImmediate)$/.test(callee);
    if (isTimer && first !== undefined && !ts.isArrowFunction(first) && !ts.isFunctionExpression(first) && !ts.isIdentifier(first)) {
      return node.getText();
    }
    const options = node.arguments?.[1];
    if (callee === "Worker" && options !== undefined && (!ts.isObjectLiteralExpression(options) || options.properties.some((p) => p.name?.getText() === "eval"))) {
      return node.getText();
    }
    if (node.expression.kind === ts.SyntaxKind.ImportKeyword && (first === undefined || !ts.isStringLiteral(first))) return node.getText();
  }
  if (ts.isPropertyAccessExpression(node) && node.name.text === "constructor" && ts.isCallExpression(node.parent) && node.parent.expression === node) {
    return node.parent.getText(); // (function(){}).constructor("code")()
  }
  if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && DYNAMIC_CODE_MODULES.has(node.moduleSpecifier.text)) {
    return node.getText();
  }
  return undefined;
}

describe("no eval or dynamic code from data", () => {
  it("src/ has no eval, Function constructor, string timer, vm, child process, eval worker or computed import", () => {
    expect(scanSource(dynamicCode)).toEqual([]);
  });

  it("the check finds each form it forbids (it is not vacuous)", () => {
    const forms = [
      'eval("1")',
      'new Function("return 1")',
      'Function("return 1")()',
      'setTimeout("alert(1)", 0)',
      "import(name)",
    'new Worker("console.log(1)", { eval: true })',
      '(() => 0).constructor("return 1")',
      'import { runInNewContext } from "node:vm";',
    ];
    for (const code of forms) expect(findInText("probe.ts", code, dynamicCode), code).not.toEqual([]);
  });
});
