/** The deck frame: master (background, accent bar, footer, slide number, logo) and metadata. */
import type { DeckInfo } from '../model/model.js';
import type { ResolvedTheme } from '../theme/load-theme.js';
import { box, footerBox, LAYOUT, SLIDE, TYPE } from './layout.js';
import type { DeckSpec, MasterSpec, SlideSpec } from './spec.js';

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

function logoBox(theme: ResolvedTheme): MasterSpec['logo'] {
  if (theme.logo === undefined || theme.logoData === undefined) return undefined;
  const wIn = theme.logo.widthIn;
  const right = SLIDE.wIn - LAYOUT.marginXIn - wIn;
  const positions = {
    'top-right': box(right, LAYOUT.titleYIn + 0.05, wIn, LOGO_H_IN),
    'bottom-right': box(right - SLIDE_NUMBER_W_IN, LAYOUT.footerYIn, wIn, LAYOUT.footerHIn),
    'bottom-left': box(LAYOUT.marginXIn, LAYOUT.footerYIn, wIn, LAYOUT.footerHIn),
  };
  return { data: theme.logoData, box: positions[theme.logo.position] };
}

export function composeMaster(deck: DeckInfo, theme: ResolvedTheme): MasterSpec {
  const footer = footerBox();
  const logo = logoBox(theme);
  const master: MasterSpec = {
    slide: { wIn: SLIDE.wIn, hIn: SLIDE.hIn },
    background: theme.colors.light1,
    titleBackground: theme.titleSlide.background,
    accentBar: { box: box(0, 0, SLIDE.wIn, LAYOUT.accentBarHIn), color: theme.colors.accent1 },
    footer: {
      box: { ...footer, wIn: footer.wIn - SLIDE_NUMBER_W_IN - 0.2 },
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
  if (logo !== undefined) master.logo = logo;
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
