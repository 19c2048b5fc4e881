import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOnnxEngine,
  type DownloadProgress,
  downloadPiperVoice,
  downloadVoice,
  OnnxVoiceError,
  VoiceDownloadError,
} from '../src/index';
import { writeTinyPiperVoice } from '../src/test-kit/index';
import {
  createTestPhonemizer,
  rejectionOf,
  temporaryDirectory,
  textCall,
} from './helpers';
import { VoiceServer } from './voice-server';

const server = new VoiceServer();
const directory = temporaryDirectory();
const body = new Uint8Array(randomBytes(300_000));
const sha256 = createHash('sha256').update(body).digest('hex');

beforeAll(() => server.start());
afterAll(async () => {
  await server.stop();
  directory.remove();
});

function target(name: string) {
  return {
    dir: join(directory.path, name),
    file: join(directory.path, name, 'voice.onnx'),
  };
}

describe('downloadVoice', () => {
  it('writes the file once its checksum matches, reporting progress', async () => {
    server.files.set('/plain/voice.onnx', { body });
    const { dir, file } = target('plain');
    const progress: DownloadProgress[] = [];
    const result = await downloadVoice({
      url: server.url('/plain/voice.onnx'),
      sha256,
      dir,
      onProgress: (update) => progress.push(update),
    });
    expect(result).toEqual({
      file,
      bytes: body.length,
      resumedBytes: 0,
      alreadyPresent: false,
    });
    expect(readFileSync(file).equals(body)).toBe(true);
    expect(existsSync(`${file}.part`)).toBe(false);
    expect(progress.at(-1)).toEqual({
      receivedBytes: body.length,
      totalBytes: body.length,
    });

    const requests = server.ranges.length;
    const again = await downloadVoice({
      url: server.url('/plain/voice.onnx'),
      sha256,
      dir,
    });
    expect(again.alreadyPresent).toBe(true);
    expect(server.ranges.length).toBe(requests);
  });

  it('resumes an interrupted download with a Range request, never leaving a partial file in place', async () => {
    server.files.set('/resume/voice.onnx', { body, breakAfterBytes: 120_000 });
    const { dir, file } = target('resume');
    const url = server.url('/resume/voice.onnx');
    const error = await rejectionOf(downloadVoice({ url, sha256, dir }));
    expect(VoiceDownloadError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ reason: 'network', file, url });
    expect(existsSync(file)).toBe(false);
    const partial = statSync(`${file}.part`).size;
    expect(partial).toBeGreaterThanOrEqual(120_000);
    expect(partial).toBeLessThan(body.length);

    const result = await downloadVoice({ url, sha256, dir });
    expect(server.ranges.at(-1)).toBe(`bytes=${partial}-`);
    expect(result).toMatchObject({ bytes: body.length, resumedBytes: partial });
    expect(readFileSync(file).equals(body)).toBe(true);
  });

  it('starts over when the server ignores the range', async () => {
    server.files.set('/norange/voice.onnx', {
      body,
      breakAfterBytes: 50_000,
      ignoreRanges: true,
    });
    const { dir, file } = target('norange');
    const url = server.url('/norange/voice.onnx');
    await rejectionOf(downloadVoice({ url, sha256, dir }));
    const result = await downloadVoice({ url, sha256, dir });
    expect(result.resumedBytes).toBe(0);
    expect(readFileSync(file).equals(body)).toBe(true);
  });

  it('deletes a corrupt download and says so', async () => {
    const corrupt = body.slice();
    corrupt[1234] = (corrupt[1234] as number) ^ 0xff;
    server.files.set('/corrupt/voice.onnx', { body: corrupt });
    const { dir, file } = target('corrupt');
    const error = await rejectionOf(
      downloadVoice({ url: server.url('/corrupt/voice.onnx'), sha256, dir }),
    );
    expect(VoiceDownloadError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ reason: 'checksum', file });
    expect((error as Error).message).toContain(file);
    expect(existsSync(file) || existsSync(`${file}.part`)).toBe(false);
  });

  it('reports an HTTP error status', async () => {
    const { dir } = target('missing');
    const error = await rejectionOf(
      downloadVoice({ url: server.url('/missing/voice.onnx'), sha256, dir }),
    );
    expect(error).toMatchObject({ reason: 'http', statusCode: 404 });
  });
});

describe('downloadPiperVoice', () => {
  it('fetches a voice and its config, ready for the engine', async () => {
    const source = temporaryDirectory();
    const phonemizer = createTestPhonemizer();
    const voicesDir = join(directory.path, 'voices');
    const onnx = createOnnxEngine({ voicesDir, phonemizer });
    try {
      const voice = await writeTinyPiperVoice({
        directory: source.path,
        name: 'en_US-served-low',
      });
      const model = readFileSync(voice.modelPath);
      server.files.set('/piper/en_US-served-low.onnx', { body: model });
      server.files.set('/piper/en_US-served-low.onnx.json', {
        body: readFileSync(voice.configPath),
      });
      const result = await downloadPiperVoice({
        url: server.url('/piper/en_US-served-low.onnx'),
        sha256: createHash('sha256').update(model).digest('hex'),
        dir: voicesDir,
      });
      expect(result.configFile).toBe(join(voicesDir, 'en_US-served-low.onnx.json'));
      expect((await onnx.voices()).map((entry) => entry.id)).toEqual([
        'en_US-served-low',
      ]);
      const spoken = await onnx('en_US-served-low').doSynthesize(textCall('Downloaded.'));
      expect(spoken.audio.sampleRate).toBe(22_050);

      server.files.set('/piper/bad.onnx.json', {
        body: new TextEncoder().encode('{"audio": {}}'),
      });
      const error = await rejectionOf(
        downloadPiperVoice({
          url: server.url('/piper/bad.onnx'),
          sha256: '0'.repeat(64),
          dir: voicesDir,
        }),
      );
      expect(OnnxVoiceError.isInstance(error)).toBe(true);
      expect(existsSync(join(voicesDir, 'bad.onnx.json'))).toBe(false);
    } finally {
      await Promise.all([onnx.dispose(), phonemizer.dispose()]);
      source.remove();
    }
  });
});
