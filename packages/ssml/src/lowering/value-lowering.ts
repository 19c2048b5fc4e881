import type { ValueRule } from '../capabilities/capability-types';
import { breakStrengthToMilliseconds } from '../values/break-strength';
import { formatNumber, formatSigned, parseDecimal } from '../values/format-number';
import { canonicalInterpretAs } from '../values/interpret-as';
import { formatMilliseconds, parseTimeDesignation } from '../values/time-designation';
import { lowerPitch, lowerRate, lowerVolume } from './prosody-value-lowering';
import {
  clampToRange,
  describeRange,
  passOutcome,
  type ValueOutcome,
} from './value-outcome';

/** Checks `value` against `rule`: passes, converts, clamps, or finds it invalid. */
export function lowerValue(rule: ValueRule, value: string): ValueOutcome {
  switch (rule.kind) {
    case 'rate':
      return lowerRate(rule, value);
    case 'pitch':
      return lowerPitch(rule, value);
    case 'volume':
      return lowerVolume(rule, value);
    case 'time':
      return lowerTime(rule, value);
    case 'number':
      return lowerNumber(rule, value);
    case 'enumeration':
      return lowerEnumeration(rule, value);
    case 'interpret-as':
      return lowerInterpretAs(rule, value);
    case 'break-strength':
      return lowerBreakStrength(rule, value);
  }
}

function lowerTime(
  rule: Extract<ValueRule, { kind: 'time' }>,
  value: string,
): ValueOutcome {
  const milliseconds = parseTimeDesignation(value);
  if (milliseconds === undefined)
    return { kind: 'invalid', reason: 'is not a time (250ms, 3s)' };
  const clamped = clampToRange(milliseconds, rule.range);
  if (clamped === undefined || rule.range === undefined) return passOutcome;
  return {
    kind: 'clamped',
    value: formatMilliseconds(clamped),
    range: describeRange(rule.range, formatMilliseconds),
  };
}

function lowerNumber(
  rule: Extract<ValueRule, { kind: 'number' }>,
  value: string,
): ValueOutcome {
  const text = value.trim();
  const unit = rule.unit;
  const hasUnit = text.toLowerCase().endsWith(unit.toLowerCase());
  const amount = hasUnit
    ? parseDecimal(text.slice(0, text.length - unit.length).trim())
    : undefined;
  if (amount === undefined) {
    const example = `${rule.signed ? '+' : ''}${formatNumber(rule.range.maximum ?? 1)}${unit}`;
    return { kind: 'invalid', reason: `is not a number like ${example}` };
  }
  const write = (number: number) =>
    `${rule.signed ? formatSigned(number) : formatNumber(number)}${unit}`;
  const clamped = clampToRange(amount, rule.range);
  if (clamped === undefined) return passOutcome;
  return {
    kind: 'clamped',
    value: write(clamped),
    range: describeRange(rule.range, write),
  };
}

function lowerEnumeration(
  rule: Extract<ValueRule, { kind: 'enumeration' }>,
  value: string,
): ValueOutcome {
  if (rule.values.includes(value)) return passOutcome;
  const alias =
    rule.aliases !== undefined && Object.hasOwn(rule.aliases, value)
      ? rule.aliases[value]
      : rule.values.find(
          (candidate) => candidate.toLowerCase() === value.trim().toLowerCase(),
        );
  if (alias !== undefined) return { kind: 'converted', value: alias };
  return {
    kind: 'invalid',
    reason: `is not one of ${rule.values.map(quote).join(', ')}`,
  };
}

function lowerInterpretAs(
  rule: Extract<ValueRule, { kind: 'interpret-as' }>,
  value: string,
): ValueOutcome {
  if (rule.values.includes(value)) return passOutcome;
  const canonical = canonicalInterpretAs(value);
  const preferred =
    rule.preferred !== undefined && Object.hasOwn(rule.preferred, canonical)
      ? (rule.preferred[canonical] as string)
      : canonical;
  if (rule.values.includes(preferred)) return { kind: 'converted', value: preferred };
  return { kind: 'invalid', reason: 'is not an interpretation it supports' };
}

function lowerBreakStrength(
  rule: Extract<ValueRule, { kind: 'break-strength' }>,
  value: string,
): ValueOutcome {
  if (rule.values.includes(value)) return passOutcome;
  const milliseconds = breakStrengthToMilliseconds(value);
  if (milliseconds === undefined)
    return {
      kind: 'invalid',
      reason: `is not one of ${rule.values.map(quote).join(', ')}`,
    };
  return {
    kind: 'converted',
    value: formatMilliseconds(milliseconds),
    attribute: 'time',
  };
}

const quote = (value: string) => `"${value}"`;
