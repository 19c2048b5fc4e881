import { fetchTimeoutAttribute, maximumAgeAttributes } from './common-attributes';
import { audioContent, blockContent, sentenceContent } from './content-groups';
import type { ElementDefinition } from './element-definition';

const prosodyAttributeNames = ['pitch', 'contour', 'range', 'rate', 'duration', 'volume'];

/** W3C SSML 1.1 prosody and style elements: `emphasis`, `break`, `prosody`, `audio`. */
export const w3cProsodyElements: readonly ElementDefinition[] = [
  {
    name: 'emphasis',
    vendor: 'w3c',
    description: 'Stresses its content.',
    attributes: [
      {
        name: 'level',
        required: false,
        value: { kind: 'enum', values: ['strong', 'moderate', 'none', 'reduced'] },
        description: 'How much stress (default moderate).',
      },
    ],
    content: { kind: 'mixed', children: sentenceContent },
  },
  {
    name: 'break',
    vendor: 'w3c',
    description: 'A pause.',
    attributes: [
      {
        name: 'strength',
        required: false,
        value: {
          kind: 'enum',
          values: ['none', 'x-weak', 'weak', 'medium', 'strong', 'x-strong'],
        },
        description: 'The prosodic strength of the break.',
      },
      {
        name: 'time',
        required: false,
        value: { kind: 'time' },
        description: 'The length of the pause; overrides strength.',
      },
    ],
    content: { kind: 'empty' },
  },
  {
    name: 'prosody',
    vendor: 'w3c',
    description: 'Changes pitch, rate, volume or duration of its content.',
    attributes: [
      {
        name: 'pitch',
        required: false,
        value: { kind: 'pitch' },
        description: 'Baseline pitch.',
      },
      {
        name: 'contour',
        required: false,
        value: { kind: 'contour' },
        description: 'Pitch contour.',
      },
      {
        name: 'range',
        required: false,
        value: { kind: 'pitch' },
        description: 'Pitch range.',
      },
      {
        name: 'rate',
        required: false,
        value: { kind: 'rate' },
        description: 'Speaking rate.',
      },
      {
        name: 'duration',
        required: false,
        value: { kind: 'time' },
        description: 'How long reading the content takes; overrides rate.',
      },
      {
        name: 'volume',
        required: false,
        value: { kind: 'volume' },
        description: 'Volume.',
      },
    ],
    requiresOneOf: prosodyAttributeNames,
    content: { kind: 'mixed', children: blockContent },
    notes: ['Each attribute is optional, but it is an error when none is given.'],
  },
  {
    name: 'audio',
    vendor: 'w3c',
    description: 'Plays an audio file; its content is the fallback.',
    attributes: [
      {
        name: 'src',
        required: true,
        value: { kind: 'uri' },
        description: 'The audio URI.',
      },
      fetchTimeoutAttribute,
      {
        name: 'fetchhint',
        required: false,
        value: { kind: 'enum', values: ['prefetch', 'safe'] },
        description: 'When to fetch.',
      },
      ...maximumAgeAttributes,
      {
        name: 'clipBegin',
        required: false,
        value: { kind: 'time' },
        description: 'Start offset.',
      },
      {
        name: 'clipEnd',
        required: false,
        value: { kind: 'time' },
        description: 'End offset.',
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
        description: 'Total time.',
      },
      {
        name: 'soundLevel',
        required: false,
        value: { kind: 'number', unit: 'dB', sign: 'optional' },
        description: 'Relative volume, `±NdB`.',
      },
      {
        name: 'speed',
        required: false,
        value: { kind: 'number', unit: '%' },
        description: 'Playback speed, `N%`.',
      },
    ],
    content: { kind: 'mixed', children: audioContent },
  },
];
