/**
 * Drawing primitives of the org chart as spec elements: straight lines (any direction, via flips),
 * group frames, and the line styles of reporting, influence, conflict and route lines.
 */
import type { LineStyle, ShapeElement, TextElement } from '../../compose/spec.js';
import { truncateToWidth } from '../../compose/text-fit.js';
import type { ResolvedTheme } from '../../theme/load-theme.js';
import type { Segment } from './connectors.js';
import type { InfluenceLine } from './influence-lines.js';
import type { GroupFrame } from './page-layout.js';
import type { Point } from './route-geometry.js';
import type { OrgScale } from './scale.js';

/** A line from (x1, y1) to (x2, y2): pptxgenjs draws top-left → bottom-right, flips do the rest. */
export function lineElement(segment: Segment, line: LineStyle): ShapeElement {
  const { x1In, y1In, x2In, y2In } = segment;
  return {
    type: 'shape',
    shape: 'line',
    box: {
      xIn: Math.min(x1In, x2In),
      yIn: Math.min(y1In, y2In),
      wIn: Math.abs(x2In - x1In),
      hIn: Math.abs(y2In - y1In),
    },
    line,
    ...(x2In < x1In ? { flipH: true } : {}),
    ...(y2In < y1In ? { flipV: true } : {}),
  };
}

/** A line through `points`; an arrowhead only at the very end. */
export function polylineElements(points: readonly Point[], line: LineStyle): ShapeElement[] {
  const { endArrow: _arrow, ...plain } = line;
  return points.slice(1).flatMap((point, index) => {
    const previous = points[index];
    if (previous === undefined) return [];
    const segment = { x1In: previous.xIn, y1In: previous.yIn, x2In: point.xIn, y2In: point.yIn };
    return [lineElement(segment, index === points.length - 2 ? line : plain)];
  });
}

export function reportingLineStyle(theme: ResolvedTheme): LineStyle {
  return { color: theme.neutrals.muted, widthPt: 1 };
}

export function influenceLineStyle(
  line: Pick<InfluenceLine, 'kind' | 'route'>,
  theme: ResolvedTheme,
): LineStyle {
  if (line.kind === 'Conflict') return { color: theme.status.bad, widthPt: 1.5, dash: 'sysDot' };
  if (line.route)
    return { color: theme.status.good, widthPt: 2.5, dash: 'sysDot', endArrow: 'triangle' };
  return { color: theme.colors.dark2, widthPt: 1.5, dash: 'sysDot', endArrow: 'triangle' };
}

/** The ring around a stakeholder to win. */
export function targetRingStyle(theme: ResolvedTheme): LineStyle {
  return { color: theme.colors.dark2, widthPt: 2.25 };
}

export function frameElements(
  frame: GroupFrame,
  scale: OrgScale,
  theme: ResolvedTheme,
): [ShapeElement, TextElement] {
  const label = truncateToWidth(
    frame.label,
    frame.labelBox.wIn - 2 * scale.framePadIn,
    scale.frameLabelPt,
    true,
  );
  return [
    {
      type: 'shape',
      shape: 'roundRect',
      box: frame.box,
      fill: theme.neutrals.surface,
      line: { color: theme.neutrals.grid, widthPt: 1, dash: 'dash' },
    },
    {
      type: 'text',
      box: frame.labelBox,
      text: label,
      style: {
        font: 'body',
        sizePt: scale.frameLabelPt,
        color: theme.neutrals.muted,
        bold: true,
        align: 'left',
        valign: 'middle',
        insetIn: scale.framePadIn,
      },
    },
  ];
}
