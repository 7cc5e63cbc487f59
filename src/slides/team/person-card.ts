/**
 * One person's card on the team overview: name, role and region, accounts covered with their
 * revenue and share, divisions, RACI load and largest accounts — as many lines as fit, none
 * clipped — over a bar of the person's share of portfolio revenue.
 */
import { bodyStyle } from '../../compose/chrome.js';
import { TYPE } from '../../compose/layout.js';
import type { Box, SlideElement, TextRun } from '../../compose/spec.js';
import type { ComposeContext } from '../slide-module.js';
import type { MemberResult, TeamOverview } from './analyse.js';
import { CARD_MEASURES, fitCardLines, type CardLine } from './card-layout.js';

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

export function personCard(
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
  const runs: TextRun[] = fitted.map((line, index) => ({
    text: line.text,
    sizePt: line.sizePt,
    color: line.color,
    bold: line.bold ?? false,
    ...(index < fitted.length - 1 ? { breakLine: true } : {}),
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
