export { exportPdf, PRINT_TIP, pdfMeta, warmUpPdf } from './export';
export { allFontFiles, loadFonts, defaultFontsDir, type Face, type FontSet, type LoadedFont } from './fonts';
export { theme, inch, mm } from './theme';
export { layoutQuarterFold, quarterFoldPanels, QUARTER_FOLD_INSTRUCTIONS } from './layouts/quarterFold';
export { layoutHalfFold, halfFoldPanels, HALF_FOLD_INSTRUCTIONS } from './layouts/halfFold';
export { layoutNote, noteTrim } from './layouts/note';
export { layoutLetter, letterTextBox, splitClosing, paginate } from './layouts/letter';
export { layoutEnvelope, envelopeFor, envelopeAnchors, ENVELOPE_LABELS } from './layouts/envelope';
export { ENVELOPE_SIZES, type EnvelopeSize, type ExportPdf, type PdfOptions, type PdfResult } from './types';
export { renderDesignFront, type ThumbnailOptions } from './thumbnail';
export {
  DEFAULT_DESIGN,
  DESIGN_IDS,
  DESIGNS,
  listDesigns,
  PALETTE_IDS,
  PALETTES,
  parseDesign,
  designChoiceSchema,
  type DesignChoice,
  type DesignId,
  type DesignListing,
  type Palette,
  type PaletteId,
} from './designs/catalog';
export { documentFromBlocks } from './documentFromBlocks';
