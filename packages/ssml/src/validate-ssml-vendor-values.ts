import type { SsmlElement } from './ast';
import type { SsmlDiagnosticSeverity } from './ssml-diagnostic';
import { azureExpressStyles } from './validate-ssml-azure-styles';
import type { ValidationContext } from './validate-ssml-options';
import {
  alphabetNames,
  type CloudDialect,
  interpretAsValues,
  isKnownAlphabet,
  isKnownFormat,
  type ValueListKey,
} from './validate-ssml-vendor-lists';
import { parseTimeDesignation } from './values/time-designation';

type Check = {
  context: ValidationContext;
  element: SsmlElement;
  attribute: string;
  value: string;
};

const labels: Record<ValueListKey, string> = {
  google: 'Google',
  azure: 'Azure',
  polly: 'Polly',
  w3c: 'SSML 1.1 (the W3C say-as Note)',
  generic: 'No vendor',
};

/** Longest break each vendor takes, in milliseconds. */
const breakLimits: Partial<Record<CloudDialect, number>> = {
  polly: 10_000,
  azure: 20_000,
};

/**
 * Vendor rules for one attribute whose syntax is valid: say-as values and
 * formats and phoneme alphabets against the vendor's documented lists, the
 * longest break, https-only audio, Azure's speaking styles.
 */
export function checkVendorValue(check: Check & { key: ValueListKey }): void {
  const { element, attribute, value, key } = check;
  const label = labels[key];
  const name = `${element.name} ${attribute}`;
  if (name === 'break time' && key !== 'w3c' && key !== 'generic') {
    const limit = breakLimits[key];
    const milliseconds = parseTimeDesignation(value);
    if (limit !== undefined && milliseconds !== undefined && milliseconds > limit)
      report(
        check,
        'value-out-of-range',
        'warning',
        `${label} takes breaks of at most ${limit / 1000}s; time="${value}" is longer and is clamped`,
      );
  } else if (
    (name === 'audio src' || name === 'mstts:backgroundaudio src') &&
    (key === 'google' || key === 'azure')
  ) {
    if (!/^https:\/\//i.test(value))
      report(
        check,
        'unsupported-value',
        'warning',
        `${label} fetches audio over https only; src="${value}" will not play`,
      );
  } else if (name === 'mstts:express-as style' && key === 'azure') {
    if (!azureExpressStyles.has(value))
      report(
        check,
        'unsupported-value',
        'warning',
        `Azure documents no style "${value}"; it ignores <mstts:express-as> with an unknown style`,
      );
  } else if (name === 'say-as interpret-as') {
    const values = interpretAsValues(key);
    if (!values.includes(value))
      report(
        check,
        'unsupported-value',
        key === 'w3c' ? 'info' : 'warning',
        `${label} documents ${key === 'generic' ? '' : 'no '}interpret-as="${value}" (known: ${values.join(', ')})`,
      );
  } else if (name === 'say-as format') {
    const interpretAs = element.attributes['interpret-as'] ?? '';
    if (!isKnownFormat({ key, interpretAs, format: value }))
      report(
        check,
        'unsupported-value',
        key === 'w3c' ? 'info' : 'warning',
        `${label} documents ${key === 'generic' ? '' : 'no '}format="${value}" for interpret-as="${interpretAs}"`,
      );
  } else if (name === 'phoneme alphabet' && !isKnownAlphabet(key, value)) {
    report(
      check,
      'unsupported-value',
      'warning',
      `${label} ${key === 'generic' ? 'knows' : 'does not know'} the phonetic alphabet "${value}" (known: ${alphabetNames(key).join(', ')})`,
    );
  }
}

function report(
  check: Check,
  code: 'value-out-of-range' | 'unsupported-value',
  severity: SsmlDiagnosticSeverity,
  message: string,
): void {
  const { context, element, attribute } = check;
  context.collector.attribute({ code, severity, message, element, attribute });
}
