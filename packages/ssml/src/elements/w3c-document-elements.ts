import {
  fetchTimeoutAttribute,
  languageAttribute,
  languageFailureAttribute,
  maximumAgeAttributes,
} from './common-attributes';
import { blockContent, speakContent } from './content-groups';
import type { ElementDefinition } from './element-definition';

/** W3C SSML 1.1 document-level elements: `speak`, `lexicon`, `lookup`, `meta`, `metadata`. */
export const w3cDocumentElements: readonly ElementDefinition[] = [
  {
    name: 'speak',
    vendor: 'w3c',
    description: 'The root element.',
    attributes: [
      {
        name: 'version',
        required: false,
        value: { kind: 'enum', values: ['1.0', '1.1'] },
        description: 'The SSML version; required by W3C (serializeSsml adds it).',
      },
      {
        ...languageAttribute,
        description: 'The language of the document; required by W3C, not by vendors.',
      },
      {
        name: 'xml:base',
        required: false,
        value: { kind: 'uri' },
        description: 'The base URI for relative URIs.',
      },
      languageFailureAttribute,
    ],
    content: { kind: 'mixed', children: speakContent },
    notes: [
      'Nested only inside Google `media`.',
      'W3C requires version and xml:lang; Google and Polly need neither, Azure needs both.',
    ],
  },
  {
    name: 'lexicon',
    vendor: 'w3c',
    description: 'A pronunciation lexicon document, named for `lookup`.',
    attributes: [
      {
        name: 'uri',
        required: true,
        value: { kind: 'uri' },
        description: 'Where the lexicon is.',
      },
      {
        name: 'xml:id',
        required: true,
        value: { kind: 'identifier' },
        description: 'The name `lookup ref` uses; unique in the document.',
      },
      {
        name: 'type',
        required: false,
        value: { kind: 'token' },
        description: 'The media type; default application/pls+xml.',
      },
      fetchTimeoutAttribute,
      ...maximumAgeAttributes,
    ],
    content: { kind: 'empty' },
    placement: {
      parents: ['speak'],
      vendorParents: { microsoft: ['voice'] },
      leading: true,
    },
    notes: [
      'Only as an immediate child of speak, before all other content (Azure: in voice).',
    ],
  },
  {
    name: 'lookup',
    vendor: 'w3c',
    description: 'Looks up the tokens of its content in a lexicon first.',
    attributes: [
      {
        name: 'ref',
        required: true,
        value: { kind: 'token' },
        description: 'The xml:id of a lexicon element of the document.',
      },
    ],
    content: { kind: 'mixed', children: blockContent },
  },
  {
    name: 'meta',
    vendor: 'w3c',
    description: 'A metadata property; not spoken.',
    attributes: [
      {
        name: 'name',
        required: false,
        value: { kind: 'token' },
        description: 'The property name (seeAlso is the only defined one).',
      },
      {
        name: 'http-equiv',
        required: false,
        value: { kind: 'token' },
        description: 'An HTTP header name.',
      },
      {
        name: 'content',
        required: true,
        value: { kind: 'text' },
        description: 'The property value.',
      },
    ],
    requiresOneOf: ['name', 'http-equiv'],
    mutuallyExclusive: ['name', 'http-equiv'],
    content: { kind: 'empty' },
    placement: { parents: ['speak'], leading: true },
    notes: ['Exactly one of name and http-equiv.'],
  },
  {
    name: 'metadata',
    vendor: 'w3c',
    description: 'Metadata in any schema (RDF, Dublin Core); not spoken.',
    attributes: [],
    content: { kind: 'any' },
    placement: { parents: ['speak'], leading: true },
  },
];
