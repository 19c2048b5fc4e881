import { requireText } from './builder-checks';
import { builderStartTag } from './builder-markup';
import type { SpeakOptions } from './builder-options';
import { SsmlBuilderError } from './ssml-builder-error';

const ssmlNamespace = 'http://www.w3.org/2001/10/synthesis';

/** Namespaces of the vendor prefixes, as the vendors' own examples declare them. */
const vendorNamespaces: Readonly<Record<string, string>> = {
  amazon: 'https://aws.amazon.com/polly',
  mstts: 'https://www.w3.org/2001/mstts',
  google: 'http://www.google.com/2017/ssml',
};

/** `<speak` with the attributes `options` ask for (without the closing `>`). */
export function speakStartTag(options: {
  options: SpeakOptions;
  prefixes: ReadonlySet<string>;
}): string {
  const { version, xmlns, lang } = options.options;
  const attributes: Array<[string, string]> = [];
  if (version !== undefined)
    attributes.push(['version', requireText({ option: 'ssml.version', value: version })]);
  if (xmlns !== undefined && xmlns !== false) {
    if (xmlns !== true && typeof xmlns !== 'string')
      throw new SsmlBuilderError({
        option: 'ssml.xmlns',
        value: xmlns,
        expected: 'a boolean or a string',
      });
    attributes.push([
      'xmlns',
      xmlns === true
        ? ssmlNamespace
        : requireText({ option: 'ssml.xmlns', value: xmlns }),
    ]);
    for (const prefix of [...options.prefixes].sort()) {
      const namespace = vendorNamespaces[prefix];
      if (namespace !== undefined && Object.hasOwn(vendorNamespaces, prefix))
        attributes.push([`xmlns:${prefix}`, namespace]);
    }
  }
  if (lang !== undefined)
    attributes.push(['xml:lang', requireText({ option: 'ssml.lang', value: lang })]);
  return builderStartTag('speak', attributes);
}
