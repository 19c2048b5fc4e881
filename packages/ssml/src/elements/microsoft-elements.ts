import { blockContent } from './content-groups';
import type { ElementDefinition, ElementExtension } from './element-definition';

const twentySeconds = { minimum: 0, maximum: 20_000 };

/** Azure AI Speech's extension elements (`mstts:` prefix, and `bookmark`). */
export const microsoftElementDefinitions: readonly ElementDefinition[] = [
  {
    name: 'mstts:express-as',
    vendor: 'microsoft',
    description: 'A speaking style and role.',
    attributes: [
      {
        name: 'style',
        required: true,
        value: { kind: 'token' },
        description: 'cheerful, sad, newscast…; an unknown style ignores the element.',
      },
      {
        name: 'styledegree',
        required: false,
        value: { kind: 'number', range: { minimum: 0.01, maximum: 2 } },
        description: 'Intensity, 0.01–2 (default 1).',
      },
      {
        name: 'role',
        required: false,
        value: {
          kind: 'enum',
          values: [
            'Girl',
            'Boy',
            'YoungAdultFemale',
            'YoungAdultMale',
            'OlderAdultFemale',
            'OlderAdultMale',
            'SeniorFemale',
            'SeniorMale',
          ],
        },
        description: 'The role played.',
      },
    ],
    content: { kind: 'mixed', children: blockContent },
  },
  {
    name: 'mstts:silence',
    vendor: 'microsoft',
    description:
      'Silence at sentence boundaries or around the text, for the whole voice.',
    attributes: [
      {
        name: 'type',
        required: true,
        value: {
          kind: 'enum',
          values: [
            'Leading',
            'Leading-exact',
            'Tailing',
            'Tailing-exact',
            'Sentenceboundary',
            'Sentenceboundary-exact',
            'Comma-exact',
            'Semicolon-exact',
            'Enumerationcomma-exact',
          ],
        },
        description: 'Where the silence goes.',
      },
      {
        name: 'value',
        required: true,
        value: { kind: 'time', range: twentySeconds },
        description: 'How long, 0–20000 ms.',
      },
    ],
    content: { kind: 'empty' },
  },
  {
    name: 'mstts:backgroundaudio',
    vendor: 'microsoft',
    description: 'Audio played behind the whole document.',
    attributes: [
      {
        name: 'src',
        required: true,
        value: { kind: 'uri' },
        description: 'The audio URI.',
      },
      {
        name: 'volume',
        required: false,
        value: { kind: 'number', range: { minimum: 0, maximum: 100 } },
        description: 'Volume 0–100.',
      },
      {
        name: 'fadein',
        required: false,
        value: { kind: 'number', range: { minimum: 0, maximum: 10_000 } },
        description: 'Fade-in in milliseconds, 0–10000.',
      },
      {
        name: 'fadeout',
        required: false,
        value: { kind: 'number', range: { minimum: 0, maximum: 10_000 } },
        description: 'Fade-out in milliseconds, 0–10000.',
      },
    ],
    content: { kind: 'empty' },
    placement: { parents: ['speak'], first: true, maximumPerDocument: 1 },
    notes: ['At most one, the first child of speak.'],
  },
  {
    name: 'mstts:audioduration',
    vendor: 'microsoft',
    description: 'The length of the audio of the enclosing voice.',
    attributes: [
      {
        name: 'value',
        required: true,
        value: { kind: 'time', range: { minimum: 0, maximum: 300_000 } },
        description: '0.5–2 times the natural length, at most 300 s.',
      },
    ],
    content: { kind: 'empty' },
  },
  {
    name: 'mstts:viseme',
    vendor: 'microsoft',
    description: 'Requests viseme events.',
    attributes: [
      {
        name: 'type',
        required: true,
        value: { kind: 'enum', values: ['redlips_front', 'FacialExpression'] },
        description: 'The viseme kind.',
      },
    ],
    content: { kind: 'empty' },
  },
  {
    name: 'bookmark',
    vendor: 'microsoft',
    description: "Azure's mark: a named point reported while speaking.",
    attributes: [
      {
        name: 'mark',
        required: true,
        value: { kind: 'token' },
        description: 'The name.',
      },
    ],
    content: { kind: 'empty' },
  },
];

/** Azure attributes on W3C elements. */
export const microsoftElementExtensions: readonly ElementExtension[] = [
  {
    element: 'voice',
    attributes: [
      {
        name: 'effect',
        required: false,
        value: { kind: 'enum', values: ['eq_car', 'eq_telecomhp8k'] },
        vendor: 'microsoft',
        description: 'An audio effect.',
      },
      {
        name: 'parameters',
        required: false,
        value: { kind: 'text' },
        vendor: 'microsoft',
        description: 'HD voice parameters, `temperature=0.8;top_p=…`.',
      },
    ],
  },
];
