/**
 * One person's box: relationship-coloured rounded box, name (★ for a key contact) and title, the
 * decision-power badge beside the name, a ring when the person is a stakeholder to win, and a
 * "+n more" tag when some of their reports are on another slide. The text block is centred
 * vertically and the badge follows its first line; everything stays inside the box (the ring just
 * outside it, within the gap to the neighbours).
 */
import type { ShapeElement, SlideElement, TextElement, TextRun } from '../../compose/spec.js';
import { linesHeightIn, textWidthIn } from '../../compose/text-fit.js';
import type { DecisionPower } from '../../model/stakeholders.js';
import type { ResolvedTheme } from '../../theme/load-theme.js';
import type { OrgPerson } from './analyse.js';
import { fitBoxText, type BoxText } from './box-text.js';
import { boxColours, contrastRatio } from './colors.js';
import { targetRingStyle } from './draw.js';
import { BOX_LINES, type OrgScale } from './scale.js';
import type { PlacedBox } from './tree-layout.js';

export interface BoxLabels {
  badge: Record<DecisionPower, string>;
  keyContactMark: string;
  /** "+3 more" */
  moreReports: (count: number) => string;
}

export interface BoxOptions {
  target: boolean;
  /** Reports of this person drawn on another slide. */
  hiddenReports: number;
}

const RING_OUTSET_IN = 0.05;
const TAG_H_IN = 0.16;
const BADGE_GAP_IN = 0.05;
/** Text on a box must reach this contrast (WCAG AA for small text). */
const MIN_CONTRAST = 4.5;

type Area = Pick<PlacedBox, 'xIn' | 'yIn' | 'wIn' | 'hIn'>;

function badgeElement(
  power: DecisionPower,
  centreYIn: number,
  box: Area,
  scale: OrgScale,
  theme: ResolvedTheme,
  label: string,
): ShapeElement {
  const { dark2, light1 } = theme.colors;
  const high = power === 'High';
  const ink = power === 'Low' ? theme.neutrals.muted : dark2;
  const size = scale.badgeIn;
  const xIn = box.xIn + box.wIn - scale.padIn - size;
  return {
    type: 'shape',
    shape: 'ellipse',
    box: { xIn, yIn: centreYIn - size / 2, wIn: size, hIn: size },
    fill: high ? dark2 : light1,
    line: { color: ink, widthPt: 1 },
    text: {
      value: label,
      style: {
        font: 'body',
        sizePt: scale.badgePt,
        color: high ? light1 : ink,
        bold: true,
        align: 'center',
        valign: 'middle',
        insetIn: 0,
      },
    },
  };
}

function tagElement(text: string, box: Area, scale: OrgScale, theme: ResolvedTheme): ShapeElement {
  const wIn = textWidthIn(text, scale.badgePt) + 0.12;
  const yIn = box.yIn + box.hIn - scale.padIn / 2 - TAG_H_IN;
  return {
    type: 'shape',
    shape: 'roundRect',
    box: { xIn: box.xIn + box.wIn - scale.padIn - wIn, yIn, wIn, hIn: TAG_H_IN },
    fill: theme.colors.light1,
    line: { color: theme.neutrals.muted, widthPt: 0.75 },
    text: {
      value: text,
      style: {
        font: 'body',
        sizePt: scale.badgePt,
        color: theme.neutrals.muted,
        align: 'center',
        valign: 'middle',
        insetIn: 0,
      },
    },
  };
}

/**
 * The first line shares its row with the badge; the text block is centred, so any later line may
 * end up beside the "+n more" tag in the bottom corner.
 */
function lineWidths(scale: OrgScale, tagWIn: number): number[] {
  const inner = scale.boxWIn - 2 * scale.padIn;
  return Array.from({ length: BOX_LINES }, (_, index) =>
    index === 0 ? inner - scale.badgeIn - BADGE_GAP_IN : inner - tagWIn,
  );
}

function textRuns(content: BoxText, star: string, scale: OrgScale, ink: Record<string, string>) {
  const lines = [
    ...content.name.map((text) => ({ text, bold: true, color: ink.name, sizePt: scale.namePt })),
    ...content.title.map((text) => ({ text, color: ink.title, sizePt: scale.titlePt })),
  ];
  const runs: TextRun[] = lines.map((line, index) => ({
    ...line,
    breakLine: index < lines.length - 1,
  }));
  const starRun = { text: star, bold: true, color: ink.star, sizePt: scale.namePt };
  return star === '' ? runs : [starRun, ...runs];
}

function contentHeightIn(content: BoxText, scale: OrgScale): number {
  return (
    linesHeightIn(content.name.length, scale.namePt) +
    linesHeightIn(content.title.length, scale.titlePt)
  );
}

export function personBoxElements(
  person: OrgPerson,
  box: Area,
  scale: OrgScale,
  theme: ResolvedTheme,
  labels: BoxLabels,
  options: BoxOptions,
): SlideElement[] {
  const colours = boxColours(person.relationship, theme);
  const mutedReadable = contrastRatio(colours.fill, theme.neutrals.muted) >= MIN_CONTRAST;
  const ink = {
    name: colours.text,
    title: mutedReadable ? theme.neutrals.muted : colours.text,
    star: theme.colors.accent2,
  };
  const more = options.hiddenReports > 0 ? labels.moreReports(options.hiddenReports) : undefined;
  const tag = more === undefined ? undefined : tagElement(more, box, scale, theme);
  const star = person.keyContact ? `${labels.keyContactMark} ` : '';
  const content = fitBoxText(
    person.name,
    person.title,
    lineWidths(scale, tag === undefined ? 0 : tag.box.wIn + BADGE_GAP_IN),
    textWidthIn(star, scale.namePt, true),
    scale,
  );
  // The text block is centred by placing its frame, so the badge can sit on its first line.
  const textHIn = contentHeightIn(content, scale) + 2 * scale.padIn;
  const textYIn = box.yIn + (box.hIn - textHIn) / 2;
  const text: TextElement = {
    type: 'text',
    box: { xIn: box.xIn, yIn: textYIn, wIn: box.wIn, hIn: textHIn },
    text: textRuns(content, star, scale, ink),
    style: {
      font: 'body',
      sizePt: scale.namePt,
      color: colours.text,
      valign: 'top',
      insetIn: scale.padIn,
    },
  };
  const firstLineMidIn = textYIn + scale.padIn + linesHeightIn(1, scale.namePt) / 2;
  const ringBox = {
    xIn: box.xIn - RING_OUTSET_IN,
    yIn: box.yIn - RING_OUTSET_IN,
    wIn: box.wIn + 2 * RING_OUTSET_IN,
    hIn: box.hIn + 2 * RING_OUTSET_IN,
  };
  return [
    ...(options.target
      ? [{ type: 'shape', shape: 'roundRect', box: ringBox, line: targetRingStyle(theme) } as const]
      : []),
    {
      type: 'shape',
      shape: 'roundRect',
      box: { xIn: box.xIn, yIn: box.yIn, wIn: box.wIn, hIn: box.hIn },
      fill: colours.fill,
      line: { color: colours.border, widthPt: 1.25 },
    },
    text,
    badgeElement(
      person.decisionPower,
      firstLineMidIn,
      box,
      scale,
      theme,
      labels.badge[person.decisionPower],
    ),
    ...(tag === undefined ? [] : [tag]),
  ];
}
