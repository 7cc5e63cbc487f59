/** Text, shapes and tables from the spec to pptxgenjs calls. */
import type {
  Box,
  DeckSpec,
  FontRole,
  ShapeElement,
  TableElement,
  TextElement,
  TextRun,
  TextStyle,
} from '../../compose/spec.js';
import type { Presentation, PptxSlide, PptxTableRow, PptxTextProps } from './pptxgen.js';

const POINTS_PER_INCH = 72;

export function position(box: Box): { x: number; y: number; w: number; h: number } {
  return { x: box.xIn, y: box.yIn, w: box.wIn, h: box.hIn };
}

export function fontFace(fonts: DeckSpec['fonts'], role: FontRole): string {
  return role === 'heading' ? fonts.heading : fonts.body;
}

function styleOptions(style: TextStyle, fonts: DeckSpec['fonts']) {
  return {
    fontFace: fontFace(fonts, style.font),
    fontSize: style.sizePt,
    color: style.color,
    bold: style.bold ?? false,
    italic: style.italic ?? false,
    align: style.align ?? 'left',
    valign: style.valign ?? 'top',
    ...(style.fill === undefined ? {} : { fill: { color: style.fill } }),
    ...(style.insetIn === undefined ? {} : { margin: style.insetIn * POINTS_PER_INCH }),
    ...(style.shrinkToFit === true ? { fit: 'shrink' as const } : {}),
  };
}

function runProps(run: TextRun): PptxTextProps {
  return {
    text: run.text,
    options: {
      ...(run.bold === undefined ? {} : { bold: run.bold }),
      ...(run.italic === undefined ? {} : { italic: run.italic }),
      ...(run.color === undefined ? {} : { color: run.color }),
      ...(run.sizePt === undefined ? {} : { fontSize: run.sizePt }),
      ...(run.breakLine === true ? { breakLine: true } : {}),
      ...(run.bullet === true ? { bullet: true } : {}),
    },
  };
}

export function addText(slide: PptxSlide, element: TextElement, fonts: DeckSpec['fonts']): void {
  const content = typeof element.text === 'string' ? element.text : element.text.map(runProps);
  slide.addText(content, { ...position(element.box), ...styleOptions(element.style, fonts) });
}

const SHAPE_NAMES = {
  rect: 'rect',
  roundRect: 'roundRect',
  ellipse: 'ellipse',
  diamond: 'diamond',
  line: 'line',
} as const;

export function addShape(
  pptx: Presentation,
  slide: PptxSlide,
  element: ShapeElement,
  fonts: DeckSpec['fonts'],
): void {
  const shapeType = pptx.ShapeType[SHAPE_NAMES[element.shape]];
  const options = {
    ...position(element.box),
    ...(element.fill === undefined ? {} : { fill: { color: element.fill } }),
    ...(element.line === undefined
      ? {}
      : {
          line: {
            color: element.line.color,
            width: element.line.widthPt,
            dashType: element.line.dash ?? 'solid',
            ...(element.line.endArrow === undefined ? {} : { endArrowType: element.line.endArrow }),
          },
        }),
    ...(element.shape === 'roundRect' ? { rectRadius: 0.08 } : {}),
    ...(element.flipH === true ? { flipH: true } : {}),
    ...(element.flipV === true ? { flipV: true } : {}),
  };
  if (element.text === undefined) slide.addShape(shapeType, options);
  else
    slide.addText(element.text.value, {
      shape: shapeType,
      ...options,
      ...styleOptions(element.text.style, fonts),
      ...(element.fill === undefined ? {} : { fill: { color: element.fill } }),
    });
}

export function addTable(slide: PptxSlide, element: TableElement, fonts: DeckSpec['fonts']): void {
  const { style } = element;
  const border = { type: 'solid' as const, pt: 0.75, color: style.borderColor };
  const rows: PptxTableRow[] = element.rows.map((row, rowIndex) =>
    row.map((cell) => {
      const header = rowIndex === 0;
      return {
        text: cell.text,
        options: {
          bold: cell.bold ?? header,
          color: cell.color ?? (header ? style.headerColor : style.color),
          align: cell.align ?? 'left',
          valign: 'middle' as const,
          ...(header
            ? { fill: { color: cell.fill ?? style.headerFill } }
            : cell.fill === undefined
              ? {}
              : { fill: { color: cell.fill } }),
        },
      };
    }),
  );
  slide.addTable(rows, {
    ...position(element.box),
    colW: element.columnWidthsIn,
    rowH: element.rowHeightsIn ?? style.rowHeightIn,
    fontFace: fontFace(fonts, style.font),
    fontSize: style.sizePt,
    border: [border, border, border, border],
    margin: [0.02, 0.06, 0.02, 0.06],
    autoPage: false,
  });
}
