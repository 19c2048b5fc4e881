import type { AttributeDefinition } from './element-definition';

/** Attribute definitions several elements share. */

export const languageAttribute: AttributeDefinition = {
  name: 'xml:lang',
  required: false,
  value: { kind: 'language' },
  description: 'The natural language of the content (BCP 47).',
};

export const identifierAttribute: AttributeDefinition = {
  name: 'xml:id',
  required: false,
  value: { kind: 'identifier' },
  description: 'A name unique in the document.',
};

export const languageFailureAttribute: AttributeDefinition = {
  name: 'onlangfailure',
  required: false,
  value: {
    kind: 'enum',
    values: ['changevoice', 'ignoretext', 'ignorelang', 'processorchoice'],
  },
  description: 'What the processor does when it cannot speak the language.',
};

export const fetchTimeoutAttribute: AttributeDefinition = {
  name: 'fetchtimeout',
  required: false,
  value: { kind: 'time' },
  description: 'The timeout for fetching the resource.',
};

export const maximumAgeAttributes: readonly AttributeDefinition[] = [
  {
    name: 'maxage',
    required: false,
    value: { kind: 'number', integer: true },
    description: 'Use content no older than this many seconds (xsd:nonNegativeInteger).',
  },
  {
    name: 'maxstale',
    required: false,
    value: { kind: 'number', integer: true },
    description: 'Accept content this many seconds past expiry (xsd:nonNegativeInteger).',
  },
];

/** Amazon breath and auto-breath volumes. */
export const breathVolumeValues = [
  'default',
  'x-soft',
  'soft',
  'medium',
  'loud',
  'x-loud',
] as const;

/** Amazon breath and auto-breath durations. */
export const breathDurationValues = [
  'default',
  'x-short',
  'short',
  'medium',
  'long',
  'x-long',
] as const;
