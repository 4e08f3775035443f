// The core keeps no state between calls: no module-level let/var, no fillable module Map/Set, no empty module literals, no /g regexes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** A binding that may stay is marked on the line above with its reason: `// module state: …`. */
const ALLOWED = /\/\/ module state: \S/;

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return tsFiles(p);
    return name.endsWith('.ts') ? [p] : [];
  });
}

const COLLECTIONS = new Set(['Map', 'Set', 'WeakMap', 'WeakSet', 'Array']);

/** What in one source file's top level would hold state from one call to the next (file:line what). */
function moduleState(source: string, file: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const lines = source.split('\n');
  const out: string[] = [];
  const report = (node: ts.Node, what: string) => {
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
    if (line > 0 && ALLOWED.test(lines[line - 1])) return;
    out.push(`${file}:${line + 1} ${what}`);
  };
  const statefulRegex = (e: ts.Expression) =>
    (ts.isRegularExpressionLiteral(e) && /\/[a-z]*[gy][a-z]*$/.test(e.text)) ||
    (ts.isNewExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'RegExp' && e.arguments?.[1] !== undefined && ts.isStringLiteral(e.arguments[1]) && /[gy]/.test(e.arguments[1].text));
  for (const st of sf.statements) {
    if (ts.isClassDeclaration(st)) {
      for (const m of st.members) {
        const mods = ts.getModifiers(m as ts.HasModifiers) ?? [];
        const isStatic = mods.some((x) => x.kind === ts.SyntaxKind.StaticKeyword);
        const isReadonly = mods.some((x) => x.kind === ts.SyntaxKind.ReadonlyKeyword);
        if (isStatic && ts.isPropertyDeclaration(m) && !isReadonly) report(m, `static ${m.name.getText(sf)} (mutable class field)`);
      }
      continue;
    }
    if (!ts.isVariableStatement(st)) continue;
    const list = st.declarationList;
    const isConst = (list.flags & ts.NodeFlags.Const) !== 0;
    for (const d of list.declarations) {
      const name = d.name.getText(sf);
      if (!isConst) {
        report(d, `${name} (module-level ${list.flags & ts.NodeFlags.Let ? 'let' : 'var'})`);
        continue;
      }
      const init = d.initializer;
      if (!init) continue;
      const type = d.type?.getText(sf) ?? '';
      if (ts.isNewExpression(init) && ts.isIdentifier(init.expression) && COLLECTIONS.has(init.expression.text) && !/^Readonly/.test(type)) {
        report(d, `${name} (module-level ${init.expression.text} that can be filled: type it Readonly… or make it per call)`);
      }
      if ((ts.isArrayLiteralExpression(init) && init.elements.length === 0) || (ts.isObjectLiteralExpression(init) && init.properties.length === 0)) {
        report(d, `${name} (empty module-level literal: filled later?)`);
      }
      if (statefulRegex(init)) report(d, `${name} (module-level /g or /y regex: its lastIndex is state)`);
    }
  }
  return out;
}

describe('no module-level state in core/', () => {
  it('no file in core/ declares state that outlives a call (or it says why, beside it)', () => {
    const found = tsFiles(join(root, 'core')).flatMap((p) => moduleState(readFileSync(p, 'utf8'), relative(root, p)));
    expect(found).toEqual([]);
  });

  it('the check sees a current language, a cache, a list filled later and a global regex', () => {
    const planted = [
      "let current: Lang = 'zh-CN';",
      'export var count = 0;',
      'const cache = new Map<string, number>();',
      'const seen: Set<string> = new Set();',
      'const rows: number[] = [];',
      'const byId = {};',
      'const WORD = /\\w+/g;',
      "const WORD2 = new RegExp('x', 'gi');",
      'class Memo { static last = 0; }',
    ].join('\n');
    expect(moduleState(planted, 'x.ts')).toHaveLength(9);
    const fine = [
      "const NAMES: ReadonlySet<string> = new Set(['A']);",
      "const TABLE: ReadonlyMap<string, number> = new Map([['a', 1]]);",
      'const WORD = /\\w+/i;',
      "export const LANGS = ['zh-CN', 'en-US'];",
      'function f() { let x = 0; const m = new Map(); return [x, m]; }',
      'class A { static readonly B = 1; private n = 0; }',
      '// module state: kept for the process, because a test says so',
      'const kept = new Map();',
    ].join('\n');
    expect(moduleState(fine, 'y.ts')).toEqual([]);
  });
});
