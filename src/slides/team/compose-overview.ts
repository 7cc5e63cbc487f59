/**
 * The team overview: a grid of person cards (person-card.ts) in sheet order, a caption saying what
 * the bars show, and a headline on coverage. More people than `cardsPerSlide` continue on further
 * slides, balanced (13 people at 12 a slide → 7 and 6).
 */
import { boundedMap, listLimit } from '../../compose/bounded-list.js';
import { bodyStyle, contentSlide } from '../../compose/chrome.js';
import { bodyBox, TYPE } from '../../compose/layout.js';
import type { SlideElement, SlideSpec } from '../../compose/spec.js';
import type { ComposeContext } from '../slide-module.js';
import type { MemberResult, TeamOverview } from './analyse.js';
import { CARD_MEASURES, cardBoxes, gridColumns } from './card-layout.js';
import { personCard } from './person-card.js';
import { balancedChunks } from './raci-layout.js';

export function composeOverview(
  overview: TeamOverview,
  cardsPerSlide: number,
  ctx: ComposeContext,
): SlideSpec[] {
  const pages = balancedChunks(overview.members, cardsPerSlide);
  const columns = gridColumns(Math.max(0, ...pages.map((page) => page.length)));
  const limit = listLimit(ctx);
  const uncovered = boundedMap(overview.uncovered, (account) => account.name, limit);
  const data = {
    ...overview,
    source: ctx.source,
    people: overview.members.length,
    uncoveredCount: overview.uncovered.length,
    uncoveredNames: uncovered.items.join(', '),
    uncoveredMore: uncovered.more,
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
      notes: ctx.text.render('team', 'overviewNotes', {
        ...page,
        shown: members.map((member) => noteData(member, limit)),
      }),
      theme: ctx.theme,
      elements: [
        ...members.flatMap((member, i) => {
          const area = boxes[i];
          return area === undefined ? [] : personCard(member, overview, area, ctx);
        }),
        caption,
      ],
    });
  });
}

/** A person's line in the notes: their accounts, at most `limit` of them. */
function noteData(member: MemberResult, limit: number) {
  const accounts = boundedMap(
    member.accounts,
    (account) => `${account.name} (${account.id})`,
    limit,
  );
  return {
    ...member,
    count: member.accounts.length,
    accountList: accounts.items.join(', '),
    accountMore: accounts.more,
  };
}
