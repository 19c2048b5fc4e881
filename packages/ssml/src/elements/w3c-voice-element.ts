import { blockContent } from './content-groups';
import type { ElementDefinition } from './element-definition';

/** W3C SSML 1.1 `voice`: selects a voice by features or names. */
export const w3cVoiceElement: ElementDefinition = {
  name: 'voice',
  vendor: 'w3c',
  description: 'Selects a voice for its content.',
  attributes: [
    {
      name: 'gender',
      required: false,
      value: { kind: 'enum', values: ['male', 'female', 'neutral', ''] },
      description: 'The preferred gender.',
    },
    {
      name: 'age',
      required: false,
      value: { kind: 'number', integer: true },
      description: 'The preferred age in years.',
    },
    {
      name: 'variant',
      required: false,
      value: { kind: 'number', integer: true, range: { minimum: 1 } },
      description: 'Which of the matching voices (1 is the first).',
    },
    {
      name: 'name',
      required: false,
      value: { kind: 'token-list' },
      description: 'Voice names in order of preference.',
    },
    {
      name: 'languages',
      required: false,
      value: { kind: 'token-list' },
      description: 'Languages the voice must speak, `lang[:accent]`.',
    },
    {
      name: 'required',
      required: false,
      value: { kind: 'token-list' },
      description: 'Features that must match (default languages).',
    },
    {
      name: 'ordering',
      required: false,
      value: { kind: 'token-list' },
      description: 'Features in order of priority.',
    },
    {
      name: 'onvoicefailure',
      required: false,
      value: {
        kind: 'enum',
        values: ['priorityselect', 'keepexisting', 'processorchoice'],
      },
      description: 'What happens when no voice matches.',
    },
    {
      name: 'xml:lang',
      required: false,
      value: { kind: 'language' },
      description: 'SSML 1.0 language selection (1.1 uses languages).',
    },
  ],
  requiresOneOf: ['gender', 'age', 'variant', 'name', 'languages', 'xml:lang'],
  content: { kind: 'mixed', children: blockContent },
};
