/**
 * The legend strip under the chart: relationship colours, decision-power badges, and — only when
 * the slide shows them — key contact, stakeholder to win, influence, conflict and route lines.
 * Items are measured and centred on one line; the text shrinks to the legible minimum if needed.
 */
import { TYPE } from '../../compose/layout.js';
import type { Box, ShapeElement, SlideElement } from '../../compose/spec.js';
import { textWidthIn } from '../../compose/text-fit.js';
import type { Relationship } from '../../model/stakeholders.js';
import type { ResolvedTheme } from '../../theme/load-theme.js';
import { boxColours } from './colors.js';
import { influenceLineStyle, lineElement, targetRingStyle } from './draw.js';

export type LegendMarker =
  | { kind: 'relationship'; relationship: Relationship }
  | { kind: 'badges'; letters: [string, string, string] }
  | { kind: 'star'; mark: string }
  | { kind: 'ring' }
  | { kind: 'line'; style: 'Influence' | 'Conflict' | 'Route' };

export interface LegendItem {
  marker: LegendMarker;
  label: string;
}

const MARKER_H_IN = 0.19;
const MARKER_GAP_IN = 0.06;
const LEGEND_PT = [9, TYPE.minimumPt] as const;

function markerWidthIn(marker: LegendMarker): number {
  switch (marker.kind) {
    case 'badges':
      return 3 * MARKER_H_IN + 2 * 0.03;
    case 'line':
      return 0.4;
    case 'star':
      return 0.14;
    default:
      return 0.28;
  }
}

function itemWidthIn(item: LegendItem, sizePt: number): number {
  return markerWidthIn(item.marker) + MARKER_GAP_IN + textWidthIn(item.label, sizePt) + 0.05;
}

function badgeShapes(
  letters: readonly string[],
  xIn: number,
  yIn: number,
  theme: ResolvedTheme,
): ShapeElement[] {
  const { dark2, light1 } = theme.colors;
  const inks = [dark2, dark2, theme.neutrals.muted];
  return letters.map((letter, index) => ({
    type: 'shape',
    shape: 'ellipse',
    box: { xIn: xIn + index * (MARKER_H_IN + 0.03), yIn, wIn: MARKER_H_IN, hIn: MARKER_H_IN },
    fill: index === 0 ? dark2 : light1,
    line: { color: inks[index] ?? dark2, widthPt: 0.75 },
    text: {
      value: letter,
      style: {
        font: 'body',
        sizePt: TYPE.minimumPt,
        color: index === 0 ? light1 : (inks[index] ?? dark2),
        bold: true,
        align: 'center',
        valign: 'middle',
        insetIn: 0,
      },
    },
  }));
}

function markerElements(
  marker: LegendMarker,
  xIn: number,
  midIn: number,
  theme: ResolvedTheme,
): SlideElement[] {
  const top = midIn - MARKER_H_IN / 2;
  const wIn = markerWidthIn(marker);
  switch (marker.kind) {
    case 'relationship': {
      const colours = boxColours(marker.relationship, theme);
      return [
        {
          type: 'shape',
          shape: 'roundRect',
          box: { xIn, yIn: top, wIn, hIn: MARKER_H_IN },
          fill: colours.fill,
          line: { color: colours.border, widthPt: 1.25 },
        },
      ];
    }
    case 'badges':
      return badgeShapes(marker.letters, xIn, top, theme);
    case 'star':
      return [
        {
          type: 'text',
          box: { xIn, yIn: top - 0.04, wIn, hIn: MARKER_H_IN + 0.08 },
          text: marker.mark,
          style: {
            font: 'body',
            sizePt: 11,
            color: theme.colors.accent2,
            bold: true,
            align: 'center',
            valign: 'middle',
            insetIn: 0,
          },
        },
      ];
    case 'ring':
      return [
        {
          type: 'shape',
          shape: 'roundRect',
          box: { xIn, yIn: top, wIn, hIn: MARKER_H_IN },
          line: targetRingStyle(theme),
        },
      ];
    case 'line': {
      const style = influenceLineStyle(
        {
          kind: marker.style === 'Conflict' ? 'Conflict' : 'Influence',
          route: marker.style === 'Route',
        },
        theme,
      );
      return [lineElement({ x1In: xIn, y1In: midIn, x2In: xIn + wIn, y2In: midIn }, style)];
    }
  }
}

export function legendElements(
  items: readonly LegendItem[],
  area: Box,
  theme: ResolvedTheme,
): SlideElement[] {
  const sizePt = LEGEND_PT.find((size) => widthAt(items, size) <= area.wIn) ?? TYPE.minimumPt;
  const total = widthAt(items, sizePt);
  const gap =
    items.length > 1 ? Math.min(0.3, Math.max(0.1, (area.wIn - total) / (items.length - 1))) : 0;
  let x = area.xIn + Math.max(0, (area.wIn - total - gap * (items.length - 1)) / 2);
  const mid = area.yIn + area.hIn / 2;
  return items.flatMap((item) => {
    const markerW = markerWidthIn(item.marker);
    const labelX = x + markerW + MARKER_GAP_IN;
    const labelW = textWidthIn(item.label, sizePt) + 0.05;
    const elements: SlideElement[] = [
      ...markerElements(item.marker, x, mid, theme),
      {
        type: 'text',
        box: { xIn: labelX, yIn: area.yIn, wIn: labelW, hIn: area.hIn },
        text: item.label,
        style: { font: 'body', sizePt, color: theme.neutrals.muted, valign: 'middle', insetIn: 0 },
      },
    ];
    x += itemWidthIn(item, sizePt) + gap;
    return elements;
  });
}

function widthAt(items: readonly LegendItem[], sizePt: number): number {
  return items.reduce((sum, item) => sum + itemWidthIn(item, sizePt), 0) + 0.1 * (items.length - 1);
}
