/** The cover slide: title, subtitle, who it is for and by whom, as of when. */
import { z } from 'zod';
import { box, LAYOUT, SLIDE, TYPE } from '../../compose/layout.js';
import type { SlideSpec } from '../../compose/spec.js';
import { fitFontSize } from '../../compose/text-fit.js';
import type { DeckInfo, KamModel } from '../../model/model.js';
import { defineSlide, type ComposeContext } from '../slide-module.js';

export interface TitleParams {
  /** The account a one-account deck is about (e.g. an account plan); its name is in the text. */
  account?: string | undefined;
}

export interface TitleResult extends DeckInfo {
  account?: { id: string; name: string } | undefined;
}

export function analyseTitle(model: KamModel, params: TitleParams = {}): TitleResult {
  const account = model.accounts.find((candidate) => candidate.id === params.account);
  return {
    ...model.deck,
    account: account === undefined ? undefined : { id: account.id, name: account.name },
  };
}

export function composeTitle(deck: TitleResult, ctx: ComposeContext): SlideSpec[] {
  const { theme, text } = ctx;
  const data = { deck, asOf: deck.asOf, account: deck.account };
  const title = text.render('title', 'title', data);
  const subtitle = text.render('title', 'subtitle', data);
  const meta = text.render('title', 'meta', data);
  const x = LAYOUT.marginXIn + 0.3;
  const width = SLIDE.wIn - 2 * x;
  const colors = theme.titleSlide;
  return [
    {
      kind: 'title',
      master: 'title',
      title,
      notes: text.render('title', 'notes', data),
      elements: [
        { type: 'shape', shape: 'rect', box: box(x, 2.35, 1.4, 0.09), fill: colors.accent },
        {
          type: 'text',
          box: box(x, 2.6, width, 1.5),
          text: title,
          style: {
            font: 'heading',
            sizePt: fitFontSize(title, width, 1.5, TYPE.coverTitlePt, 24, true),
            color: colors.text,
            bold: true,
            valign: 'top',
            insetIn: 0,
          },
        },
        {
          type: 'text',
          box: box(x, 4.15, width, 0.8),
          text: subtitle,
          style: {
            font: 'body',
            sizePt: fitFontSize(subtitle, width, 0.8, TYPE.coverSubtitlePt, 14),
            color: colors.text,
            valign: 'top',
            insetIn: 0,
          },
        },
        {
          type: 'text',
          box: box(x, 5.5, width, 1.0),
          text: meta,
          style: {
            font: 'body',
            sizePt: TYPE.coverMetaPt,
            color: colors.text,
            valign: 'bottom',
            insetIn: 0,
          },
        },
      ],
    },
  ];
}

export const titleSlide = defineSlide({
  kind: 'title',
  description: 'Cover: title, subtitle, company and client, period and as-of date.',
  params: z
    .object({
      // --set title.account=1001 arrives as a number: account IDs are text.
      account: z
        .union([z.string().min(1), z.number()])
        .transform(String)
        .optional(),
    })
    .strict(),
  checkParams: (model, params) =>
    params.account !== undefined && !model.accounts.some((a) => a.id === params.account)
      ? `account "${params.account}" is not in the Accounts sheet`
      : undefined,
  analyse: analyseTitle,
  compose: composeTitle,
});
