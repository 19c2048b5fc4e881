import {
  breakStrengths,
  drop,
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
  KeepRule,
  PollyVoiceFamily,
} from './capability-types';
import {
  breathFrequencies,
  breathLengths,
  breathLevels,
  pollyInterpretAs,
  pollyPitch,
  pollyRate,
} from './polly-value-rules';
import {
  googleExtensionNames,
  hasNo,
  microsoftExtensionNames,
  unsupportedElements,
} from './unsupported-elements';
import { decibelVolume } from './w3c-capabilities';

const prosodyOnly = 'Polly supports only rate, volume and pitch on <prosody>';

const prosody: KeepRule = keep(
  {
    rate: passValue(pollyRate),
    pitch: passValue(pollyPitch),
    volume: passValue(decibelVolume),
    'amazon:max-duration': passValue(time()),
    contour: drop(prosodyOnly),
    range: drop(prosodyOnly),
    duration: drop(`${prosodyOnly} (amazon:max-duration only speeds speech up)`),
  },
  { needsAttribute: true },
);

const effect: KeepRule = keep(
  {
    name: passValue(enumeration(['drc', 'whispered'])),
    phonation: passValue(enumeration(['soft'])),
    'vocal-tract-length': pass,
  },
  { needsAttribute: true, essential: ['name'] },
);

const standard: ElementTable = {
  speak: unwrap('Polly allows no <speak> inside the document'),
  p: keep({}),
  s: keep({}),
  break: keep({
    time: passValue(time(10_000)),
    strength: passValue(enumeration(breakStrengths)),
  }),
  prosody,
  emphasis: keep(
    { level: passValue(enumeration(['strong', 'moderate', 'reduced'])) },
    { essential: ['level'] },
  ),
  'say-as': keep(
    { 'interpret-as': passValue(pollyInterpretAs), format: pass },
    { required: ['interpret-as'] },
  ),
  sub: keep({ alias: pass }, { required: ['alias'] }),
  phoneme: keep(
    { ph: pass, alphabet: passValue(enumeration(['ipa', 'x-sampa', 'x-amazon-pinyin'])) },
    { required: ['ph'], essential: ['alphabet'] },
  ),
  voice: unwrap('Polly selects the voice per request and has no <voice>'),
  lang: keep({ 'xml:lang': pass }, { required: ['xml:lang'] }),
  mark: keep({ name: pass }, { required: ['name'] }),
  bookmark: keep(
    { mark: renameAttribute('name') },
    { renameTo: 'mark', required: ['mark'] },
  ),
  audio: unwrap('Polly cannot play <audio> (its fallback content is spoken)'),
  desc: remove('<desc> is never spoken', { silent: true }),
  lexicon: remove(
    'Polly takes lexicons by name in the request (LexiconNames), not in SSML',
  ),
  lookup: unwrap('Polly has no <lookup>'),
  meta: remove('Polly has no <meta>', { silent: true }),
  metadata: remove('Polly has no <metadata>', { silent: true }),
  token: keep({ role: pass }, { renameTo: 'w' }),
  w: keep({ role: pass }),
  'amazon:effect': effect,
  'amazon:domain': unwrap('the news style is not available on Polly standard voices'),
  'amazon:breath': keep({
    duration: passValue(enumeration(breathLengths)),
    volume: passValue(enumeration(breathLevels)),
  }),
  'amazon:auto-breaths': keep({
    volume: passValue(enumeration(breathLevels)),
    frequency: passValue(enumeration(breathFrequencies)),
    duration: passValue(enumeration(breathLengths)),
  }),
  'mstts:express-as': keep(
    {
      style: renameAttribute(
        'name',
        enumeration(['whispered'], { whispering: 'whispered' }),
      ),
    },
    { renameTo: 'amazon:effect', required: ['style'], note: 'style="whispering" only' },
  ),
  ...unsupportedElements(googleExtensionNames, hasNo('Polly')),
  ...unsupportedElements(
    microsoftExtensionNames.filter((name) => name !== 'mstts:express-as'),
    hasNo('Polly'),
  ),
};

/** Polly's tag table for voices other than standard. */
function nonStandard(family: Exclude<PollyVoiceFamily, 'standard'>): ElementTable {
  const only = (what: string) => `Polly supports ${what} on standard voices only`;
  return {
    ...standard,
    emphasis: unwrap(only('<emphasis>')),
    prosody: {
      ...prosody,
      attributes: {
        ...prosody.attributes,
        pitch: drop(only('prosody pitch')),
        'amazon:max-duration': drop(only('amazon:max-duration')),
      },
      ...(family === 'generative' ? { note: 'only around whole sentences' } : {}),
    },
    'amazon:effect':
      family === 'generative'
        ? unwrap('Polly generative voices support no <amazon:effect>')
        : {
            ...effect,
            attributes: {
              name: passValue(enumeration(['drc']), 'drc only'),
              phonation: drop(only('amazon:effect phonation')),
              'vocal-tract-length': drop(only('amazon:effect vocal-tract-length')),
            },
          },
    'amazon:domain':
      family === 'neural'
        ? keep(
            { name: passValue(enumeration(['news'])) },
            { required: ['name'], note: 'news: Matthew, Joanna, Lupe and Amy only' },
          )
        : unwrap(`the news style is available on Polly neural voices only`),
    'amazon:breath': remove(only('<amazon:breath>')),
    'amazon:auto-breaths': unwrap(only('<amazon:auto-breaths>')),
    'mstts:express-as': unwrap(only('whispering (amazon:effect name="whispered")')),
    ...(family === 'generative'
      ? {
          mark: keep({ name: pass }, { required: ['name'], note: 'partial' }),
          phoneme: { ...(standard.phoneme as KeepRule), note: 'partial' },
        }
      : {}),
    ...(family === 'neural'
      ? { 'say-as': { ...(standard['say-as'] as KeepRule), note: 'partial' } }
      : {}),
  };
}

const tables: Readonly<Record<PollyVoiceFamily, ElementTable>> = {
  standard,
  neural: nonStandard('neural'),
  'long-form': nonStandard('long-form'),
  generative: nonStandard('generative'),
};

/** What Amazon Polly accepts for one engine. */
export function pollyCapabilities(family: PollyVoiceFamily): DialectCapabilities {
  return {
    dialect: 'polly',
    family,
    label: `Polly ${family} voices`,
    plainTextOnly: false,
    root: {
      attributes: {
        version: pass,
        xmlns: pass,
        'xml:lang': pass,
        'xsi:schemaLocation': pass,
      },
    },
    elements: tables[family],
    limits: {
      maxInput: { unit: 'billed-chars', max: 3000 },
      maxTotalInput: { unit: 'utf16', max: 6000 },
      maxBreakMs: 10_000,
    },
  };
}
