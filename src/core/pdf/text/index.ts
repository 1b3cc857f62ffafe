export {
  countWords,
  measure,
  normaliseText,
  prepareText,
  type Chunk,
  type Paragraph,
  type PreparedText,
  type Span,
} from './prepare';
export { wrapPrepared, type LineSource, type SetLine, type SetText, type WrapOptions } from './wrap';
export { fitFlow, fitText, setText, type FitSubject, type FlowedText } from './fit';
export { baselineOf, blockTop, drawLine, drawSetText, type VerticalAlign } from './draw';
