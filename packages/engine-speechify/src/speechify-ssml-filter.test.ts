import { describe, expect, it } from 'vitest';
import { filterSsmlForSpeechify } from './speechify-ssml-filter';

// What @ttskit/ssml's w3c dialect writes for a document using every element.
const w3c =
  '<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="en-US"><p><s>Héllo &amp; <emphasis>wörld</emphasis> 😀.</s></p><prosody rate="150%" pitch="+10%" volume="loud" contour="(0%,+20Hz)">fast <mark name="m1"/>text</prosody><say-as interpret-as="characters">abc</say-as><break time="20s"/><audio src="x.mp3">fallback<desc>d</desc></audio><sub alias="World Wide Web">WWW</sub><phoneme ph="x">tomato</phoneme><voice name="x">v</voice><lang xml:lang="fr-FR">bonjour</lang></speak>';

describe('filterSsmlForSpeechify', () => {
  it('rewrites w3c SSML into the subset Speechify documents', () => {
    const filtered = filterSsmlForSpeechify({ input: w3c });
    expect(filtered.text).toBe(
      '<speak> Héllo &amp; <emphasis>wörld</emphasis> 😀. <prosody rate="+50%" pitch="+10%" volume="loud">fast text</prosody>abc<break time="10000ms"/>fallback<sub alias="World Wide Web">WWW</sub>tomatovbonjour</speak>',
    );
    expect(filtered.language).toBe('en-US');
    expect(filtered.warnings).toMatchInlineSnapshot(`
      [
        {
          "details": "Speechify's prosody has no contour: the attribute is dropped",
          "feature": "ssml.prosody.contour",
          "type": "unsupported-feature",
        },
        {
          "details": "Speechify has no <mark>: it is dropped and no mark time comes back",
          "feature": "ssml.mark",
          "type": "unsupported-feature",
        },
        {
          "details": "Speechify documents no <say-as>: its text is spoken as written",
          "feature": "ssml.say-as",
          "type": "unsupported-feature",
        },
        {
          "details": "Speechify breaks last at most 10 s: 20s became 10 s",
          "feature": "ssml.break.time",
          "type": "unsupported-feature",
        },
        {
          "details": "Speechify plays no <audio>: its fallback text is spoken",
          "feature": "ssml.audio",
          "type": "unsupported-feature",
        },
        {
          "details": "Speechify documents no <phoneme>: its text is spoken as written",
          "feature": "ssml.phoneme",
          "type": "unsupported-feature",
        },
        {
          "details": "Speechify speaks one voice per request: <voice> is dropped, its text kept",
          "feature": "ssml.voice",
          "type": "unsupported-feature",
        },
        {
          "details": "Speechify documents no <lang>: its text is spoken in the request language",
          "feature": "ssml.lang",
          "type": "unsupported-feature",
        },
      ]
    `);
  });

  it('maps every copied text offset back to the input', () => {
    const { text, map } = filterSsmlForSpeechify({ input: w3c });
    for (const word of [
      'Héllo',
      '&amp;',
      'wörld',
      '😀',
      'fast',
      'text',
      'WWW',
      'bonjour',
    ]) {
      const at = text.indexOf(word);
      const start = map.toSource(at, 'start') as number;
      const end = map.toSource(at + word.length, 'end') as number;
      expect(w3c.slice(start, end)).toBe(word);
    }
  });

  it('wraps content in <speechify:style> and counts repeated drops once', () => {
    const filtered = filterSsmlForSpeechify({
      input: '<speak>a <mark name="1"/>b <mark name="2"/>c</speak>',
      emotion: 'calm',
    });
    expect(filtered.text).toBe(
      '<speak><speechify:style emotion="calm">a b c</speechify:style></speak>',
    );
    expect(filtered.warnings).toEqual([
      expect.objectContaining({
        feature: 'ssml.mark',
        details: expect.stringContaining('(2 times)'),
      }),
    ]);
  });

  it('adds <speak> around a fragment and keeps speechify:style as written', () => {
    const filtered = filterSsmlForSpeechify({
      input: 'Hi <speechify:style emotion="sad">there</speechify:style>',
    });
    expect(filtered.text).toBe(
      '<speak>Hi <speechify:style emotion="sad">there</speechify:style></speak>',
    );
    expect(filtered.map.toSource(filtered.text.indexOf('there'), 'start')).toBe(
      'Hi <speechify:style emotion="sad">'.length,
    );
  });

  it('removes desc and metadata with their content, drops comments, keeps CDATA text', () => {
    const filtered = filterSsmlForSpeechify({
      input:
        '<?xml version="1.0"?><speak><!-- note --><metadata><x>y</x></metadata>one <emphasis level="none">two</emphasis> <emphasis level="x-strong">three</emphasis></speak>',
    });
    expect(filtered.text).toBe(
      '<speak>one two <emphasis level="strong">three</emphasis></speak>',
    );
  });

  it('unwraps a prosody with nothing left to say', () => {
    const filtered = filterSsmlForSpeechify({
      input: '<speak><prosody pitch="200Hz">low</prosody></speak>',
    });
    expect(filtered.text).toBe('<speak>low</speak>');
    expect(filtered.warnings[0]).toMatchObject({ feature: 'ssml.prosody.pitch' });
  });
});
