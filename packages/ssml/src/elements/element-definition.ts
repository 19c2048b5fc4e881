import type { KnownElementName } from './element-names';

/** Who defines an element or attribute: W3C SSML 1.1 or a vendor's extension. */
export type ElementVendor = 'w3c' | 'amazon' | 'google' | 'microsoft';

/** A documented range: outside it vendors clamp or ignore the value. */
export type NumberRange = { minimum?: number; maximum?: number };

/**
 * The syntax an attribute value follows. Parsing a value of a kind uses the
 * parsers in `src/values/` where one exists (time, rate, pitch, volume).
 */
export type AttributeValueKind =
  /** One of `values`, case-sensitive. */
  | { kind: 'enum'; values: readonly string[] }
  /** An SSML Time Designation (`250ms`, `3s`); `range` in milliseconds. */
  | { kind: 'time'; range?: NumberRange }
  /** A prosody rate: a label or a percentage (vendor forms parse too). */
  | { kind: 'rate' }
  /** A prosody pitch or range: a label, `±Nst`, `±N%`, `NHz`, `±NHz`. */
  | { kind: 'pitch' }
  /** A prosody volume: a label or `±NdB` (Azure's forms parse too). */
  | { kind: 'volume' }
  /** A pitch contour: whitespace-separated `(position%,pitch)` pairs. */
  | { kind: 'contour' }
  /** A BCP 47 language tag (`en-US`). */
  | { kind: 'language' }
  /** A non-empty value without whitespace (xsd:token as used for names). */
  | { kind: 'token' }
  /** Whitespace-separated tokens, at least one. */
  | { kind: 'token-list' }
  /** An XML identifier (xsd:ID / NCName): `xml:id`. */
  | { kind: 'identifier' }
  /** A URI reference, non-empty and without whitespace. */
  | { kind: 'uri' }
  /**
   * A decimal number with an optional `unit` suffix. `sign`: whether a
   * leading `+`/`-` is forbidden (the default), optional or required.
   */
  | {
      kind: 'number';
      unit?: '%' | 'dB';
      sign?: 'forbidden' | 'optional' | 'required';
      integer?: boolean;
      range?: NumberRange;
    }
  /**
   * A percentage change: signed `±N%` is a change, unsigned `N%` an absolute
   * percentage (`100%` is no change). `range` bounds the change in percent.
   */
  | { kind: 'percentage-change'; range: NumberRange }
  /** Any text, the empty string included. */
  | { kind: 'text' };

export type AttributeDefinition = {
  /** Qualified name as written, e.g. `interpret-as`, `xml:lang`, `amazon:max-duration`. */
  name: string;
  required: boolean;
  value: AttributeValueKind;
  /** Set when a vendor adds the attribute to another's element; else the element's vendor. */
  vendor?: ElementVendor;
  description: string;
};

/**
 * What an element may contain. `mixed` is text plus the listed elements,
 * `elements` the listed elements only (whitespace allowed), `any` is not
 * checked (metadata schemas).
 */
export type ContentModel =
  | { kind: 'empty' }
  | { kind: 'text' }
  | { kind: 'mixed'; children: readonly KnownElementName[] }
  | { kind: 'elements'; children: readonly KnownElementName[] }
  | { kind: 'any' };

/** Where an element may appear, beyond its parent's content model. */
export type ElementPlacement = {
  /** The only parents allowed (`lexicon`: `speak`). */
  parents: readonly KnownElementName[];
  /** Further parents one vendor allows (Azure puts `lexicon` inside `voice`). */
  vendorParents?: Partial<Record<ElementVendor, readonly KnownElementName[]>>;
  /** Must precede all other elements and text of a `speak` parent (`lexicon`, `meta`). */
  leading?: boolean;
  /** Must be the first child of its parent (`mstts:backgroundaudio`). */
  first?: boolean;
  /** At most this many in a document. */
  maximumPerDocument?: number;
};

export type ElementDefinition = {
  name: KnownElementName;
  vendor: ElementVendor;
  description: string;
  attributes: readonly AttributeDefinition[];
  /** At least one of these must be present (`prosody`: an error when none is). */
  requiresOneOf?: readonly string[];
  /** At most one of these may be present (`meta`: `name` or `http-equiv`). */
  mutuallyExclusive?: readonly string[];
  content: ContentModel;
  placement?: ElementPlacement;
  /** Rules the fields above cannot express. */
  notes?: readonly string[];
};

/** Vendor attributes added to an element defined elsewhere (`amazon:max-duration` on `prosody`). */
export type ElementExtension = {
  element: KnownElementName;
  attributes: readonly AttributeDefinition[];
  /** Attributes that also satisfy the element's `requiresOneOf`. */
  requiresOneOf?: readonly string[];
};
