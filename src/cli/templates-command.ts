/** `kamdeck templates`: the bundled deck templates, one per line with what each holds. */
import { describeBundledTemplates } from '../templates/load-template.js';
import type { Output } from './report.js';

export async function runTemplates(output: Output): Promise<number> {
  const templates = await describeBundledTemplates();
  const width = Math.max(...templates.map((template) => template.name.length));
  const lines = templates.map(
    (template) =>
      `  ${template.name.padEnd(width)}  ${template.description} (text: ${template.languages.join(', ')})`,
  );
  output.out(
    [
      'Bundled templates (kamdeck build <input> --template <name>):',
      ...lines,
      'A template of your own: --template path/to/folder, whose template.json may "extends" a bundled template.',
    ].join('\n'),
  );
  return 0;
}
