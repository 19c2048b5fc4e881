export { assertValidSsml } from './assert-valid-ssml';
export type {
  SourcePosition,
  SourceSpan,
  SsmlDocument,
  SsmlElement,
  SsmlNode,
  SsmlText,
} from './ast';
export type {
  AmazonEffectOptions,
  AudioOptions,
  BreakStrength,
  EmphasisLevel,
  ExpressAsOptions,
  PhonemeOptions,
  PitchLabel,
  PitchOption,
  ProsodyOptions,
  RateLabel,
  SayAsOptions,
  SpeakOptions,
  VoiceOptions,
  VolumeLabel,
} from './builder/builder-options';
export { SsmlBuilder, type SsmlContent, ssml } from './builder/ssml-builder';
export { SsmlBuilderError } from './builder/ssml-builder-error';
export { canonicalizeSsml } from './canonicalize-ssml';
export { renderCapabilityTables } from './capabilities/capability-table';
export type {
  AttributeRule,
  AzureVoiceFamily,
  CapabilityDialect,
  DialectCapabilities,
  DialectLimits,
  DropRule,
  ElementRule,
  ElementTable,
  GoogleVoiceFamily,
  InputLimit,
  KeepRule,
  NumericRange,
  PitchForm,
  PollyVoiceFamily,
  RateForm,
  RootRule,
  ValueRule,
  VoiceFamily,
  VolumeForm,
} from './capabilities/capability-types';
export {
  azureVoiceFamilies,
  type DialectCapabilitiesOptions,
  getDialectCapabilities,
  googleVoiceFamilies,
  pollyVoiceFamilies,
} from './capabilities/dialect-capabilities';
export {
  type ChunkLimit,
  type ChunkSsmlOptions,
  chunkSsml,
  type SsmlChunk,
} from './chunking/chunk-ssml';
export type { CutKind } from './chunking/cut-points';
export { SsmlChunkError } from './chunking/ssml-chunk-error';
export type {
  AttributeDefinition,
  AttributeValueKind,
  ContentModel,
  ElementDefinition,
  ElementExtension,
  ElementPlacement,
  ElementVendor,
  NumberRange,
} from './elements/element-definition';
export {
  getAttributeDefinition,
  getElementDefinition,
  listElementDefinitions,
} from './elements/element-definitions';
export {
  isKnownElementName,
  type KnownElementName,
  knownElementNames,
  type VendorElementName,
  type W3cElementName,
} from './elements/element-names';
export {
  type NormalizeSsmlOptions,
  type NormalizeSsmlResult,
  normalizeSsml,
} from './normalize-ssml';
export type { SsmlNormalizationChange } from './normalize-ssml-change';
export { type ParseSsmlOptions, parseSsml } from './parse-ssml';
export {
  type Sentence,
  type SplitSentencesOptions,
  splitSentences,
} from './sentences/split-sentences';
export {
  type SerializeSsmlOptions,
  type SerializeSsmlResult,
  type SsmlDialect,
  serializeSsml,
} from './serialize-ssml';
export { SourceMap, type SourceMapSegment } from './source-map';
export { SourceMapBuilder } from './source-map-builder';
export {
  breakMilliseconds,
  planSpokenText,
  type SpokenTextPlan,
  type SpokenTextSegment,
} from './spoken-text-plan';
export type {
  SsmlDiagnostic,
  SsmlDiagnosticCode,
  SsmlDiagnosticSeverity,
} from './ssml-diagnostic';
export { SsmlLoweringError } from './ssml-lowering-error';
export { SsmlParseError } from './ssml-parse-error';
export { SsmlValidationError } from './ssml-validation-error';
export type { SsmlLoweringAction, SsmlWarning } from './ssml-warning';
export { textToSsmlDocument } from './text-to-ssml-document';
export { toPlainText } from './to-plain-text';
export { validateSsml } from './validate-ssml';
export type { SsmlValidationDialect, ValidateSsmlOptions } from './validate-ssml-options';
export { VERSION } from './version';
