import type { AttributeRule, DropRule, KeepRule, ValueRule } from './capability-types';

/** Kept as written. */
export const pass: AttributeRule = { support: 'pass' };

/** Kept; `value` converts or clamps it. */
export function passValue(value: ValueRule, note?: string): AttributeRule {
  return note === undefined
    ? { support: 'pass', value }
    : { support: 'pass', value, note };
}

/** Kept under another name (`mark name` → `bookmark mark`). */
export function renameAttribute(renameTo: string, value?: ValueRule): AttributeRule {
  return value === undefined
    ? { support: 'pass', renameTo }
    : { support: 'pass', renameTo, value };
}

export function drop(reason: string): AttributeRule {
  return { support: 'drop', reason };
}

export function keep(
  attributes: KeepRule['attributes'],
  options: Omit<KeepRule, 'support' | 'attributes'> = {},
): KeepRule {
  return { support: 'keep', attributes, ...options };
}

/** The tag is dropped, its text spoken. */
export function unwrap(reason: string): DropRule {
  return { support: 'unwrap', reason };
}

/** The element is dropped with its content (which is never spoken, or it is empty). */
export function remove(reason: string, options: { silent?: boolean } = {}): DropRule {
  return options.silent
    ? { support: 'remove', reason, silent: true }
    : { support: 'remove', reason };
}

export function enumeration(
  values: readonly string[],
  aliases?: Readonly<Record<string, string>>,
): ValueRule {
  return aliases === undefined
    ? { kind: 'enumeration', values }
    : { kind: 'enumeration', values, aliases };
}

export function time(maximum?: number): ValueRule {
  return maximum === undefined
    ? { kind: 'time' }
    : { kind: 'time', range: { minimum: 0, maximum } };
}

export const breakStrengths = ['none', 'x-weak', 'weak', 'medium', 'strong', 'x-strong'];
export const emphasisLevels = ['strong', 'moderate', 'none', 'reduced'];
