import fc from 'fast-check';

/**
 * The grammar random SSML documents are drawn from: the elements and
 * attributes users send (W3C SSML 1.1, Amazon, Google and Microsoft
 * extensions, one unknown element), with plausible values and now and then
 * a nasty one (quotes, `&`, `<`, whitespace, astral and RTL characters).
 */

export const nastyValue = fc
  .array(
    fc.constantFrom(
      'a',
      'b c',
      ' ',
      '&',
      '<',
      '>',
      '"',
      "'",
      '\t',
      '\n',
      '\r',
      '😀',
      'שלום',
      '日本',
      '&amp;',
    ),
    { maxLength: 5 },
  )
  .map((pieces) => pieces.join(''));

/** A plausible value for an attribute, or now and then a nasty one. */
const plausibleOr = (...plausible: string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...plausible) },
    { weight: 1, arbitrary: nastyValue },
  );

export const language = plausibleOr(
  'en-US',
  'en-GB',
  'fr-FR',
  'de-DE',
  'ja-JP',
  'he-IL',
  'ar-EG',
);

export type ElementSpec = {
  name: string;
  attributes: Record<string, fc.Arbitrary<string>>;
  /** Always empty (`break`, `mark`…). */
  empty?: boolean;
  weight?: number;
};

export const elementSpecs: ElementSpec[] = [
  { name: 'p', attributes: { 'xml:lang': language }, weight: 3 },
  { name: 's', attributes: { 'xml:lang': language }, weight: 3 },
  {
    name: 'break',
    empty: true,
    weight: 3,
    attributes: {
      time: plausibleOr('500ms', '1s', '2.5s', '0s', '100000s', 'soon'),
      strength: plausibleOr('none', 'x-weak', 'weak', 'medium', 'strong', 'x-strong'),
    },
  },
  {
    name: 'prosody',
    weight: 3,
    attributes: {
      rate: plausibleOr('slow', 'x-fast', '150%', '+10%', '-20%', '0%', '2'),
      pitch: plausibleOr('high', '+5st', '-10%', '200Hz', 'x-low'),
      volume: plausibleOr('loud', 'silent', '+6dB', '-3dB', '50'),
      'amazon:max-duration': plausibleOr('2s', '500ms'),
    },
  },
  {
    name: 'emphasis',
    attributes: { level: plausibleOr('strong', 'moderate', 'none', 'reduced') },
  },
  {
    name: 'say-as',
    weight: 2,
    attributes: {
      'interpret-as': plausibleOr(
        'characters',
        'spell-out',
        'digits',
        'cardinal',
        'date',
        'telephone',
        'verbatim',
        'expletive',
      ),
      format: plausibleOr('mdy', 'dmy', 'ymd'),
      detail: plausibleOr('1', '2'),
    },
  },
  {
    name: 'sub',
    weight: 2,
    attributes: { alias: plausibleOr('World Wide Web', '', 'doctor', 'A & B') },
  },
  {
    name: 'phoneme',
    attributes: {
      alphabet: plausibleOr('ipa', 'x-sampa'),
      ph: plausibleOr('təˈmɑːtoʊ', 'pɪˈkɑːn'),
    },
  },
  {
    name: 'voice',
    attributes: {
      name: plausibleOr('Joanna', 'en-US-JennyNeural', 'en-US-Wavenet-D'),
      gender: plausibleOr('female', 'male', 'neutral'),
      'xml:lang': language,
    },
  },
  { name: 'lang', attributes: { 'xml:lang': language } },
  { name: 'mark', empty: true, attributes: { name: plausibleOr('here', 'm1', 'a b') } },
  { name: 'bookmark', empty: true, attributes: { mark: plausibleOr('b1', 'there') } },
  {
    name: 'audio',
    attributes: { src: plausibleOr('https://example.com/a.mp3', 'clip.wav') },
  },
  { name: 'desc', attributes: { 'xml:lang': language } },
  {
    name: 'lexicon',
    empty: true,
    attributes: {
      uri: plausibleOr('https://example.com/l.pls'),
      'xml:id': plausibleOr('lex'),
    },
  },
  {
    name: 'meta',
    empty: true,
    attributes: { name: plausibleOr('seeAlso'), content: plausibleOr('x') },
  },
  { name: 'metadata', attributes: {} },
  {
    name: 'w',
    attributes: { role: plausibleOr('amazon:VB', 'amazon:DT', 'amazon:SENSE_1') },
  },
  { name: 'token', attributes: {} },
  {
    name: 'amazon:effect',
    attributes: {
      name: plausibleOr('whispered', 'drc'),
      'vocal-tract-length': plausibleOr('+10%'),
    },
  },
  { name: 'amazon:domain', attributes: { name: plausibleOr('news', 'conversational') } },
  {
    name: 'amazon:emotion',
    attributes: { name: plausibleOr('excited'), intensity: plausibleOr('high') },
  },
  {
    name: 'amazon:breath',
    empty: true,
    attributes: { duration: plausibleOr('short', 'long') },
  },
  { name: 'amazon:auto-breaths', attributes: { frequency: plausibleOr('low', 'high') } },
  {
    name: 'mstts:express-as',
    attributes: { style: plausibleOr('cheerful', 'sad'), styledegree: plausibleOr('2') },
  },
  {
    name: 'mstts:silence',
    empty: true,
    attributes: { type: plausibleOr('Sentenceboundary'), value: plausibleOr('200ms') },
  },
  { name: 'google:style', attributes: { name: plausibleOr('lively', 'apologetic') } },
  { name: 'par', attributes: {} },
  { name: 'seq', attributes: {} },
  {
    name: 'media',
    attributes: { begin: plausibleOr('0.5s'), soundLevel: plausibleOr('+2dB') },
  },
  { name: 'speak', attributes: {}, weight: 1 / 2 },
  { name: 'x-unknown', attributes: { 'data-x': nastyValue }, weight: 1 / 2 },
];

/** What may come before the root: BOM, XML declaration, DOCTYPE, a comment. */
export const prologs = [
  '',
  '<?xml version="1.0"?>',
  '<?xml version="1.0" encoding="UTF-8"?>\n',
  '\uFEFF',
  '\uFEFF<?xml version="1.0" encoding="utf-8" standalone="yes"?>\r\n',
  '<!DOCTYPE speak>\n',
  '<?xml version="1.0"?>\n<!DOCTYPE speak PUBLIC "-//W3C//DTD SYNTHESIS 1.0//EN" "http://www.w3.org/TR/speech-synthesis/synthesis.dtd">\n',
  '<!-- before -->\n',
];
