import type { SsmlDocument } from '../ast';
import { type ParseSsmlOptions, parseSsml } from '../parse-ssml';
import {
  type AttributeList,
  audioAttributes,
  phonemeAttributes,
  prosodyAttributes,
  requireOptions,
  sayAsAttributes,
  voiceAttributes,
} from './builder-attributes';
import { requireLabel, requireText } from './builder-checks';
import { builderStartTag, builderText, requireXmlName } from './builder-markup';
import type {
  AmazonEffectOptions,
  AudioOptions,
  BreakStrength,
  EmphasisLevel,
  ExpressAsOptions,
  PhonemeOptions,
  ProsodyOptions,
  SayAsOptions,
  SpeakOptions,
  VoiceOptions,
} from './builder-options';
import { formatBreakOption } from './builder-values';
import {
  amazonEffectAttributes,
  expressAsAttributes,
  genericAttributes,
} from './builder-vendor-attributes';
import { speakStartTag } from './speak-start-tag';
import { SsmlBuilderError } from './ssml-builder-error';

/** Content of an element: text (escaped for you), or a callback that fills a nested builder. */
export type SsmlContent = string | ((builder: SsmlBuilder) => unknown);

const emphasisLevels = { strong: 1, moderate: 1, none: 1, reduced: 1 };

/**
 * Writes SSML from code. Every method appends to this builder and returns
 * it, so calls chain; nested content comes from callbacks. Text and
 * attribute values are escaped, characters XML cannot carry are replaced,
 * and units are written for you, so the output always parses with
 * `parseSsml`. Invalid options throw `SsmlBuilderError`.
 *
 * @example
 * ssml({ lang: 'en-US' })
 *   .s('Hello')
 *   .break(500)
 *   .prosody({ rate: 1.2 }, (b) => b.text('fast ').emphasis('strong', 'part'))
 *   .toString();
 */
export class SsmlBuilder {
  #markup = '';
  readonly #prefixes = new Set<string>();

  constructor(private readonly speak: SpeakOptions = {}) {}

  /** Text, escaped. */
  text(text: string | number): this {
    if (typeof text !== 'string' && !(typeof text === 'number' && Number.isFinite(text)))
      throw new SsmlBuilderError({
        option: 'text',
        value: text,
        expected: 'a string or a finite number',
      });
    this.#markup += builderText(String(text));
    return this;
  }

  /** A pause: milliseconds (`500` → `time="500ms"`) or a strength; none given is `<break/>`. */
  break(pause?: number | BreakStrength): this {
    return this.#element({
      name: 'break',
      attributes: formatBreakOption({ option: 'break', value: pause }),
    });
  }

  p(content: SsmlContent): this {
    return this.#element({ name: 'p', attributes: [], content });
  }

  s(content: SsmlContent): this {
    return this.#element({ name: 's', attributes: [], content });
  }

  prosody(options: ProsodyOptions, content: SsmlContent): this {
    return this.#element({
      name: 'prosody',
      attributes: prosodyAttributes(options),
      content,
    });
  }

  emphasis(level: EmphasisLevel, content: SsmlContent): this {
    const value = requireLabel({
      option: 'emphasis',
      value: level,
      labels: emphasisLevels,
    });
    return this.#element({ name: 'emphasis', attributes: [['level', value]], content });
  }

  sayAs(options: SayAsOptions, text: string): this {
    return this.#textElement({
      name: 'say-as',
      attributes: sayAsAttributes(options),
      text,
    });
  }

  sub(options: { alias: string }, text: string): this {
    const alias = requireText({ option: 'sub.alias', value: options?.alias });
    return this.#textElement({ name: 'sub', attributes: [['alias', alias]], text });
  }

  phoneme(options: PhonemeOptions, text: string): this {
    return this.#textElement({
      name: 'phoneme',
      attributes: phonemeAttributes(options),
      text,
    });
  }

  /** A voice by name (`'en-US-AvaNeural'`) or by features. */
  voice(options: VoiceOptions | string, content: SsmlContent): this {
    return this.#element({
      name: 'voice',
      attributes: voiceAttributes(options),
      content,
    });
  }

  /** Content in another language: `lang('fr-FR', 'Bonjour')`. */
  lang(language: string, content: SsmlContent): this {
    const tag = requireText({ option: 'lang', value: language });
    return this.#element({ name: 'lang', attributes: [['xml:lang', tag]], content });
  }

  /** A named point (reported back as a timepoint / speech mark). */
  mark(name: string): this {
    return this.#element({
      name: 'mark',
      attributes: [['name', requireText({ option: 'mark', value: name })]],
    });
  }

  /** Audio with an optional `desc` and fallback content spoken when it cannot play. */
  audio(options: AudioOptions, fallback?: SsmlContent): this {
    const attributes = audioAttributes(options);
    const { desc } = options;
    if (desc === undefined)
      return this.#element({ name: 'audio', attributes, content: fallback });
    const described = requireText({ option: 'audio.desc', value: desc });
    return this.#element({
      name: 'audio',
      attributes,
      content: (builder) => {
        builder.#element({ name: 'desc', attributes: [], content: described });
        if (fallback !== undefined)
          builder.#markup += builder.#content(fallback, 'audio');
      },
    });
  }

  /** Amazon Polly's `amazon:effect` (`{ name: 'whispered' }`, `{ vocalTractLength: 15 }`). */
  amazonEffect(options: AmazonEffectOptions, content: SsmlContent): this {
    return this.#element({
      name: 'amazon:effect',
      attributes: amazonEffectAttributes(options),
      content,
    });
  }

  /** Azure's `mstts:express-as` speaking style. */
  expressAs(options: ExpressAsOptions, content: SsmlContent): this {
    return this.#element({
      name: 'mstts:express-as',
      attributes: expressAsAttributes(options),
      content,
    });
  }

  /**
   * Any other element: `element({ name: 'mstts:silence', attributes: { type: 'Leading',
   * value: '200ms' } })`. Names are checked, values escaped.
   */
  element(
    options: { name: string; attributes?: Record<string, string | number> },
    content?: SsmlContent,
  ): this {
    const { name, attributes = {} } = requireOptions('element', options);
    return this.#element({
      name: requireXmlName('element', name),
      attributes: genericAttributes(attributes),
      content,
    });
  }

  /** The whole document: `<speak …>…</speak>`. */
  toString(): string {
    const start = speakStartTag({ options: this.speak, prefixes: this.#prefixes });
    return this.#markup === '' ? `${start}/>` : `${start}>${this.#markup}</speak>`;
  }

  /** The document, parsed (`options` are `parseSsml`'s limits). */
  toDocument(options?: ParseSsmlOptions): SsmlDocument {
    return parseSsml(this.toString(), options);
  }

  #element(options: {
    name: string;
    attributes: AttributeList;
    content?: SsmlContent;
  }): this {
    const { name } = options;
    const colon = name.indexOf(':');
    if (colon !== -1) this.#prefixes.add(name.slice(0, colon));
    const start = builderStartTag(name, options.attributes);
    const content =
      options.content === undefined ? '' : this.#content(options.content, name);
    this.#markup += content === '' ? `${start}/>` : `${start}>${content}</${name}>`;
    return this;
  }

  #textElement(options: { name: string; attributes: AttributeList; text: string }): this {
    if (typeof options.text !== 'string')
      throw new SsmlBuilderError({
        option: options.name,
        value: options.text,
        expected: 'text',
      });
    return this.#element({ ...options, content: options.text });
  }

  /** The markup of `content`; a callback's vendor prefixes are kept for `xmlns`. */
  #content(content: SsmlContent, option: string): string {
    if (typeof content === 'string') return builderText(content);
    if (typeof content !== 'function')
      throw new SsmlBuilderError({
        option,
        value: content,
        expected: 'a string or a callback',
      });
    const nested = new SsmlBuilder();
    content(nested);
    for (const prefix of nested.#prefixes) this.#prefixes.add(prefix);
    return nested.#markup;
  }
}

/** Starts an SSML document: `ssml({ lang: 'en-US' }).s('Hello').toString()`. */
export function ssml(options: SpeakOptions = {}): SsmlBuilder {
  return new SsmlBuilder(options);
}
