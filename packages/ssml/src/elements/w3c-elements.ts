import type { ElementDefinition } from './element-definition';
import { w3cDocumentElements } from './w3c-document-elements';
import { w3cProsodyElements } from './w3c-prosody-elements';
import { w3cTextElements } from './w3c-text-elements';
import { w3cVoiceElement } from './w3c-voice-element';

/** Every element of W3C SSML 1.1 (Recommendation, 7 September 2010). */
export const w3cElementDefinitions: readonly ElementDefinition[] = [
  ...w3cDocumentElements,
  ...w3cTextElements,
  w3cVoiceElement,
  ...w3cProsodyElements,
];
