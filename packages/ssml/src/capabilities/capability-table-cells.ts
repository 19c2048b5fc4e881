import { formatNumber, formatSigned } from '../values/format-number';
import type {
  AttributeRule,
  ElementRule,
  NumericRange,
  PitchForm,
  RateForm,
  ValueRule,
  VolumeForm,
} from './capability-types';

const rateForms: Readonly<Record<RateForm, string>> = {
  label: 'labels',
  percentage: '`N%`',
  'signed-percentage': '`±N%`',
  multiplier: '`N` (multiplier)',
};

const pitchForms: Readonly<Record<PitchForm, string>> = {
  label: 'labels',
  'signed-percentage': '`±N%`',
  percentage: '`N%`',
  semitones: '`±Nst`',
  'relative-hertz': '`±NHz`',
  'absolute-hertz': '`NHz`',
};

const volumeForms: Readonly<Record<VolumeForm, string>> = {
  label: 'labels',
  decibels: '`±NdB`',
  'unsigned-decibels': '`NdB`',
  'signed-percentage': '`±N%`',
  percentage: '`N%`',
  'signed-number': '`±N`',
  number: '`N` (0–100)',
};

const code = (value: string) => (value === '' ? '`""`' : `\`${value}\``);

function range(bounds: NumericRange, format: (amount: number) => string): string {
  const { minimum, maximum } = bounds;
  if (minimum !== undefined && maximum !== undefined)
    return `clamp ${format(minimum)}–${format(maximum)}`;
  return maximum !== undefined
    ? `clamp ≤ ${format(maximum)}`
    : `clamp ≥ ${format(minimum ?? 0)}`;
}

/** What a value rule passes, converts and clamps, for a README cell. */
export function describeValueRule(rule: ValueRule): string {
  switch (rule.kind) {
    case 'rate': {
      const writes = rule.writes === 'percentage' ? '`N%`' : '`N`';
      const parts = [
        `pass ${rule.accepts.map((form) => rateForms[form]).join(', ')}`,
        `convert → ${writes}`,
      ];
      const format = (amount: number) =>
        rule.writes === 'percentage'
          ? `${formatNumber(amount * 100)}%`
          : formatNumber(amount);
      if (rule.range !== undefined) parts.push(range(rule.range, format));
      return parts.join('; ');
    }
    case 'pitch': {
      const writes = rule.writes === 'semitones' ? '`±Nst`' : '`±N%`';
      const hertz = rule.accepts.includes('relative-hertz') ? '' : '; drop Hz';
      const clamp =
        rule.range === undefined
          ? ''
          : `; ${range(rule.range, (amount) => `${formatSigned(amount)}%`)}`;
      return `pass ${rule.accepts.map((form) => pitchForms[form]).join(', ')}; convert → ${writes}${hertz}${clamp}`;
    }
    case 'volume': {
      const writes = rule.writes === 'decibels' ? '`±NdB`' : '`±N%`';
      return `pass ${rule.accepts.map((form) => volumeForms[form]).join(', ')}; convert → ${writes}`;
    }
    case 'time':
      return rule.range === undefined
        ? 'pass'
        : `pass; ${range(rule.range, (amount) => `${amount}ms`)}`;
    case 'number': {
      const format = (amount: number) =>
        `${rule.signed ? formatSigned(amount) : formatNumber(amount)}${rule.unit}`;
      return `pass; ${range(rule.range, format)}`;
    }
    case 'enumeration': {
      const aliases = Object.entries(rule.aliases ?? {}).map(
        ([from, to]) => `${code(from)} → ${code(to)}`,
      );
      return [
        `pass ${rule.values.map(code).join(', ')}`,
        ...aliases.map((alias) => `convert ${alias}`),
      ].join('; ');
    }
    case 'interpret-as': {
      const preferred = Object.entries(rule.preferred ?? {}).map(
        ([from, to]) => `${code(from)} → ${code(to)}`,
      );
      return [
        `pass ${rule.values.map(code).join(', ')}`,
        `convert synonyms${preferred.length > 0 ? ` (${preferred.join(', ')})` : ''}`,
        'others: tag dropped',
      ].join('; ');
    }
    case 'break-strength':
      return `pass ${rule.values.map(code).join(', ')}; others → \`time\``;
  }
}

/** An attribute's cell: pass, convert, clamp or drop. */
export function describeAttributeRule(rule: AttributeRule | undefined): string {
  if (rule === undefined || rule.support === 'drop') return 'drop';
  const rename = rule.renameTo === undefined ? '' : `convert → ${code(rule.renameTo)}`;
  const value = rule.value === undefined ? '' : describeValueRule(rule.value);
  const note = rule.note === undefined ? '' : ` (${rule.note})`;
  return `${[rename, value].filter((part) => part !== '').join('; ') || 'pass'}${note}`;
}

/** An element's cell: pass, convert (renamed), or drop (text kept, or removed). */
export function describeElementRule(name: string, rule: ElementRule): string {
  if (rule.support !== 'keep') {
    if (rule.support === 'unwrap') return 'drop (text kept)';
    return rule.silent ? 'drop (never spoken)' : 'drop';
  }
  const conditions: string[] = [];
  if (rule.onlyInside !== undefined)
    conditions.push(`inside ${rule.onlyInside.map(code).join(', ')} only`);
  if (rule.onlyVoices !== undefined)
    conditions.push(`${rule.onlyVoices.join(', ')} only`);
  if (rule.note !== undefined) conditions.push(rule.note);
  const action =
    rule.renameTo !== undefined && rule.renameTo !== name
      ? `convert → ${code(rule.renameTo)}`
      : 'pass';
  return conditions.length === 0 ? action : `${action} (${conditions.join('; ')})`;
}
