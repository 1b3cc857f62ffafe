export {
  defaultFontsDir,
  fontsOf,
  IGNORABLE,
  loadFont,
  loadFonts,
  type Face,
  type FontSet,
  type LoadedFont,
} from './load';
export { allFontFiles, EMOJI_FONT, FALLBACK_FONTS, PRIMARY_FONTS, type FontFile } from './catalog';
