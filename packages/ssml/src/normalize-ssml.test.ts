import { describe, expect, it } from 'vitest';
import type { SsmlElement } from './ast';
import { canonicalizeSsml } from './canonicalize-ssml';
import { normalizeSsml } from './normalize-ssml';
import { parseSsml } from './parse-ssml';
import { serializeSsml } from './serialize-ssml';
import { sourceMapProblems } from './source-map.test-helper';
import { textToSsmlDocument } from './text-to-ssml-document';
import { toPlainText } from './to-plain-text';

const normalized = (ssml: string) => normalizeSsml(parseSsml(ssml)).document;
const element = (root: SsmlElement, index: number) => root.children[index] as SsmlElement;

describe('normalizeSsml', () => {
  const source =
    '<speak xml:lang="EN-us">Hi <prosody rate="fast" pitch="+2st">there</prosody>' +
    '<break strength="strong"/><s>same <emphasis level="strong">old</emphasis></s>' +
    '<bookmark mark="m"/></speak>';

  it('rewrites values to their canonical form', () => {
    const { root } = normalized(source);
    expect(root.attributes).toEqual({ 'xml:lang': 'en-US' });
    expect(element(root, 1).attributes).toEqual({ rate: '155%', pitch: '+12.25%' });
    expect(element(root, 2).attributes).toEqual({ time: '1000ms' });
    // bookmark stays as written; canonicalizeSsml folds it into mark
    expect(element(root, 4)).toMatchObject({
      name: 'bookmark',
      attributes: { mark: 'm' },
    });
  });

  it('never mutates its input and shares what it did not change', () => {
    const document = parseSsml(source);
    const before = structuredClone(document);
    const result = normalizeSsml(document).document;
    expect(document).toEqual(before);
    expect(result).not.toBe(document);
    expect(result.root).not.toBe(document.root);
    expect(element(result.root, 3)).toBe(element(document.root, 3));
    expect(result.root.children[0]).toBe(document.root.children[0]);
  });

  it('returns the same tree for a normalized document', () => {
    const once = normalized(source);
    const twice = normalizeSsml(once).document;
    expect(twice.root).toBe(once.root);
    expect(normalizeSsml(twice, { recordChanges: true }).changes).toEqual([]);
  });

  it('keeps source, origin and every span', () => {
    const document = parseSsml(source);
    const result = normalizeSsml(document).document;
    expect(result.source).toBe(document.source);
    expect(result.origin).toBe('ssml');
    const spans = (root: SsmlElement): unknown[] => [
      root.span,
      ...root.children.map((child) =>
        child.type === 'text' ? child.span : spans(child),
      ),
    ];
    expect(spans(result.root)).toEqual(spans(document.root));
    const text = textToSsmlDocument('a <b>');
    expect(normalizeSsml(text).document).toEqual(text);
  });

  it('keeps text, so source maps still map it character by character', () => {
    const document = parseSsml(source);
    const result = normalizeSsml(document).document;
    const { ssml, sourceMap } = serializeSsml(result, { dialect: 'w3c' });
    expect(sourceMapProblems({ output: ssml, source, sourceMap })).toEqual([]);
    const there = ssml.indexOf('there');
    expect(ssml).toContain('rate="155%"');
    expect(sourceMap.toSourceRange({ start: there, end: there + 5 })).toEqual({
      start: source.indexOf('there'),
      end: source.indexOf('there') + 5,
    });
    expect(toPlainText(result)).toEqual(toPlainText(document));
  });

  it('leaves invalid values as written and never throws', () => {
    const { root } = normalized(
      '<speak><prosody rate="warp" volume="-3 decibels">x</prosody><break strength="huge"/>' +
        '<break time="soon" strength="weak"/><bookmark/><say-as>x</say-as></speak>',
    );
    expect(element(root, 0).attributes).toEqual({ rate: 'warp', volume: '-3 decibels' });
    expect(element(root, 1).attributes).toEqual({ strength: 'huge' });
    expect(element(root, 2).attributes).toEqual({ time: 'soon', strength: 'weak' });
    expect(element(root, 3)).toMatchObject({ name: 'bookmark', attributes: {} });
    expect(element(root, 4).attributes).toEqual({});
  });

  it('keeps vendor names and spoken aliases as written', () => {
    const { root } = normalized(
      '<speak><amazon:effect name="drc">a</amazon:effect><mstts:silence type="Sentenceboundary" value="1s"/>' +
        '<sub alias=" W3 C ">W3C</sub></speak>',
    );
    expect(element(root, 0).attributes).toEqual({ name: 'drc' });
    expect(element(root, 1).attributes).toEqual({
      type: 'Sentenceboundary',
      value: '1000ms',
    });
    expect(element(root, 2).attributes).toEqual({ alias: ' W3 C ' });
  });

  it('copies an attribute named __proto__ as data', () => {
    const { root } = normalized(
      '<speak><s __proto__=" x ">a</s><bookmark __proto__="y" mark="m"/></speak>',
    );
    expect(Object.getPrototypeOf(element(root, 0).attributes)).toBe(Object.prototype);
    expect(element(root, 0).attributes).toEqual(Object.fromEntries([['__proto__', 'x']]));
    expect(Object.keys(element(root, 1).attributes)).toEqual(['__proto__', 'mark']);
  });

  it('reports changes only when asked', () => {
    const document = parseSsml(
      '<speak>\n<bookmark mark="m"/><break/><prosody rate="1">x</prosody></speak>',
    );
    expect(normalizeSsml(document).changes).toBeUndefined();
    expect(normalizeSsml(document, { recordChanges: true }).changes).toEqual([
      { element: 'break', line: 2, column: 21, attribute: 'time', after: '750ms' },
      {
        element: 'prosody',
        line: 2,
        column: 29,
        attribute: 'rate',
        before: '1',
        after: '100%',
      },
    ]);
  });

  it('gives equivalent documents one canonical string', () => {
    const left =
      '<speak><s>Go <prosody rate="fast" volume="loud">now</prosody></s><break/></speak>';
    const right =
      '<speak>\n  <s>Go <prosody volume="+6dB" rate="155%">now</prosody></s>\n  <break time="0.75s"/>\n</speak>';
    const key = (ssml: string) => canonicalizeSsml(normalized(ssml));
    expect(key(left)).toBe(key(right));
    expect(canonicalizeSsml(parseSsml(left))).not.toBe(
      canonicalizeSsml(parseSsml(right)),
    );
  });
});
