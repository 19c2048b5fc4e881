import { knownElementNames } from '../elements/element-names';
import {
  breakStrengths,
  drop,
  emphasisLevels,
  enumeration,
  keep,
  pass,
  passValue,
  remove,
  renameAttribute,
  time,
  unwrap,
} from './capability-rules';
import type {
  DialectCapabilities,
  ElementTable,
  GoogleVoiceFamily,
  KeepRule,
} from './capability-types';
import { googleInterpretAs, googlePitch, googleRate } from './google-value-rules';
import {
  amazonExtensionNames,
  hasNo,
  microsoftExtensionNames,
  unsupportedElements,
} from './unsupported-elements';
import { decibelVolume } from './w3c-capabilities';

export const googleFamilyNames: Readonly<Record<GoogleVoiceFamily, string>> = {
  standard: 'Standard',
  wavenet: 'WaveNet',
  neural2: 'Neural2',
  news: 'News',
  casual: 'Casual',
  polyglot: 'Polyglot',
  studio: 'Studio',
  journey: 'Journey',
  'chirp-hd': 'Chirp HD',
  'chirp3-hd': 'Chirp 3: HD',
};

/** Families that take no SSML input: documents go as plain text. */
const plainTextFamilies: ReadonlySet<GoogleVoiceFamily> = new Set([
  'journey',
  'chirp-hd',
  'chirp3-hd',
]);

const prosody = keep(
  {
    rate: passValue(googleRate),
    pitch: passValue(googlePitch),
    volume: passValue(decibelVolume),
    contour: drop('Google supports only rate, pitch and volume on <prosody>'),
    range: drop('Google supports only rate, pitch and volume on <prosody>'),
    duration: drop('Google supports only rate, pitch and volume on <prosody>'),
  },
  { needsAttribute: true },
);

const fullSsml: ElementTable = {
  speak: keep(
    { version: pass, xmlns: pass, 'xml:lang': pass },
    {
      onlyInside: ['media'],
      otherwise: unwrap('Google allows a nested <speak> only inside <media>'),
    },
  ),
  p: keep({}),
  s: keep({}),
  break: keep({
    time: passValue(time()),
    strength: passValue(enumeration(breakStrengths)),
  }),
  prosody,
  emphasis: keep(
    { level: passValue(enumeration(emphasisLevels)) },
    { essential: ['level'] },
  ),
  'say-as': keep(
    {
      'interpret-as': passValue(googleInterpretAs),
      format: pass,
      detail: pass,
      language: pass,
      'google:style': pass,
    },
    { required: ['interpret-as'] },
  ),
  sub: keep({ alias: pass }, { required: ['alias'] }),
  phoneme: keep(
    { ph: pass, alphabet: passValue(enumeration(['ipa', 'x-sampa'])) },
    { required: ['ph'], essential: ['alphabet'] },
  ),
  voice: keep(
    {
      name: pass,
      gender: passValue(enumeration(['male', 'female', 'neutral'])),
      variant: pass,
      language: pass,
      required: pass,
      ordering: pass,
    },
    { needsAttribute: true },
  ),
  lang: keep({ 'xml:lang': pass }, { required: ['xml:lang'], note: 'best effort' }),
  mark: keep({ name: pass }, { required: ['name'] }),
  audio: keep({
    src: pass,
    clipBegin: pass,
    clipEnd: pass,
    speed: passValue({ kind: 'number', unit: '%', range: { minimum: 50, maximum: 200 } }),
    repeatCount: pass,
    repeatDur: pass,
    soundLevel: passValue({
      kind: 'number',
      unit: 'dB',
      signed: true,
      range: { minimum: -40, maximum: 40 },
    }),
  }),
  desc: keep(
    {},
    {
      onlyInside: ['audio'],
      otherwise: remove('<desc> outside <audio> is never spoken', { silent: true }),
    },
  ),
  lexicon: remove(
    'Google takes no lexicons in SSML (use custom pronunciations in the request)',
  ),
  lookup: unwrap('Google has no <lookup>'),
  meta: remove('Google has no <meta>', { silent: true }),
  metadata: remove('Google has no <metadata>', { silent: true }),
  token: unwrap('Google has no <token>'),
  w: unwrap('Google has no <w>'),
  par: keep({}),
  seq: keep({}),
  media: keep({
    'xml:id': pass,
    begin: pass,
    end: pass,
    repeatCount: pass,
    repeatDur: pass,
    soundLevel: pass,
    fadeInDur: pass,
    fadeOutDur: pass,
  }),
  'google:style': keep(
    {
      name: passValue(
        enumeration(['apologetic', 'calm', 'empathetic', 'firm', 'lively']),
      ),
    },
    {
      required: ['name'],
      onlyVoices: ['en-US-Neural2-F', 'en-US-Neural2-J'],
      otherwise: unwrap('only en-US-Neural2-F and en-US-Neural2-J speak <google:style>'),
    },
  ),
  bookmark: keep(
    { mark: renameAttribute('name') },
    { renameTo: 'mark', required: ['mark'] },
  ),
  ...unsupportedElements(amazonExtensionNames, hasNo('Google')),
  ...unsupportedElements(microsoftExtensionNames, hasNo('Google')),
};

const studio: ElementTable = {
  ...fullSsml,
  mark: remove('Google Studio voices do not support <mark>'),
  bookmark: remove('Google Studio voices do not support <mark>'),
  emphasis: unwrap('Google Studio voices do not support <emphasis>'),
  lang: unwrap('Google Studio voices do not support <lang>'),
  prosody: {
    ...prosody,
    attributes: {
      ...prosody.attributes,
      pitch: drop('Google Studio voices do not support pitch on <prosody>'),
    },
  } satisfies KeepRule,
};

function plainTextOnly(family: GoogleVoiceFamily): ElementTable {
  return unsupportedElements(
    knownElementNames,
    () =>
      `Google ${googleFamilyNames[family]} voices take no SSML; the document is sent as plain text`,
  );
}

/** What Google Cloud Text-to-Speech accepts for one voice type. */
export function googleCapabilities(family: GoogleVoiceFamily): DialectCapabilities {
  const plainText = plainTextFamilies.has(family);
  return {
    dialect: 'google',
    family,
    label: `Google ${googleFamilyNames[family]} voices`,
    plainTextOnly: plainText,
    root: {
      declarePrefixes: { google: 'http://www.google.com/2017/ssml' },
      attributes: {
        version: pass,
        xmlns: pass,
        'xml:lang': pass,
        'xsi:schemaLocation': pass,
      },
    },
    elements: plainText ? plainTextOnly(family) : family === 'studio' ? studio : fullSsml,
    limits: { maxInput: { unit: 'utf8-bytes', max: 5000 } },
  };
}
