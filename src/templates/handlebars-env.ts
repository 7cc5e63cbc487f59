/**
 * The Handlebars environment for slide text: locale-aware helpers, strict mode (a missing variable
 * is an error naming the template and the variable) and no HTML escaping — pptxgenjs escapes XML
 * itself, so escaping here would turn "P&L" into "P&amp;amp;L".
 */
import Handlebars from 'handlebars';
import { KamdeckError } from '../errors.js';
import type { Formatter } from '../compose/format.js';
import { compileOptions, precompiledTemplate } from './precompiled.js';

export type TextRenderer = (data: object) => string;

function asNumber(value: unknown, helper: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`helper "${helper}" expects a number, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** Handlebars passes an options hash as the last argument; helpers ignore it. */
function withoutOptions(args: unknown[]): unknown[] {
  return args.slice(0, -1);
}

/**
 * An Italian article (il, del, al, dal, nel, sul…) before a figure, elided where the figure is
 * read with a leading vowel: uno, otto, undici, ottanta…, ottocento… ("l'80%", "dell'11%",
 * "il 25%"). Templates of other languages do not use it.
 */
export function italianArticle(article: string, figure: string): string {
  // The integer part as written in it-IT ("1.500,5 €" → "1500"), read aloud from its first word.
  const integer = (/\d[\d.]*/.exec(figure)?.[0] ?? '').replace(/\./g, '');
  const readWithVowel =
    integer.startsWith('8') || integer === '1' || integer === '11' || /^11\d{3}$/.test(integer);
  if (!readWithVowel || !article.endsWith('l')) return `${article} ${figure}`;
  return article === 'il' ? `l'${figure}` : `${article}l'${figure}`;
}

export function createHandlebars(format: Formatter): typeof Handlebars {
  const env = Handlebars.create();
  env.registerHelper('money', (value: unknown) => format.money(asNumber(value, 'money')));
  env.registerHelper('moneyFull', (value: unknown) =>
    format.moneyFull(asNumber(value, 'moneyFull')),
  );
  env.registerHelper('percent', (...args: unknown[]) => {
    const [value, digits] = withoutOptions(args);
    return format.percent(asNumber(value, 'percent'), typeof digits === 'number' ? digits : 0);
  });
  env.registerHelper('number', (...args: unknown[]) => {
    const [value, digits] = withoutOptions(args);
    return format.number(asNumber(value, 'number'), typeof digits === 'number' ? digits : 0);
  });
  env.registerHelper('date', (value: unknown) => {
    if (!(value instanceof Date))
      throw new Error(`helper "date" expects a date, got ${JSON.stringify(value)}`);
    return format.date(value);
  });
  // {{plural count "account" "accounts"}} → "1 account" / "3 accounts"
  env.registerHelper('plural', (count: unknown, singular: unknown, plural: unknown) => {
    const n = asNumber(count, 'plural');
    return `${format.number(n)} ${n === 1 ? String(singular) : String(plural)}`;
  });
  // Italian text: {{article "del" (percent share)}} → "del 25%" / "dell'80%".
  env.registerHelper('article', (article: unknown, figure: unknown) =>
    italianArticle(String(article), String(figure)),
  );
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  env.registerHelper('gt', (a: unknown, b: unknown) => asNumber(a, 'gt') > asNumber(b, 'gt'));
  return env;
}

/** Compiles one template; `name` says which file and part, for error messages. */
export function compileText(env: typeof Handlebars, source: string, name: string): TextRenderer {
  let template: HandlebarsTemplateDelegate;
  try {
    template = precompiledTemplate(env, source) ?? env.compile(source, compileOptions());
  } catch (error) {
    throw new KamdeckError('TEMPLATE_INVALID', `template ${name}: ${(error as Error).message}`);
  }
  return (data) => {
    try {
      return template(data, {
        allowProtoPropertiesByDefault: false,
        allowProtoMethodsByDefault: false,
      }).trim();
    } catch (error) {
      throw new KamdeckError('TEMPLATE_INVALID', `template ${name}: ${readable(error)}`);
    }
  };
}

/** Handlebars says `"x" not defined in [object Object] - 3:12`; say which variable, and where. */
function readable(error: unknown): string {
  const message = (error as Error).message;
  const missing = /^"(.+)" not defined in .* - (\d+):(\d+)$/s.exec(message);
  if (missing === null) return message;
  const [, variable, line, column] = missing;
  return `variable "${variable}" is not defined (line ${line} of the part, column ${Number(column) + 1}); the slide gives no such value`;
}
