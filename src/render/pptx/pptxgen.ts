/**
 * The one import of pptxgenjs in the code base.
 *
 * pptxgenjs ships an `export default` declaration with `export as namespace`, which TypeScript's
 * NodeNext resolution does not treat as a constructible default (TS2351 on `new pptxgen()`). This
 * module re-exports the constructor and the types we need, so the rest of `render/pptx/` is typed.
 */
import * as pptxModule from 'pptxgenjs';
import type * as Pptx from 'pptxgenjs';

export type Presentation = Pptx.default;
export type PptxSlide = Pptx.default.Slide;
export type PptxChartData = Pptx.default.OptsChartData;
export type PptxChartOptions = Pptx.default.IChartOpts;
export type PptxTextProps = Pptx.default.TextProps;
export type PptxTableRow = Pptx.default.TableRow;
export type PptxShapeProps = Pptx.default.ShapeProps;
export type PptxImageProps = Pptx.default.ImageProps;
export type PptxChartName = Pptx.default.CHART_NAME;

type PresentationConstructor = new () => Presentation;

const loaded = pptxModule as unknown as {
  default: PresentationConstructor | { default: PresentationConstructor };
};

/** The pptxgenjs constructor, whichever way the runtime wrapped the default export. */
export const PptxGenJS: PresentationConstructor =
  typeof loaded.default === 'function' ? loaded.default : loaded.default.default;
