/** `kamdeck themes`: the bundled themes, one per line with what each looks like. */
import { describeBundledThemes } from '../theme/load-theme.js';
import type { Output } from './report.js';

export async function runThemes(output: Output): Promise<number> {
  const themes = await describeBundledThemes();
  const width = Math.max(...themes.map((theme) => theme.name.length));
  const lines = themes.map((theme) => `  ${theme.name.padEnd(width)}  ${theme.description}`);
  output.out(
    [
      'Bundled themes (kamdeck build <input> --theme <name>):',
      ...lines,
      'A theme of your own: --theme path/to/brand.json, which may "extends" a bundled theme.',
    ].join('\n'),
  );
  return 0;
}
