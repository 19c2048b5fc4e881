/**
 * Wire types of the Cloud Text-to-Speech REST API (v1 and v1beta1), as
 * JSON. Enums are sent as strings; the API answers with strings too (and
 * accepts numbers, which is what the official SDK sends).
 */

export type GoogleAudioEncoding = 'LINEAR16' | 'MP3' | 'OGG_OPUS';

export type GoogleSynthesizeRequest = {
  input: { ssml: string } | { text: string };
  voice: { languageCode: string; name: string };
  audioConfig: {
    audioEncoding: GoogleAudioEncoding;
    sampleRateHertz?: number;
    speakingRate?: number;
    pitch?: number;
    volumeGainDb?: number;
    effectsProfileId?: string[];
  };
  /** v1beta1 only. */
  enableTimePointing?: Array<'SSML_MARK'>;
};

export type GoogleTimepoint = { markName?: string; timeSeconds?: number };

export type GoogleSynthesizeResponse = {
  /** Base64. LINEAR16 comes with a WAV header. */
  audioContent?: string;
  timepoints?: GoogleTimepoint[];
};

export type GoogleVoiceRecord = {
  languageCodes?: string[];
  name?: string;
  /** `FEMALE`, `MALE`, `NEUTRAL`, `SSML_VOICE_GENDER_UNSPECIFIED` (or 0–3). */
  ssmlGender?: string | number;
  naturalSampleRateHertz?: number;
};

export type GoogleListVoicesResponse = { voices?: GoogleVoiceRecord[] };

/** `google.rpc.Status` in the `error` member of a failed response. */
export type GoogleErrorBody = {
  error?: {
    code?: number;
    message?: string;
    status?: string;
    details?: Array<{ '@type'?: string; retryDelay?: string; reason?: string }>;
  };
};
