import { identifierAttribute } from './common-attributes';
import { blockContent } from './content-groups';
import type { ElementDefinition, ElementExtension } from './element-definition';

const mediaContainerContent = {
  kind: 'elements',
  children: ['par', 'seq', 'media'],
} as const;

/** Google Cloud Text-to-Speech's extension elements. */
export const googleElementDefinitions: readonly ElementDefinition[] = [
  {
    name: 'par',
    vendor: 'google',
    description: 'Media layers played in parallel.',
    attributes: [],
    content: mediaContainerContent,
    placement: { parents: ['speak', 'par', 'seq'] },
  },
  {
    name: 'seq',
    vendor: 'google',
    description: 'Media layers played one after another.',
    attributes: [],
    content: mediaContainerContent,
    placement: { parents: ['speak', 'par', 'seq'] },
  },
  {
    name: 'media',
    vendor: 'google',
    description: 'One media layer: a nested speak or an audio.',
    attributes: [
      identifierAttribute,
      {
        name: 'begin',
        required: false,
        value: { kind: 'text' },
        description: 'Start: an offset (0.5s) or a syncbase (intro.end+1s).',
      },
      {
        name: 'end',
        required: false,
        value: { kind: 'text' },
        description: 'End: an offset or a syncbase.',
      },
      {
        name: 'repeatCount',
        required: false,
        value: { kind: 'number' },
        description: 'How many times to play.',
      },
      {
        name: 'repeatDur',
        required: false,
        value: { kind: 'time' },
        description: 'Total play time.',
      },
      {
        name: 'soundLevel',
        required: false,
        value: { kind: 'number', unit: 'dB', sign: 'optional' },
        description: 'Relative volume, `±NdB`.',
      },
      {
        name: 'fadeInDur',
        required: false,
        value: { kind: 'time' },
        description: 'Fade-in time.',
      },
      {
        name: 'fadeOutDur',
        required: false,
        value: { kind: 'time' },
        description: 'Fade-out time.',
      },
    ],
    content: { kind: 'elements', children: ['speak', 'audio'] },
    placement: { parents: ['speak', 'par', 'seq'] },
    notes: ['Holds exactly one speak or audio.'],
  },
  {
    name: 'google:style',
    vendor: 'google',
    description: 'A speaking style (en-US-Neural2-F and -J only).',
    attributes: [
      {
        name: 'name',
        required: true,
        value: {
          kind: 'enum',
          values: ['apologetic', 'calm', 'empathetic', 'firm', 'lively'],
        },
        description: 'The style.',
      },
    ],
    content: { kind: 'mixed', children: blockContent },
    notes: ['Only around whole sentences.'],
  },
];

/** Google attributes on W3C elements. */
export const googleElementExtensions: readonly ElementExtension[] = [
  {
    element: 'say-as',
    attributes: [
      {
        name: 'google:style',
        required: false,
        value: { kind: 'enum', values: ['zero-as-zero'] },
        vendor: 'google',
        description: 'telephone: read 0 as "zero" (English locales).',
      },
      {
        name: 'language',
        required: false,
        value: { kind: 'language' },
        vendor: 'google',
        description: 'currency: the locale of the amount.',
      },
    ],
  },
  {
    element: 'voice',
    attributes: [
      {
        name: 'language',
        required: false,
        value: { kind: 'language' },
        vendor: 'google',
        description: 'The voice language (one BCP 47 tag).',
      },
    ],
    requiresOneOf: ['language'],
  },
];
