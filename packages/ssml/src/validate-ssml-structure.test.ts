import { describe, expect, it } from 'vitest';
import { brief, positionAfter, positionOf, validate } from './validate-ssml.test-helper';

describe('validateSsml content models and placement', () => {
  it('accepts a well-formed document with vendor extensions where they belong', () => {
    const source = [
      '<speak version="1.1" xml:lang="en-US" xmlns="http://www.w3.org/2001/10/synthesis">',
      '<lexicon uri="https://example.com/l.pls" xml:id="names"/><meta name="seeAlso" content="x"/>',
      '<p><s>Hello <break time="300ms"/><emphasis level="strong">there</emphasis>.</s>',
      '<s><lookup ref="names"><say-as interpret-as="characters">ABC</say-as></lookup></s></p>',
      '<amazon:effect name="drc"><prosody rate="90%">quiet</prosody></amazon:effect>',
      '<audio src="https://example.com/a.mp3"><desc>a cat</desc>meow</audio>',
      '<par><media begin="0.5s"><speak>nested</speak></media></par>',
      '</speak>',
    ].join('\n');
    expect(validate(source)).toEqual([]);
  });

  it('reports an element inside say-as at the child element', () => {
    const source = '<speak><say-as interpret-as="date"><break/>1/2</say-as></speak>';
    expect(validate(source)).toEqual([
      {
        code: 'invalid-child',
        severity: 'error',
        message: '<break> is not allowed inside <say-as>, which can only contain text',
        element: 'break',
        position: positionOf(source, '<break'),
      },
    ]);
  });

  it('reports an element inside sub and p inside s', () => {
    const source =
      '<speak><sub alias="x"><mark name="m"/>y</sub>\n<s>a <p>b</p></s></speak>';
    const diagnostics = validate(source);
    expect(brief(diagnostics)).toEqual([
      'invalid-child error 1:23 mark',
      'invalid-child error 2:6 p',
    ]);
    expect(diagnostics[1]?.message).toMatch(
      /^<p> is not allowed inside <s>, which may contain text and <audio>, /,
    );
  });

  it('reports lexicon, meta and metadata outside speak, and after content', () => {
    const source =
      '<speak>Hi<lexicon uri="l.pls" xml:id="l"/><p><meta name="a" content="b"/></p></speak>';
    expect(brief(validate(source))).toEqual([
      'invalid-order error 1:10 lexicon',
      'invalid-placement error 1:46 meta',
    ]);
    expect(validate(source)[1]?.message).toBe(
      '<meta> is allowed only as a child of <speak>, not inside <p>',
    );
  });

  it('lets lexicon sit in voice for Azure, not for Google', () => {
    const source =
      '<speak><voice name="v"><lexicon uri="https://x/l.xml" xml:id="l"/>Hi</voice></speak>';
    expect(
      validate(source, { dialect: 'azure' }).filter((d) => d.severity === 'error'),
    ).toEqual([]);
    expect(brief(validate(source, { dialect: 'google' })).slice(0, 1)).toEqual([
      'invalid-placement error 1:24 lexicon',
    ]);
  });

  it('requires mstts:backgroundaudio first, at most once, and desc inside audio', () => {
    const source = [
      '<speak><voice name="v">Hi</voice>',
      '<mstts:backgroundaudio src="https://x/a.mp3"/><mstts:backgroundaudio src="https://x/b.mp3"/>',
      '<desc>stray</desc></speak>',
    ].join('\n');
    expect(brief(validate(source))).toEqual([
      'invalid-order error 2:1 mstts:backgroundaudio',
      'invalid-order error 2:47 mstts:backgroundaudio',
      'limit-exceeded error 2:47 mstts:backgroundaudio',
      'invalid-placement error 3:1 desc',
    ]);
  });

  it('reports text in empty and element-only elements at its first character', () => {
    const source =
      '<speak><break>  pause</break><seq>\n  text<media><audio src="a.mp3"/></media></seq></speak>';
    expect(validate(source)).toMatchObject([
      {
        code: 'text-not-allowed',
        element: 'break',
        position: positionOf(source, 'pause'),
      },
      { code: 'text-not-allowed', element: 'seq', position: positionOf(source, 'text') },
    ]);
  });

  it('warns about unknown elements (their text is spoken) and checks inside them', () => {
    const source =
      '<speak><alexa:name type="first"/> <tag>x<say-as>y</say-as></tag></speak>';
    expect(brief(validate(source))).toEqual([
      'unknown-element warning 1:8 alexa:name',
      'unknown-element warning 1:35 tag',
      'missing-attribute error 1:41 say-as interpret-as',
    ]);
  });

  it('reports unknown elements inside text-only elements as misplaced too', () => {
    expect(brief(validate('<speak><sub alias="x"><foo/></sub></speak>'))).toEqual([
      'invalid-child error 1:23 foo',
      'unknown-element warning 1:23 foo',
    ]);
  });

  it('allows a nested speak only inside media', () => {
    const source = '<speak><p><speak>x</speak></p></speak>';
    expect(brief(validate(source))).toEqual(['invalid-child error 1:11 speak']);
  });

  it('does not look inside metadata', () => {
    const source =
      '<speak><metadata><rdf:RDF><rdf:Description dc:title="t"/></rdf:RDF></metadata>Hi</speak>';
    expect(validate(source)).toEqual([]);
  });

  it('positions findings after a BOM and across lines of a start tag', () => {
    const source =
      '\uFEFF<speak>\n<prosody\n   pitch="up"\n   rate="fast">x</prosody></speak>';
    expect(validate(source)).toMatchObject([
      {
        code: 'invalid-value',
        attribute: 'pitch',
        position: positionAfter(source, 'pitch="'),
      },
    ]);
    expect(validate(source)[0]?.position).toEqual({ offset: 28, line: 3, column: 11 });
  });
});
