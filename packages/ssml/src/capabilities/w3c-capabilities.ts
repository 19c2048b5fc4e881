import {
  breakStrengths,
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
import type { DialectCapabilities, ElementTable, ValueRule } from './capability-types';
import {
  amazonExtensionNames,
  googleExtensionNames,
  hasNo,
  microsoftExtensionNames,
  unsupportedElements,
} from './unsupported-elements';

const target = 'SSML 1.1';

export const w3cRate: ValueRule = {
  kind: 'rate',
  accepts: ['label', 'percentage'],
  writes: 'percentage',
};

export const w3cPitch: ValueRule = {
  kind: 'pitch',
  accepts: [
    'label',
    'signed-percentage',
    'semitones',
    'relative-hertz',
    'absolute-hertz',
  ],
  writes: 'signed-percentage',
};

export const decibelVolume: ValueRule = {
  kind: 'volume',
  accepts: ['label', 'decibels'],
  writes: 'decibels',
};

const language = { 'xml:lang': pass };

const elements: ElementTable = {
  speak: unwrap('a <speak> inside the document is not SSML 1.1'),
  p: keep(language),
  s: keep(language),
  break: keep({
    time: passValue(time()),
    strength: passValue(enumeration(breakStrengths)),
  }),
  prosody: keep(
    {
      pitch: passValue(w3cPitch),
      contour: pass,
      range: passValue(w3cPitch),
      rate: passValue(w3cRate),
      duration: passValue(time()),
      volume: passValue(decibelVolume),
    },
    { needsAttribute: true },
  ),
  emphasis: keep(
    { level: passValue(enumeration(emphasisLevels)) },
    { essential: ['level'] },
  ),
  'say-as': keep(
    { 'interpret-as': pass, format: pass, detail: pass },
    { required: ['interpret-as'] },
  ),
  sub: keep({ alias: pass }, { required: ['alias'] }),
  phoneme: keep({ ph: pass, alphabet: pass }, { required: ['ph'] }),
  voice: keep(
    {
      gender: passValue(enumeration(['male', 'female', 'neutral', ''])),
      age: pass,
      variant: pass,
      name: pass,
      languages: pass,
      language: renameAttribute('languages'),
      'xml:lang': renameAttribute('languages'),
      required: pass,
      ordering: pass,
      onvoicefailure: passValue(
        enumeration(['priorityselect', 'keepexisting', 'processorchoice']),
      ),
    },
    { needsAttribute: true },
  ),
  lang: keep({ 'xml:lang': pass, onlangfailure: pass }, { required: ['xml:lang'] }),
  mark: keep({ name: pass }, { required: ['name'] }),
  audio: keep({
    src: pass,
    fetchtimeout: pass,
    fetchhint: pass,
    maxage: pass,
    maxstale: pass,
    clipBegin: pass,
    clipEnd: pass,
    repeatCount: pass,
    repeatDur: pass,
    soundLevel: pass,
    speed: pass,
  }),
  desc: keep(language, {
    onlyInside: ['audio'],
    otherwise: remove('<desc> outside <audio> is never spoken', { silent: true }),
  }),
  lexicon: keep({
    uri: pass,
    'xml:id': pass,
    type: pass,
    fetchtimeout: pass,
    maxage: pass,
    maxstale: pass,
  }),
  lookup: keep({ ref: pass }, { required: ['ref'] }),
  meta: keep({ name: pass, 'http-equiv': pass, content: pass }),
  metadata: keep({}, { verbatim: true }),
  token: keep({ role: pass, ...language }),
  w: keep({ role: pass, ...language }),
  bookmark: keep(
    { mark: renameAttribute('name') },
    { renameTo: 'mark', required: ['mark'] },
  ),
  ...unsupportedElements(amazonExtensionNames, hasNo(target)),
  ...unsupportedElements(googleExtensionNames, hasNo(target)),
  ...unsupportedElements(microsoftExtensionNames, hasNo(target)),
};

/** SSML 1.1 as the W3C Recommendation writes it; vendor extensions are unwrapped. */
export const w3cCapabilities: DialectCapabilities = {
  dialect: 'w3c',
  family: 'ssml-1.1',
  label: 'SSML 1.1 processors',
  plainTextOnly: false,
  root: {
    version: '1.1',
    namespace: 'http://www.w3.org/2001/10/synthesis',
    attributes: {
      'xml:lang': pass,
      'xml:base': pass,
      onlangfailure: pass,
      'xsi:schemaLocation': pass,
    },
  },
  elements,
  limits: {},
};
