import type { ValueRule } from './capability-types';

/** Value forms Azure documents: rate as a multiplier, volume without decibels. */
export const azureRate: ValueRule = {
  kind: 'rate',
  accepts: ['label', 'multiplier', 'signed-percentage'],
  writes: 'multiplier',
  range: { minimum: 0.5, maximum: 2 },
};

/** Azure's usable pitch band is 0.5–1.5 times the voice's. */
export const azurePitch: ValueRule = {
  kind: 'pitch',
  accepts: [
    'label',
    'signed-percentage',
    'percentage',
    'semitones',
    'relative-hertz',
    'absolute-hertz',
  ],
  writes: 'signed-percentage',
  range: { minimum: -50, maximum: 50 },
};

export const azureVolume: ValueRule = {
  kind: 'volume',
  accepts: ['label', 'signed-percentage', 'signed-number', 'number'],
  writes: 'signed-percentage',
};

export const azureInterpretAs: ValueRule = {
  kind: 'interpret-as',
  values: [
    'characters',
    'spell-out',
    'cardinal',
    'number',
    'ordinal',
    'number_digit',
    'fraction',
    'date',
    'time',
    'duration',
    'telephone',
    'currency',
    'address',
    'name',
  ],
  preferred: { digits: 'number_digit' },
};
