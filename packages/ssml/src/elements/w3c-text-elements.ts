import {
  identifierAttribute,
  languageAttribute,
  languageFailureAttribute,
} from './common-attributes';
import {
  blockContent,
  paragraphContent,
  sentenceContent,
  tokenContent,
} from './content-groups';
import type { AttributeDefinition, ElementDefinition } from './element-definition';

const structureAttributes: readonly AttributeDefinition[] = [
  languageAttribute,
  identifierAttribute,
  languageFailureAttribute,
];

const tokenAttributes: readonly AttributeDefinition[] = [
  {
    name: 'role',
    required: false,
    value: { kind: 'token-list' },
    description: 'Whitespace-separated QNames, e.g. Polly `amazon:VB`.',
  },
  languageAttribute,
  identifierAttribute,
];

/** W3C SSML 1.1 text structure and text interpretation elements. */
export const w3cTextElements: readonly ElementDefinition[] = [
  {
    name: 'p',
    vendor: 'w3c',
    description: 'A paragraph.',
    attributes: structureAttributes,
    content: { kind: 'mixed', children: paragraphContent },
  },
  {
    name: 's',
    vendor: 'w3c',
    description: 'A sentence.',
    attributes: structureAttributes,
    content: { kind: 'mixed', children: sentenceContent },
  },
  {
    name: 'token',
    vendor: 'w3c',
    description: 'One token (word), for languages without spaces between words.',
    attributes: tokenAttributes,
    content: { kind: 'mixed', children: tokenContent },
  },
  {
    name: 'w',
    vendor: 'w3c',
    description: 'A synonym of token.',
    attributes: tokenAttributes,
    content: { kind: 'mixed', children: tokenContent },
  },
  {
    name: 'say-as',
    vendor: 'w3c',
    description: 'How to read the text: a date, digits, characters…',
    attributes: [
      {
        name: 'interpret-as',
        required: true,
        value: { kind: 'token' },
        description: 'The content type; values are per vendor (SSML 1.1 defines none).',
      },
      {
        name: 'format',
        required: false,
        value: { kind: 'token' },
        description: 'A hint such as mdy for dates.',
      },
      {
        name: 'detail',
        required: false,
        value: { kind: 'token' },
        description: 'The level of detail to read.',
      },
    ],
    content: { kind: 'text' },
  },
  {
    name: 'sub',
    vendor: 'w3c',
    description: 'Speaks the alias instead of the text.',
    attributes: [
      {
        name: 'alias',
        required: true,
        value: { kind: 'text' },
        description: 'The text to speak.',
      },
    ],
    content: { kind: 'text' },
  },
  {
    name: 'phoneme',
    vendor: 'w3c',
    description: 'A phonetic pronunciation of the text.',
    attributes: [
      {
        name: 'ph',
        required: true,
        value: { kind: 'text' },
        description: 'The pronunciation.',
      },
      {
        name: 'alphabet',
        required: false,
        value: { kind: 'token' },
        description:
          'ipa, a registered alphabet or x-organization (x-sampa); per vendor.',
      },
    ],
    content: { kind: 'text' },
  },
  {
    name: 'lang',
    vendor: 'w3c',
    description: 'Content in another language.',
    attributes: [{ ...languageAttribute, required: true }, languageFailureAttribute],
    content: { kind: 'mixed', children: blockContent },
  },
  {
    name: 'mark',
    vendor: 'w3c',
    description: 'A named point reported while speaking.',
    attributes: [
      {
        name: 'name',
        required: true,
        value: { kind: 'token' },
        description: 'The mark name.',
      },
    ],
    content: { kind: 'empty' },
  },
  {
    name: 'desc',
    vendor: 'w3c',
    description: 'A description of an audio source; not spoken.',
    attributes: [languageAttribute],
    content: { kind: 'text' },
    placement: { parents: ['audio'] },
  },
];
