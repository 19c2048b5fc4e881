import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SsmlElement } from '../ast';
import { forbiddenXmlCharacter } from '../forbidden-xml-characters';
import { propertyParameters } from '../property-parameters.test-helper';
import { xmlWellFormednessError } from '../xml-well-formed.test-helper';
import { sanitizeXmlCharacters } from './builder-markup';
import { ssml } from './ssml-builder';

const textValue = (element: SsmlElement) =>
  element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');

// Every UTF-16 unit: markup characters, controls, lone surrogates, astral pairs.
const anyText = fc.string({ unit: 'binary', maxLength: 40 });
const nonBlank = anyText.filter((value) => value.trim() !== '');

describe('ssml() escaping', () => {
  it('sanitizes what XML cannot carry: controls become spaces, lone surrogates U+FFFD', () => {
    expect(sanitizeXmlCharacters('a\fb\u0000c\uFFFFd')).toBe('a b c d');
    expect(sanitizeXmlCharacters('x\uD800y\uDC00z\uD83D\uDE00')).toBe(
      'x\uFFFDy\uFFFDz😀',
    );
    const clean = 'plain';
    expect(sanitizeXmlCharacters(clean)).toBe(clean);
  });

  it('keeps any text exactly, once sanitized, and always writes well-formed XML', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const built = ssml().text(text).s(text);
        const source = built.toString();
        expect(xmlWellFormednessError(source)).toBeUndefined();
        const { root } = built.toDocument();
        const expected = sanitizeXmlCharacters(text);
        expect(forbiddenXmlCharacter.test(expected)).toBe(false);
        expect(textValue(root)).toBe(expected);
        if (expected !== '')
          expect(textValue(root.children.at(-1) as SsmlElement)).toBe(expected);
      }),
      propertyParameters(500),
    );
  });

  it('keeps any attribute value exactly, once sanitized', () => {
    fc.assert(
      fc.property(nonBlank, anyText, (value, content) => {
        const built = ssml()
          .sub({ alias: value }, content)
          .mark(value)
          .element({ name: 'x:y', attributes: { 'data-value': value } }, content);
        expect(xmlWellFormednessError(built.toString())).toBeUndefined();
        const [sub, mark, other] = built.toDocument().root.children as SsmlElement[];
        const expected = sanitizeXmlCharacters(value);
        expect(sub?.attributes.alias).toBe(expected);
        expect(mark?.attributes.name).toBe(expected);
        expect(other?.attributes['data-value']).toBe(expected);
        expect(textValue(sub as SsmlElement)).toBe(sanitizeXmlCharacters(content));
      }),
      propertyParameters(500),
    );
  });

  it('nests to any depth the parser allows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), anyText, (depth, text) => {
        const nest = (level: number) => (b: ReturnType<typeof ssml>) =>
          level === 0
            ? b.text(text)
            : b.prosody({ rate: 1 + level / 10 }, nest(level - 1));
        const built = nest(depth)(ssml());
        expect(xmlWellFormednessError(built.toString())).toBeUndefined();
        expect(() => built.toDocument()).not.toThrow();
      }),
      propertyParameters(100),
    );
  });
});
