/**
 * Reads the JSDoc line of every field in the Zod schemas (src/domain/schemas/*.ts),
 * so the data dictionary on /data/ says what the schema says and cannot drift
 * from it. Keys are "<variable>.<field>[.<field>…]" ("personSchema.name",
 * "eventSchema.tally.count"), plus "<variable>" for a documented constant
 * ("idSchema"). Pure: it parses source text with the TypeScript compiler API.
 *
 *   schemaDocs(personSource)['departureSchema.reported']
 *   // 'When the departure was first reported (partial-date syntax).'
 */
import ts from 'typescript';

function docOf(node: ts.Node): string | null {
  const text = ts
    .getJSDocCommentsAndTags(node)
    .filter(ts.isJSDoc)
    .map((d) => ts.getTextOfJSDocComment(d.comment) ?? '')
    .join('\n')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  return text === '' ? null : text;
}

/** A doc comment as prose plus its "- item" lines: "Cohort: …\n- summer-2025: …" -> { text: 'Cohort: …', items: ['summer-2025: …'] }. */
export function docBlocks(doc: string): { text: string; items: string[] } {
  const lines = doc.split('\n');
  return {
    text: lines.filter((l) => !l.startsWith('- ')).join(' '),
    items: lines.filter((l) => l.startsWith('- ')).map((l) => l.slice(2)),
  };
}

/** The object literal of the first `….object({…})` or `….strictObject({…})` call in an expression chain, e.g. z.object({…}).nullable().default(null). */
function objectLiteralIn(expr: ts.Node): ts.ObjectLiteralExpression | null {
  let found: ts.ObjectLiteralExpression | null = null;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && (node.expression.name.text === 'object' || node.expression.name.text === 'strictObject')) {
      const arg = node.arguments[0];
      if (arg && ts.isObjectLiteralExpression(arg)) {
        found = arg;
        return;
      }
    }
    // Do not descend into a nested object literal's properties: those belong to that literal.
    if (ts.isObjectLiteralExpression(node)) return;
    ts.forEachChild(node, visit);
  };
  visit(expr);
  return found;
}

function collect(literal: ts.ObjectLiteralExpression, path: string, out: Record<string, string>): void {
  for (const prop of literal.properties) {
    if (!ts.isPropertyAssignment(prop)) continue;
    const name = ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name) ? prop.name.text : null;
    if (name === null) continue;
    const key = `${path}.${name}`;
    const doc = docOf(prop);
    if (doc !== null) out[key] = doc;
    const nested = objectLiteralIn(prop.initializer);
    if (nested) collect(nested, key, out);
  }
}

/** Field documentation of every `const x = z.object({…})` in one schema source file. */
export function schemaDocs(source: string, fileName = 'schema.ts'): Record<string, string> {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: Record<string, string> = {};
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const decl of statement.declarationList.declarations) {
      if (!ts.isIdentifier(decl.name) || !decl.initializer) continue;
      const name = decl.name.text;
      const doc = docOf(statement);
      if (doc !== null) out[name] = doc;
      const literal = objectLiteralIn(decl.initializer);
      if (literal) collect(literal, name, out);
    }
  }
  return out;
}

/** The docs of several schema files merged; a key defined twice is a mistake in the schemas. */
export function mergeSchemaDocs(files: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [fileName, source] of Object.entries(files)) {
    for (const [key, doc] of Object.entries(schemaDocs(source, fileName))) {
      if (key in out) throw new Error(`schema docs: "${key}" is documented twice (again in ${fileName})`);
      out[key] = doc;
    }
  }
  return out;
}
