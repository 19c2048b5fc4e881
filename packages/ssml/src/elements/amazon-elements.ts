import { breathDurationValues, breathVolumeValues } from './common-attributes';
import { blockContent } from './content-groups';
import type { ElementDefinition, ElementExtension } from './element-definition';

/** Amazon Polly's extension elements (the `amazon:` prefix, usually undeclared). */
export const amazonElementDefinitions: readonly ElementDefinition[] = [
  {
    name: 'amazon:effect',
    vendor: 'amazon',
    description:
      'Dynamic range compression, whispering, soft phonation or vocal tract length.',
    attributes: [
      {
        name: 'name',
        required: false,
        value: { kind: 'enum', values: ['drc', 'whispered'] },
        description: 'drc (case-sensitive) or whispered.',
      },
      {
        name: 'phonation',
        required: false,
        value: { kind: 'enum', values: ['soft'] },
        description: 'Soft phonation.',
      },
      {
        name: 'vocal-tract-length',
        required: false,
        value: { kind: 'percentage-change', range: { minimum: -50, maximum: 100 } },
        description: '`+n%`, `-n%` or `n%`; from -50% to +100%, clipped outside.',
      },
    ],
    requiresOneOf: ['name', 'phonation', 'vocal-tract-length'],
    content: { kind: 'mixed', children: blockContent },
    notes: ['Standard voices only, except name="drc" (neural and long-form too).'],
  },
  {
    name: 'amazon:domain',
    vendor: 'amazon',
    description: 'A speaking style: newscaster or conversational.',
    attributes: [
      {
        name: 'name',
        required: true,
        value: { kind: 'enum', values: ['news'] },
        description: 'The style.',
      },
    ],
    content: { kind: 'mixed', children: blockContent },
    notes: ['Selected neural voices only.'],
  },
  {
    name: 'amazon:breath',
    vendor: 'amazon',
    description: 'One breath.',
    attributes: [
      {
        name: 'duration',
        required: false,
        value: { kind: 'enum', values: breathDurationValues },
        description: 'How long.',
      },
      {
        name: 'volume',
        required: false,
        value: { kind: 'enum', values: breathVolumeValues },
        description: 'How loud.',
      },
    ],
    content: { kind: 'empty' },
    notes: ['Standard voices only.'],
  },
  {
    name: 'amazon:auto-breaths',
    vendor: 'amazon',
    description: 'Adds breaths automatically to its content.',
    attributes: [
      {
        name: 'volume',
        required: false,
        value: { kind: 'enum', values: breathVolumeValues },
        description: 'How loud.',
      },
      {
        name: 'frequency',
        required: false,
        value: {
          kind: 'enum',
          values: ['default', 'x-low', 'low', 'medium', 'high', 'x-high'],
        },
        description: 'How often.',
      },
      {
        name: 'duration',
        required: false,
        value: { kind: 'enum', values: breathDurationValues },
        description: 'How long each breath is.',
      },
    ],
    content: { kind: 'mixed', children: blockContent },
    notes: ['Standard voices only; needs a closing tag.'],
  },
];

/** Amazon attributes on W3C elements. */
export const amazonElementExtensions: readonly ElementExtension[] = [
  {
    element: 'prosody',
    attributes: [
      {
        name: 'amazon:max-duration',
        required: false,
        value: { kind: 'time' },
        vendor: 'amazon',
        description: 'Speeds the content up to fit this duration (standard voices only).',
      },
    ],
    requiresOneOf: ['amazon:max-duration'],
  },
];
