import { describe, expect, it } from 'vitest';
import { MappedTextBuilder, OffsetMap } from './offset-map';

describe('OffsetMap', () => {
  it('maps copied text exactly and markup to the nearest text', () => {
    const source = 'ab<x>cd';
    const builder = new MappedTextBuilder();
    builder.appendMarkup('<speak>');
    builder.appendSource({ text: 'ab', sourceStart: 0, sourceEnd: 2 });
    builder.appendMarkup('<y>');
    builder.appendSource({ text: 'cd', sourceStart: 5, sourceEnd: 7 });
    builder.appendMarkup('</speak>');
    const { text, map } = builder.build();
    expect(text).toBe('<speak>ab<y>cd</speak>');
    expect(map.toSource(7, 'start')).toBe(0); // a
    expect(map.toSource(9, 'end')).toBe(2); // after b
    expect(map.toSource(12, 'start')).toBe(5); // c
    expect(map.toSource(14, 'end')).toBe(7);
    expect(map.toSource(0, 'start')).toBe(0); // markup before text: next text
    expect(map.toSource(11, 'end')).toBe(2); // inside <y>: previous text's end
    expect(map.toSource(20, 'end')).toBe(7);
    expect(map.toSource(20, 'start')).toBeUndefined();
    expect(source.slice(5, 7)).toBe('cd');
  });

  it('maps inside a rewritten piece (an entity) to the whole source character', () => {
    const builder = new MappedTextBuilder();
    builder.appendSource({ text: 'a', sourceStart: 0, sourceEnd: 1 });
    builder.appendSource({ text: '&amp;', sourceStart: 1, sourceEnd: 2 });
    builder.appendSource({ text: 'b', sourceStart: 2, sourceEnd: 3 });
    const { map } = builder.build();
    expect(map.toSource(1, 'start')).toBe(1);
    expect(map.toSource(3, 'start')).toBe(1);
    expect(map.toSource(6, 'end')).toBe(2);
    expect(map.toSource(7, 'end')).toBe(3);
  });

  it('identity maps every offset to itself', () => {
    const map = OffsetMap.identity(5);
    expect(map.toSource(0, 'start')).toBe(0);
    expect(map.toSource(5, 'end')).toBe(5);
    expect(map.toSource(3, 'end')).toBe(3);
  });
});
