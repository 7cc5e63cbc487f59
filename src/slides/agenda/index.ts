/**
 * The agenda: the titles of the slides that follow, numbered; in a deck with section dividers, the
 * sections, each with the titles of its slides beneath it.
 */
import { z } from 'zod';
import { contentSlide } from '../../compose/chrome.js';
import { bodyBox, box, TYPE } from '../../compose/layout.js';
import type { Box, SlideElement, SlideSpec } from '../../compose/spec.js';
import { linesHeightIn, truncateToLines, truncateToWidth } from '../../compose/text-fit.js';
import { defineSlide, type ComposeContext } from '../slide-module.js';

/** Up to this many entries fit one column at the agenda's type size. */
const ENTRIES_PER_COLUMN = 8;
/** Row height of an entry: a title line, or (sections) a title line and the slides beneath it. */
const ROW_MAX_H_IN = 0.6;
const SECTION_ROW_MAX_H_IN = 1.2;
const DETAIL_PT = TYPE.bodyPt;

function numberAndTitle(item: string, index: number, at: Box, ctx: ComposeContext): SlideElement[] {
  return [
    {
      type: 'text',
      box: box(at.xIn, at.yIn, 0.6, at.hIn),
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
      box: box(at.xIn + 0.7, at.yIn, at.wIn - 0.9, at.hIn),
      text: truncateToWidth(item, at.wIn - 1.1, TYPE.headlinePt + 3),
      style: {
        font: 'body',
        sizePt: TYPE.headlinePt + 3,
        color: ctx.theme.colors.dark1,
        valign: 'middle',
      },
    },
  ];
}

/** Under a section's title: the titles of its slides, muted, in the lines the row has left. */
function detailElement(detail: string, at: Box, ctx: ComposeContext): SlideElement[] {
  const widthIn = at.wIn - 0.9;
  const lines = Math.floor((at.hIn - 0.1) / linesHeightIn(1, DETAIL_PT));
  if (detail === '' || lines < 1) return [];
  return [
    {
      type: 'text',
      box: box(at.xIn + 0.7, at.yIn, widthIn, at.hIn),
      text: truncateToLines(detail, widthIn - 0.2, DETAIL_PT, lines),
      style: { font: 'body', sizePt: DETAIL_PT, color: ctx.theme.neutrals.muted, valign: 'top' },
    },
  ];
}

function agendaEntries(items: readonly string[], ctx: ComposeContext): SlideElement[] {
  const area = bodyBox();
  const details = ctx.agendaDetails;
  const columns = items.length > ENTRIES_PER_COLUMN ? 2 : 1;
  const columnW = area.wIn / columns;
  const maxRowH = details === undefined ? ROW_MAX_H_IN : SECTION_ROW_MAX_H_IN;
  const rowH = Math.min(maxRowH, area.hIn / Math.min(items.length, ENTRIES_PER_COLUMN));
  const titleH = Math.min(ROW_MAX_H_IN, rowH);
  return items.flatMap((item, index) => {
    const x = area.xIn + Math.floor(index / ENTRIES_PER_COLUMN) * columnW;
    const y = area.yIn + (index % ENTRIES_PER_COLUMN) * rowH;
    const detail = details?.[index] ?? '';
    return [
      ...numberAndTitle(item, index, box(x, y, columnW, titleH), ctx),
      ...detailElement(detail, box(x, y + titleH, columnW, rowH - titleH), ctx),
    ];
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
  description: 'Agenda: the sections of the deck (or the titles of the slides) that follow.',
  params: z.object({}).strict(),
  analyse: () => null,
  compose: composeAgenda,
});
