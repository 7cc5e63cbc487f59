/** What a template part refers to: the data paths it reads (helpers and literals left out). */
import Handlebars from 'handlebars';

const HELPERS = new Set([
  'money',
  'moneyFull',
  'percent',
  'number',
  'date',
  'plural',
  'article',
  'eq',
  'gt',
  'if',
  'unless',
  'each',
  'with',
  'lookup',
  'else',
]);

type Node = { type: string } & Record<string, unknown>;

function visit(node: unknown, found: Set<string>): void {
  if (Array.isArray(node)) {
    for (const child of node) visit(child, found);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const typed = node as Node;
  if (typed.type === 'PathExpression') {
    const path = typed as unknown as hbs.AST.PathExpression;
    if (!HELPERS.has(path.original)) found.add(path.original);
    return;
  }
  for (const [key, value] of Object.entries(typed)) if (key !== 'loc') visit(value, found);
}

/** The sorted data paths a template reads, e.g. ["deck.period", "vitalFew.count"]. */
export function templateVariables(source: string): string[] {
  const found = new Set<string>();
  visit(Handlebars.parse(source), found);
  return [...found].sort();
}
