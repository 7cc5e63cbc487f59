/** The deck frame: master (background, accent bar, footer, slide number, logo) and metadata. */
import type { DeckInfo } from '../model/model.js';
import type { ResolvedTheme } from '../theme/load-theme.js';
import { box, footerBox, LAYOUT, SLIDE, titleBox, TYPE } from './layout.js';
import type { Box, DeckSpec, MasterSpec, SlideSpec } from './spec.js';

const SLIDE_NUMBER_W_IN = 0.8;
const LOGO_H_IN = 0.45;

function footerText(deck: DeckInfo, theme: ResolvedTheme): string {
  const parts = [
    theme.footer.text,
    theme.footer.showConfidentiality ? deck.confidentiality : '',
    deck.period,
  ];
  return parts.filter((part) => part !== '').join('  ·  ');
}

/** Room kept between the logo and the footer or title text beside it. */
const LOGO_GAP_IN = 0.2;

/**
 * Where the logo sits: at most `widthIn` wide and as tall as its slot (beside the title, or in the
 * footer row), keeping the image's proportions, centred in the slot's height.
 */
export function logoBox(theme: ResolvedTheme): Box | undefined {
  if (theme.logo === undefined || theme.logoData === undefined) return undefined;
  const { position, widthIn } = theme.logo;
  const slotY = position === 'top-right' ? LAYOUT.titleYIn + 0.05 : LAYOUT.footerYIn;
  const slotH = position === 'top-right' ? LOGO_H_IN : LAYOUT.footerHIn;
  const image = theme.logoSizePx ?? { w: widthIn, h: slotH };
  const scale = Math.min(widthIn / image.w, slotH / image.h);
  const wIn = image.w * scale;
  const hIn = image.h * scale;
  const y = slotY + (slotH - hIn) / 2;
  const right = SLIDE.wIn - LAYOUT.marginXIn - wIn;
  if (position === 'top-right') return box(right, y, wIn, hIn);
  if (position === 'bottom-right') return box(right - SLIDE_NUMBER_W_IN, y, wIn, hIn);
  return box(LAYOUT.marginXIn, y, wIn, hIn);
}

/** The footer text's box: left of the slide number, and clear of a logo in the footer row. */
function footerTextBox(theme: ResolvedTheme, logo: Box | undefined): Box {
  const footer = footerBox();
  const area = { ...footer, wIn: footer.wIn - SLIDE_NUMBER_W_IN - LOGO_GAP_IN };
  if (logo === undefined || theme.logo?.position === 'top-right') return area;
  if (theme.logo?.position === 'bottom-left') {
    const shift = logo.wIn + LOGO_GAP_IN;
    return { ...area, xIn: area.xIn + shift, wIn: area.wIn - shift };
  }
  return { ...area, wIn: logo.xIn - LOGO_GAP_IN - area.xIn };
}

/** The title's box, narrowed to end before a logo at the top right. */
export function titleBoxBesideLogo(theme: ResolvedTheme): Box {
  const area = titleBox();
  const logo = logoBox(theme);
  if (logo === undefined || theme.logo?.position !== 'top-right') return area;
  return { ...area, wIn: logo.xIn - LOGO_GAP_IN - area.xIn };
}

export function composeMaster(deck: DeckInfo, theme: ResolvedTheme): MasterSpec {
  const logo = logoBox(theme);
  const master: MasterSpec = {
    slide: { wIn: SLIDE.wIn, hIn: SLIDE.hIn },
    background: theme.colors.light1,
    titleBackground: theme.titleSlide.background,
    accentBar: { box: box(0, 0, SLIDE.wIn, LAYOUT.accentBarHIn), color: theme.colors.accent1 },
    footer: {
      box: footerTextBox(theme, logo),
      text: footerText(deck, theme),
      color: theme.neutrals.muted,
      sizePt: TYPE.footerPt,
    },
  };
  if (theme.footer.showSlideNumber) {
    master.slideNumber = {
      box: box(
        SLIDE.wIn - LAYOUT.marginXIn - SLIDE_NUMBER_W_IN,
        LAYOUT.footerYIn,
        SLIDE_NUMBER_W_IN,
        LAYOUT.footerHIn,
      ),
      color: theme.neutrals.muted,
      sizePt: TYPE.footerPt,
    };
  }
  if (logo !== undefined && theme.logoData !== undefined)
    master.logo = { data: theme.logoData, box: logo };
  return master;
}

export function composeDeck(deck: DeckInfo, theme: ResolvedTheme, slides: SlideSpec[]): DeckSpec {
  return {
    meta: {
      title: deck.title,
      subject: [deck.client, deck.period].filter(Boolean).join(' — '),
      author: deck.author,
      company: deck.company,
    },
    timestamp: deck.asOf,
    fonts: { heading: theme.fonts.heading, body: theme.fonts.body },
    colorScheme: { name: theme.name, colors: { ...theme.colors } },
    master: composeMaster(deck, theme),
    slides,
  };
}
