import { describe, expect, it } from 'vitest';
import {
  getAttributeDefinition,
  getElementDefinition,
  listElementDefinitions,
} from './element-definitions';
import { knownElementNames, vendorElementNames, w3cElementNames } from './element-names';

describe('the element model', () => {
  it('defines every known element once, W3C first', () => {
    const names = listElementDefinitions().map((definition) => definition.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual([...knownElementNames].sort());
    expect(
      w3cElementNames.every((name) => getElementDefinition(name).vendor === 'w3c'),
    ).toBe(true);
    expect(vendorElementNames.map((name) => getElementDefinition(name).vendor)).toEqual([
      'amazon',
      'amazon',
      'amazon',
      'amazon',
      'google',
      'google',
      'google',
      'google',
      'microsoft',
      'microsoft',
      'microsoft',
      'microsoft',
      'microsoft',
      'microsoft',
    ]);
    expect(getElementDefinition('alexa:name')).toBeUndefined();
  });

  it('names only known elements in content models and placements', () => {
    const known = new Set<string>(knownElementNames);
    for (const definition of listElementDefinitions()) {
      const { content, placement } = definition;
      const children =
        content.kind === 'mixed' || content.kind === 'elements' ? content.children : [];
      const parents = [
        ...(placement?.parents ?? []),
        ...Object.values(placement?.vendorParents ?? {}).flat(),
      ];
      expect(
        [...children, ...parents].filter((name) => !known.has(name)),
        definition.name,
      ).toEqual([]);
      const attributes = definition.attributes.map((attribute) => attribute.name);
      expect(new Set(attributes).size, definition.name).toBe(attributes.length);
      for (const name of [
        ...(definition.requiresOneOf ?? []),
        ...(definition.mutuallyExclusive ?? []),
      ])
        expect(attributes, definition.name).toContain(name);
    }
  });

  it('records the W3C rules: required attributes, content models, placement', () => {
    expect(getElementDefinition('say-as').content).toEqual({ kind: 'text' });
    expect(getElementDefinition('break').content).toEqual({ kind: 'empty' });
    const required = (name: string) =>
      getElementDefinition(name)
        ?.attributes.filter((attribute) => attribute.required)
        .map((attribute) => attribute.name);
    expect(required('lexicon')).toEqual(['uri', 'xml:id']);
    expect(required('meta')).toEqual(['content']);
    expect(getElementDefinition('meta').mutuallyExclusive).toEqual([
      'name',
      'http-equiv',
    ]);
    expect(getElementDefinition('lexicon').placement).toEqual({
      parents: ['speak'],
      vendorParents: { microsoft: ['voice'] },
      leading: true,
    });
    expect(getElementDefinition('mstts:backgroundaudio').placement).toEqual({
      parents: ['speak'],
      first: true,
      maximumPerDocument: 1,
    });
    const s = getElementDefinition('s').content;
    expect(s.kind === 'mixed' && s.children.includes('p')).toBe(false);
    expect(
      getAttributeDefinition({ element: 'break', attribute: 'strength' })?.value,
    ).toEqual({
      kind: 'enum',
      values: ['none', 'x-weak', 'weak', 'medium', 'strong', 'x-strong'],
    });
  });

  it('merges vendor attributes into the elements they extend', () => {
    expect(
      getAttributeDefinition({ element: 'prosody', attribute: 'amazon:max-duration' }),
    ).toMatchObject({
      vendor: 'amazon',
      value: { kind: 'time' },
    });
    expect(getElementDefinition('prosody').requiresOneOf).toContain(
      'amazon:max-duration',
    );
    expect(
      getAttributeDefinition({ element: 'voice', attribute: 'language' })?.vendor,
    ).toBe('google');
    expect(
      getAttributeDefinition({ element: 'voice', attribute: 'effect' })?.vendor,
    ).toBe('microsoft');
    expect(
      getAttributeDefinition({ element: 'say-as', attribute: 'google:style' })?.vendor,
    ).toBe('google');
    expect(
      getAttributeDefinition({ element: 'break', attribute: 'amazon:max-duration' }),
    ).toBeUndefined();
  });
});
