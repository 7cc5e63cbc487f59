/** The agenda: the titles of the slides that follow, numbered. */
import { z } from 'zod';
import { contentSlide } from '../../compose/chrome.js';
import { bodyBox, box, TYPE } from '../../compose/layout.js';
import type { SlideElement, SlideSpec } from '../../compose/spec.js';
import { truncateToWidth } from '../../compose/text-fit.js';
import { defineSlide, type ComposeContext } from '../slide-module.js';

/** Up to this many entries fit one column at the agenda's type size. */
const ENTRIES_PER_COLUMN = 8;

function agendaEntries(items: readonly string[], ctx: ComposeContext): SlideElement[] {
  const area = bodyBox();
  const columns = items.length > ENTRIES_PER_COLUMN ? 2 : 1;
  const columnW = area.wIn / columns;
  const rowH = Math.min(0.6, area.hIn / Math.min(items.length, ENTRIES_PER_COLUMN));
  return items.flatMap((item, index) => {
    const column = Math.floor(index / ENTRIES_PER_COLUMN);
    const row = index % ENTRIES_PER_COLUMN;
    const x = area.xIn + column * columnW;
    const y = area.yIn + row * rowH;
    return [
      {
        type: 'text',
        box: box(x, y, 0.6, rowH),
        text: String(index + 1).padStart(2, '0'),
        style: {
          font: 'heading',
          sizePt: TYPE.titlePt - 6,
          color: ctx.theme.colors.accent1,
          bold: true,
          valign: 'middle',
        },
      },
      {
        type: 'text',
        box: box(x + 0.7, y, columnW - 0.9, rowH),
        text: truncateToWidth(item, columnW - 1.1, TYPE.headlinePt + 3),
        style: {
          font: 'body',
          sizePt: TYPE.headlinePt + 3,
          color: ctx.theme.colors.dark1,
          valign: 'middle',
        },
      },
    ] satisfies SlideElement[];
  });
}

export function composeAgenda(_: null, ctx: ComposeContext): SlideSpec[] {
  const data = { deck: ctx.deck, items: ctx.agenda, count: ctx.agenda.length };
  return [
    contentSlide({
      kind: 'agenda',
      title: ctx.text.render('agenda', 'title', data),
      headline: ctx.text.render('agenda', 'headline', data),
      notes: ctx.text.render('agenda', 'notes', data),
      theme: ctx.theme,
      elements: agendaEntries(ctx.agenda, ctx),
    }),
  ];
}

export const agendaSlide = defineSlide({
  kind: 'agenda',
  description: 'Agenda: the titles of the slides that follow.',
  params: z.object({}).strict(),
  analyse: () => null,
  compose: composeAgenda,
});
