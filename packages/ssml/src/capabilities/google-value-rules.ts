import type { ValueRule } from './capability-types';

/** Google takes SSML 1.1 rates. */
export const googleRate: ValueRule = {
  kind: 'rate',
  accepts: ['label', 'percentage'],
  writes: 'percentage',
};

/** Labels, `±Nst` or `±N%` (sign optional); no hertz. */
export const googlePitch: ValueRule = {
  kind: 'pitch',
  accepts: ['label', 'signed-percentage', 'percentage', 'semitones'],
  writes: 'signed-percentage',
};

/** Google's say-as list; `digits` is spelled with `characters`. */
export const googleInterpretAs: ValueRule = {
  kind: 'interpret-as',
  values: [
    'currency',
    'telephone',
    'verbatim',
    'spell-out',
    'date',
    'characters',
    'cardinal',
    'ordinal',
    'fraction',
    'expletive',
    'bleep',
    'unit',
    'time',
    'duration',
  ],
  preferred: { digits: 'characters' },
};
