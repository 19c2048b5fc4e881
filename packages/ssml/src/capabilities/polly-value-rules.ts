import type { ValueRule } from './capability-types';

/** A non-negative percentage, 20% to 200%. */
export const pollyRate: ValueRule = {
  kind: 'rate',
  accepts: ['label', 'percentage'],
  writes: 'percentage',
  range: { minimum: 0.2, maximum: 2 },
};

/** Standard voices only. */
export const pollyPitch: ValueRule = {
  kind: 'pitch',
  accepts: ['label', 'signed-percentage'],
  writes: 'signed-percentage',
};

export const pollyInterpretAs: ValueRule = {
  kind: 'interpret-as',
  values: [
    'characters',
    'spell-out',
    'cardinal',
    'number',
    'ordinal',
    'digits',
    'fraction',
    'unit',
    'date',
    'time',
    'address',
    'expletive',
    'telephone',
  ],
};

export const breathLevels = ['default', 'x-soft', 'soft', 'medium', 'loud', 'x-loud'];
export const breathLengths = ['default', 'x-short', 'short', 'medium', 'long', 'x-long'];
export const breathFrequencies = ['default', 'x-low', 'low', 'medium', 'high', 'x-high'];
