/**
 * A small well-formedness check for the XML parts of a package. It is not a validating parser: it
 * catches what has actually broken generated decks (unescaped `&` or `<` in text or attributes,
 * unbalanced or unterminated tags, missing root element), with no dependency.
 */

const BARE_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
const NAME = /^[A-Za-z_][\w.:-]*/;
const ATTRIBUTE = /^\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*')/;

/** Returns a description of the first well-formedness error, or undefined when none was found. */
export function findXmlError(xml: string): string | undefined {
  const text = xml.replace(/^\uFEFF/, '');
  if (!text.trimStart().startsWith('<')) return 'does not start with "<"';
  const open: string[] = [];
  let roots = 0;
  let at = 0;
  while (at < text.length) {
    const lt = text.indexOf('<', at);
    const chars = lt === -1 ? text.slice(at) : text.slice(at, lt);
    if (BARE_AMPERSAND.test(chars)) return `unescaped "&" in text near "${excerpt(chars)}"`;
    if (open.length === 0 && chars.trim() !== '')
      return `text outside the root element: "${excerpt(chars)}"`;
    if (lt === -1) break;

    const special = skipSpecial(text, lt);
    if (special === -1) return `unterminated comment, CDATA or processing instruction at ${lt}`;
    if (special !== undefined) {
      at = special;
      continue;
    }

    const gt = endOfTag(text, lt);
    if (gt === -1) return `unterminated tag at ${lt}`;
    const inner = text.slice(lt + 1, gt);
    at = gt + 1;

    if (inner.startsWith('/')) {
      const name = inner.slice(1).trim();
      const expected = open.pop();
      if (name !== expected)
        return `closing </${name}> does not match <${expected ?? '(nothing)'}>`;
      continue;
    }
    const problem = startTagProblem(inner);
    if (problem) return problem;
    const name = (NAME.exec(inner) as RegExpExecArray)[0];
    if (open.length === 0) roots++;
    if (roots > 1) return `second root element <${name}>`;
    if (!inner.endsWith('/')) open.push(name);
  }
  if (open.length > 0) return `unclosed element <${open[open.length - 1]}>`;
  if (roots === 0) return 'no root element';
  return undefined;
}

/** For `<?…?>`, `<!--…-->`, `<![CDATA[…]]>`, `<!DOCTYPE…>`: the index after it, -1 if unterminated. */
function skipSpecial(text: string, lt: number): number | undefined {
  const endings: Array<[string, string]> = [
    ['<?', '?>'],
    ['<!--', '-->'],
    ['<![CDATA[', ']]>'],
    ['<!', '>'],
  ];
  for (const [start, end] of endings) {
    if (!text.startsWith(start, lt)) continue;
    const close = text.indexOf(end, lt + start.length);
    return close === -1 ? -1 : close + end.length;
  }
  return undefined;
}

/** Index of the `>` closing the tag that starts at `lt`, skipping quoted attribute values. */
function endOfTag(text: string, lt: number): number {
  let quote: string | undefined;
  for (let i = lt + 1; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return i;
    } else if (c === '<') {
      return -1;
    }
  }
  return -1;
}

function startTagProblem(inner: string): string | undefined {
  const name = NAME.exec(inner);
  if (!name) return `bad tag name in "<${excerpt(inner)}>"`;
  let rest = inner.slice(name[0].length).replace(/\/$/, '');
  while (rest.trim() !== '') {
    const attr = ATTRIBUTE.exec(rest);
    if (!attr) return `bad attribute syntax in <${name[0]}> near "${excerpt(rest)}"`;
    if (BARE_AMPERSAND.test(attr[0])) return `unescaped "&" in an attribute of <${name[0]}>`;
    rest = rest.slice(attr[0].length);
  }
  return undefined;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}
