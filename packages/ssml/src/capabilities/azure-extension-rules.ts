import {
  drop,
  enumeration,
  keep,
  pass,
  passValue,
  remove,
  renameAttribute,
  time,
} from './capability-rules';
import type { ElementTable } from './capability-types';

type ExtensionName =
  | 'mstts:express-as'
  | 'mstts:silence'
  | 'mstts:backgroundaudio'
  | 'mstts:audioduration'
  | 'mstts:viseme'
  | 'amazon:effect'
  | 'google:style';

/**
 * Azure's `mstts:` elements for neural voices, and the Amazon and Google
 * styles that have an Azure equivalent (`whispered` → `whispering`).
 */
export const azureExtensionElements: Pick<ElementTable, ExtensionName> = {
  'mstts:express-as': keep(
    {
      style: pass,
      styledegree: passValue({
        kind: 'number',
        unit: '',
        range: { minimum: 0.01, maximum: 2 },
      }),
      role: passValue(
        enumeration([
          'Girl',
          'Boy',
          'YoungAdultFemale',
          'YoungAdultMale',
          'OlderAdultFemale',
          'OlderAdultMale',
          'SeniorFemale',
          'SeniorMale',
        ]),
      ),
    },
    { required: ['style'] },
  ),
  'mstts:silence': keep(
    {
      type: passValue(
        enumeration([
          'Leading',
          'Leading-exact',
          'Tailing',
          'Tailing-exact',
          'Sentenceboundary',
          'Sentenceboundary-exact',
          'Comma-exact',
          'Semicolon-exact',
          'Enumerationcomma-exact',
        ]),
      ),
      value: passValue(time(20_000)),
    },
    { required: ['type', 'value'] },
  ),
  'mstts:backgroundaudio': keep(
    {
      src: pass,
      volume: passValue({
        kind: 'number',
        unit: '',
        range: { minimum: 0, maximum: 100 },
      }),
      fadein: passValue({
        kind: 'number',
        unit: '',
        range: { minimum: 0, maximum: 10_000 },
      }),
      fadeout: passValue({
        kind: 'number',
        unit: '',
        range: { minimum: 0, maximum: 10_000 },
      }),
    },
    {
      required: ['src'],
      onlyInside: ['speak'],
      otherwise: remove(
        'Azure takes <mstts:backgroundaudio> only as the first child of <speak>',
      ),
    },
  ),
  'mstts:audioduration': keep(
    { value: passValue(time(300_000)) },
    { required: ['value'] },
  ),
  'mstts:viseme': keep(
    { type: passValue(enumeration(['redlips_front', 'FacialExpression'])) },
    { required: ['type'] },
  ),
  'amazon:effect': keep(
    {
      name: renameAttribute(
        'style',
        enumeration(['whispering'], { whispered: 'whispering' }),
      ),
      phonation: drop('Azure has no phonation effect'),
      'vocal-tract-length': drop('Azure has no vocal-tract-length effect'),
    },
    { renameTo: 'mstts:express-as', required: ['name'], note: 'whispered only' },
  ),
  'google:style': keep(
    { name: renameAttribute('style', enumeration(['calm', 'empathetic'])) },
    {
      renameTo: 'mstts:express-as',
      required: ['name'],
      note: 'calm and empathetic only',
    },
  ),
};
