/**
 * The org chart's measures at each text size it may use, largest first. Boxes have one width per
 * scale (a tidy tree reads best with equal boxes) and hold one line of name and two of title.
 * Every other measure (gaps, indents, frames) derives from the box, so one scale is one consistent
 * look; the smallest keeps all text at the deck's legible minimum.
 */
import { TYPE } from '../../compose/layout.js';
import { linesHeightIn } from '../../compose/text-fit.js';

export interface OrgScale {
  namePt: number;
  titlePt: number;
  /** Letter size of the decision-power badge and the legend. */
  badgePt: number;
  boxWIn: number;
  boxHIn: number;
  /** Inner padding of a box. */
  padIn: number;
  /** Diameter of the decision-power badge. */
  badgeIn: number;
  /** Horizontal gap between neighbouring boxes. */
  gapXIn: number;
  /** Vertical gap between reporting levels (room for the elbow connectors). */
  levelGapIn: number;
  /** Vertical gap between boxes stacked under one manager. */
  stackGapIn: number;
  /** How far left of a stack its connector spine runs. */
  indentIn: number;
  /** Gap between separate trees and groups. */
  blockGapIn: number;
  /** Inner padding of an external organisation's frame. */
  framePadIn: number;
  /** Height of the frame's label band. */
  frameLabelHIn: number;
  frameLabelPt: number;
}

/**
 * Text lines in a box: the name takes one line, or two when it is long, and the title the rest
 * (longer text ends with "…").
 */
export const BOX_LINES = 3;
export const MAX_NAME_LINES = 2;

/** Room for the taller of the two line mixes: 1 name + 2 title lines, or 2 name + 1 title line. */
function boxContentHIn(namePt: number, titlePt: number): number {
  return Math.max(
    ...[1, MAX_NAME_LINES].map(
      (nameLines) =>
        linesHeightIn(nameLines, namePt) + linesHeightIn(BOX_LINES - nameLines, titlePt),
    ),
  );
}

function scaleFor(namePt: number, titlePt: number, boxWIn: number): OrgScale {
  const padIn = 0.06;
  const boxHIn = 2 * padIn + boxContentHIn(namePt, titlePt) + 0.03;
  const gapXIn = Math.max(0.18, boxWIn * 0.14);
  return {
    namePt,
    titlePt,
    // The badge grows a little with the text, from the legible minimum at the smallest scale.
    badgePt: TYPE.minimumPt + (namePt - TYPE.minimumPt) * 0.3,
    boxWIn,
    boxHIn,
    padIn,
    badgeIn: 0.18 + (namePt - TYPE.minimumPt) * 0.012,
    gapXIn,
    levelGapIn: Math.max(0.26, boxHIn * 0.5),
    stackGapIn: 0.09,
    indentIn: gapXIn * 0.5,
    blockGapIn: gapXIn * 1.4,
    framePadIn: 0.1,
    frameLabelHIn: linesHeightIn(1, titlePt) + 0.08,
    frameLabelPt: titlePt,
  };
}

/** Largest first; the chart uses the largest at which everything fits. */
export const ORG_SCALES: readonly OrgScale[] = [
  scaleFor(13, 11, 2.2),
  scaleFor(12, 10, 2.0),
  scaleFor(11, 9.5, 1.8),
  scaleFor(10, 9, 1.62),
  scaleFor(9, 8.5, 1.45),
  scaleFor(TYPE.minimumPt, TYPE.minimumPt, 1.28),
];

/** Wider level gaps tried, widest first, when a chart leaves the slide's height half empty. */
export const LEVEL_GAP_STRETCH = [2, 1.5] as const;

export const SMALLEST_SCALE: OrgScale = ORG_SCALES[ORG_SCALES.length - 1] as OrgScale;
