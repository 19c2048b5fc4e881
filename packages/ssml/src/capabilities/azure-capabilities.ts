import type { KnownElementName } from '../elements/element-names';
import { azureExtensionElements } from './azure-extension-rules';
import {
  azureInterpretAs,
  azurePitch,
  azureRate,
  azureVolume,
} from './azure-value-rules';
import {
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
  AzureVoiceFamily,
  DialectCapabilities,
  ElementTable,
} from './capability-types';
import {
  amazonExtensionNames,
  googleExtensionNames,
  hasNo,
  unsupportedElements,
} from './unsupported-elements';

export const azureFamilyNames: Readonly<Record<AzureVoiceFamily, string>> = {
  neural: 'neural',
  'dragon-hd': 'DragonHD',
  'dragon-hd-omni': 'DragonHD Omni',
};

const neural: ElementTable = {
  speak: unwrap('Azure allows no <speak> inside the document'),
  p: keep({}),
  s: keep({}),
  break: keep({
    time: passValue(time(20_000)),
    strength: passValue({
      kind: 'break-strength',
      values: ['x-weak', 'weak', 'medium', 'strong', 'x-strong'],
    }),
  }),
  prosody: keep(
    {
      rate: passValue(azureRate),
      pitch: passValue(azurePitch),
      volume: passValue(azureVolume),
      contour: pass,
      range: passValue(azurePitch),
      duration: drop(
        'Azure has no prosody duration (mstts:audioduration sets a whole voice)',
      ),
    },
    { needsAttribute: true },
  ),
  emphasis: keep(
    { level: passValue(enumeration(emphasisLevels)) },
    {
      essential: ['level'],
      note: 'only en-US-GuyNeural, en-US-DavisNeural and en-US-JaneNeural apply it',
    },
  ),
  'say-as': keep(
    { 'interpret-as': passValue(azureInterpretAs), format: pass, detail: pass },
    { required: ['interpret-as'] },
  ),
  sub: keep({ alias: pass }, { required: ['alias'] }),
  phoneme: keep(
    { ph: pass, alphabet: passValue(enumeration(['ipa', 'sapi', 'ups', 'x-sampa'])) },
    { required: ['ph'], essential: ['alphabet'] },
  ),
  voice: keep(
    {
      name: pass,
      effect: passValue(enumeration(['eq_car', 'eq_telecomhp8k'])),
      parameters: pass,
    },
    { required: ['name'] },
  ),
  lang: keep(
    { 'xml:lang': pass },
    { required: ['xml:lang'], note: 'multilingual voices only' },
  ),
  mark: keep(
    { name: renameAttribute('mark') },
    { renameTo: 'bookmark', required: ['name'] },
  ),
  bookmark: keep({ mark: pass }, { required: ['mark'] }),
  audio: keep({ src: pass }),
  desc: remove('Azure has no <desc>; it is never spoken', { silent: true }),
  lexicon: keep({ uri: pass }, { required: ['uri'] }),
  lookup: unwrap('Azure has no <lookup>'),
  meta: remove('Azure has no <meta>', { silent: true }),
  metadata: remove('Azure has no <metadata>', { silent: true }),
  token: unwrap('Azure has no <token>'),
  w: unwrap('Azure has no <w>'),
  ...azureExtensionElements,
  ...unsupportedElements(
    amazonExtensionNames.filter((name) => name !== 'amazon:effect'),
    hasNo('Azure'),
  ),
  ...unsupportedElements(
    googleExtensionNames.filter((name) => name !== 'google:style'),
    hasNo('Azure'),
  ),
};

/** What HD voices lose (the Azure HD voices page lists what they keep). */
function highDefinition(
  family: AzureVoiceFamily,
  dropped: readonly KnownElementName[],
): ElementTable {
  return {
    ...neural,
    ...unsupportedElements(
      dropped,
      (name) => `Azure ${azureFamilyNames[family]} voices do not support <${name}>`,
    ),
    lexicon: keep({ uri: pass }, { required: ['uri'], note: 'alias entries only' }),
  };
}

const unsupportedOnHd: readonly KnownElementName[] = [
  'prosody',
  'emphasis',
  'audio',
  'mark',
  'bookmark',
  'mstts:silence',
  'mstts:viseme',
  'mstts:backgroundaudio',
  'mstts:audioduration',
];

const tables: Readonly<Record<AzureVoiceFamily, ElementTable>> = {
  neural,
  'dragon-hd': highDefinition('dragon-hd', [
    ...unsupportedOnHd,
    'mstts:express-as',
    'amazon:effect',
    'google:style',
  ]),
  'dragon-hd-omni': highDefinition('dragon-hd-omni', [
    ...unsupportedOnHd,
    'phoneme',
    'break',
  ]),
};

/** The voice wrapping top-level content when the caller names none. */
export const azureDefaultVoice = 'en-US-AvaMultilingualNeural';

/** What Azure AI Speech accepts for one voice type. */
export function azureCapabilities(family: AzureVoiceFamily): DialectCapabilities {
  return {
    dialect: 'azure',
    family,
    label: `Azure ${azureFamilyNames[family]} voices`,
    plainTextOnly: false,
    root: {
      version: '1.0',
      namespace: 'http://www.w3.org/2001/10/synthesis',
      fallbackLanguage: 'from-voice',
      declarePrefixes: { mstts: 'https://www.w3.org/2001/mstts' },
      attributes: { 'xml:lang': pass },
      voiceWrapper: true,
    },
    elements: tables[family],
    limits: {
      maxInput: { unit: 'utf8-bytes', max: 65_536 },
      ...(family === 'dragon-hd-omni' ? {} : { maxBreakMs: 20_000 }),
      maxVoiceAndAudioElements: 50,
    },
    defaultVoice: azureDefaultVoice,
  };
}
