// esbuild plugin for the Apps Script bundle: leaves the registry's help-only texts out (description, help, examples,
// portable doc). Apps Script loads the whole project on every custom-function call, and nothing there reads them: the
// sidebar holds the function help (baked into sidebar.html by tools/build-ui.mjs), the stubs' JSDoc is written at build time.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** Properties of the function declarations in core/functions/ that only documentation, tests and the bench read (`inputs`: corpus and bench arguments). */
export const HELP_ONLY = new Set(['description', 'help', 'examples', 'doc', 'inputs']);

/** A TypeScript transformer dropping HELP_ONLY properties from every object literal of the file. */
function dropHelp(context) {
  const visit = (node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const kept = node.properties.filter((p) => !(ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && HELP_ONLY.has(p.name.text)));
      return ts.visitEachChild(context.factory.updateObjectLiteralExpression(node, kept), visit, context);
    }
    return ts.visitEachChild(node, visit, context);
  };
  return (file) => ts.visitNode(file, visit);
}

/** The file's JavaScript without its help-only texts (ES2020 modules, for esbuild to bundle). */
export function withoutHelpTexts(source, fileName) {
  const out = ts.transpileModule(source, {
    fileName,
    compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: false, isolatedModules: true },
    transformers: { before: [dropHelp] },
  });
  return out.outputText;
}

export const helpTextsOut = {
  name: 'dealerkit-help-texts-out',
  setup(build) {
    build.onLoad({ filter: /[\\/]core[\\/]functions[\\/][^\\/]+\.ts$/ }, (args) => {
      // the help generator itself is not part of the server bundle; everything else keeps its code, minus the texts
      return { contents: withoutHelpTexts(readFileSync(args.path, 'utf8'), args.path), loader: 'js' };
    });
  },
};
