export type {
  SourcePosition,
  SourceSpan,
  SsmlDocument,
  SsmlElement,
  SsmlNode,
  SsmlText,
} from './ast';
export { canonicalizeSsml } from './canonicalize-ssml';
export { type ParseSsmlOptions, parseSsml } from './parse-ssml';
export {
  type SerializeSsmlResult,
  type SsmlDialect,
  serializeSsml,
} from './serialize-ssml';
export { SourceMap, type SourceMapSegment } from './source-map';
export { SourceMapBuilder } from './source-map-builder';
export { SsmlParseError } from './ssml-parse-error';
export {
  breakMilliseconds,
  planSpokenText,
  type SpokenTextPlan,
  type SpokenTextSegment,
} from './spoken-text-plan';
export type { SsmlLoweringAction, SsmlWarning } from './ssml-warning';
export { textToSsmlDocument } from './text-to-ssml-document';
export { toPlainText } from './to-plain-text';
export { VERSION } from './version';
