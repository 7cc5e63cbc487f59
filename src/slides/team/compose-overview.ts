/**
 * The team overview: one card per person — name, role and region, how many accounts they cover
 * with that revenue and its share, the divisions, their RACI load and largest accounts — and a bar
 * of their share of portfolio revenue. More people than `cardsPerSlide` continue on further slides.
 */
import { bodyStyle, contentSlide } from '../../compose/chrome.js';
import { bodyBox, TYPE } from '../../compose/layout.js';
import type { Box, SlideElement, SlideSpec, TextRun } from '../../compose/spec.js';
import type { ComposeContext } from '../slide-module.js';
import type { MemberResult, TeamOverview } from './analyse.js';
import { balancedChunks } from './raci-layout.js';
import {
  CARD_MEASURES,
  cardBoxes,
  fitCardLines,
  gridColumns,
  type CardLine,
} from './card-layout.js';

/** Accounts named on a card under "largest accounts". */
const LARGEST_SHOWN = 3;

function cardLines(member: MemberResult, overview: TeamOverview, ctx: ComposeContext): CardLine[] {
  const { theme, text } = ctx;
  const small: number = TYPE.smallPt;
  const data = {
    ...member,
    count: member.accounts.length,
    period: overview.period,
    largest: member.accounts
      .slice(0, LARGEST_SHOWN)
      .map((account) => account.name)
      .join(', '),
  };
  const covers = member.accounts.length > 0;
  return [
    {
      text: member.name,
      sizePt: TYPE.bodyPt + 1,
      bold: true,
      color: theme.colors.dark2,
      maxLines: 1,
      required: true,
    },
    {
      text: text.render('team', 'cardRole', data),
      sizePt: small,
      color: theme.neutrals.muted,
      maxLines: 1,
      required: true,
    },
    covers
      ? {
          text: text.render('team', 'cardAccounts', data),
          sizePt: small,
          bold: true,
          color: theme.colors.dark1,
          maxLines: 2,
          required: true,
        }
      : {
          text: text.render('team', 'cardNoAccounts', data),
          sizePt: small,
          color: theme.neutrals.muted,
          maxLines: 1,
          required: true,
        },
    {
      text: covers ? text.render('team', 'cardDivisions', data) : '',
      sizePt: small,
      color: theme.colors.dark1,
      maxLines: 2,
    },
    {
      text: member.raci === undefined ? '' : text.render('team', 'cardRaci', data),
      sizePt: small,
      color: theme.neutrals.muted,
      maxLines: 1,
    },
    {
      text: covers ? text.render('team', 'cardLargest', data) : '',
      sizePt: small - 1,
      color: theme.neutrals.muted,
      maxLines: 2,
    },
  ];
}

function card(
  member: MemberResult,
  overview: TeamOverview,
  area: Box,
  ctx: ComposeContext,
): SlideElement[] {
  const { theme } = ctx;
  const { accentHIn, insetIn, barHIn, widthMarginIn } = CARD_MEASURES;
  const barArea: Box = {
    xIn: area.xIn + insetIn,
    yIn: area.yIn + area.hIn - insetIn - barHIn,
    wIn: area.wIn - 2 * insetIn,
    hIn: barHIn,
  };
  const textBox: Box = {
    xIn: area.xIn,
    yIn: area.yIn + accentHIn,
    wIn: area.wIn,
    hIn: barArea.yIn - area.yIn - accentHIn - 0.02,
  };
  const fitted = fitCardLines(
    cardLines(member, overview, ctx),
    textBox.wIn - 2 * insetIn - widthMarginIn,
    textBox.hIn - 2 * insetIn,
  );
  const runs: TextRun[] = fitted.map((line) => ({
    text: line.text,
    sizePt: line.sizePt,
    color: line.color,
    bold: line.bold ?? false,
    breakLine: true,
  }));
  const elements: SlideElement[] = [
    { type: 'shape', shape: 'rect', box: area, fill: theme.neutrals.surface },
    { type: 'shape', shape: 'rect', box: { ...area, hIn: accentHIn }, fill: theme.colors.accent1 },
    { type: 'text', box: textBox, text: runs, style: bodyStyle(theme, { insetIn }) },
    { type: 'shape', shape: 'rect', box: barArea, fill: theme.neutrals.grid },
  ];
  if (member.revenueShare > 0)
    elements.push({
      type: 'shape',
      shape: 'rect',
      box: { ...barArea, wIn: barArea.wIn * Math.min(1, member.revenueShare) },
      fill: theme.colors.accent1,
    });
  return elements;
}

export function composeOverview(
  overview: TeamOverview,
  cardsPerSlide: number,
  ctx: ComposeContext,
): SlideSpec[] {
  const pages = balancedChunks(overview.members, cardsPerSlide);
  const columns = gridColumns(Math.max(0, ...pages.map((page) => page.length)));
  const data = {
    ...overview,
    source: ctx.source,
    people: overview.members.length,
    uncoveredCount: overview.uncovered.length,
    uncoveredNames: overview.uncovered.map((account) => account.name).join(', '),
    pages: pages.length,
  };
  return pages.map((members, index) => {
    const page = { ...data, page: index + 1 };
    const body = bodyBox();
    const gridArea = {
      ...body,
      hIn: body.hIn - CARD_MEASURES.captionHIn - CARD_MEASURES.gapIn / 2,
    };
    const captionArea = {
      ...body,
      yIn: body.yIn + body.hIn - CARD_MEASURES.captionHIn,
      hIn: CARD_MEASURES.captionHIn,
    };
    const boxes = cardBoxes(gridArea, members.length, columns);
    const caption: SlideElement = {
      type: 'text',
      box: captionArea,
      text: ctx.text.render('team', 'overviewCaption', page),
      style: bodyStyle(ctx.theme, {
        sizePt: TYPE.smallPt - 1,
        color: ctx.theme.neutrals.muted,
        valign: 'bottom',
      }),
    };
    return contentSlide({
      kind: 'team',
      title: ctx.text.render('team', 'overviewTitle', page),
      headline: ctx.text.render('team', 'overviewHeadline', page),
      notes: ctx.text.render('team', 'overviewNotes', { ...page, shown: members.map(noteData) }),
      theme: ctx.theme,
      elements: [
        ...members.flatMap((member, i) => {
          const area = boxes[i];
          return area === undefined ? [] : card(member, overview, area, ctx);
        }),
        caption,
      ],
    });
  });
}

function noteData(member: MemberResult) {
  return {
    ...member,
    count: member.accounts.length,
    accountList: member.accounts.map((account) => `${account.name} (${account.id})`).join(', '),
  };
}
