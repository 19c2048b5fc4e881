import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeWav, measurePcm, parseMp3Frames } from '@ttskit/core';
import { afterAll, describe, expect, it } from 'vitest';
import { looksLikeSsml } from '../src/read-input';

const bin = new URL('../bin/ttskit.js', import.meta.url).pathname;
const directory = mkdtempSync(join(tmpdir(), 'ttskit-cli-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function ttskit(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: directory,
    ...(input === undefined ? {} : { input: Buffer.from(input) }),
    timeout: 60_000,
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr.toString('utf8'),
  };
}

function wavSeconds(file: string): number {
  const wav = decodeWav(new Uint8Array(readFileSync(join(directory, file))));
  return wav.samples.length / wav.sampleRate;
}

describe('ttskit say', () => {
  it('writes a non-silent WAV from the README command', () => {
    const run = ttskit([
      'say',
      "Hello from ttskit. <break time='500ms'/> Nice to meet you.",
      '-o',
      'hello.wav',
    ]);
    expect(run.stderr).toContain('wrote hello.wav');
    expect(run.status).toBe(0);
    const wav = decodeWav(new Uint8Array(readFileSync(join(directory, 'hello.wav'))));
    expect(wav.sampleRate).toBe(22_050);
    expect(measurePcm(wav.samples).rms).toBeGreaterThan(0.01);
  });

  it('makes the audio about 1.5 s longer for a 1500 ms break', () => {
    expect(ttskit(['say', 'One two three four', '-o', 'plain.wav']).status).toBe(0);
    expect(
      ttskit(['say', "One two <break time='1500ms'/> three four", '-o', 'break.wav'])
        .status,
    ).toBe(0);
    const difference = wavSeconds('break.wav') - wavSeconds('plain.wav');
    expect(difference).toBeGreaterThan(1.3);
    expect(difference).toBeLessThan(1.8);
  });

  it('writes a valid MP3 with --format mp3', () => {
    const run = ttskit(['say', 'An MP3 file.', '--format', 'mp3', '-o', 'out.bin']);
    expect(run.status).toBe(0);
    const info = parseMp3Frames(new Uint8Array(readFileSync(join(directory, 'out.bin'))));
    expect(info.frameCount).toBeGreaterThan(10);
  });

  it('reads piped text and writes audio to standard output', () => {
    const run = ttskit(['say'], 'Piped text & symbols < work.');
    expect(run.status).toBe(0);
    expect(run.stdout.subarray(0, 4).toString('latin1')).toBe('RIFF');
  });

  it('writes a long SSML file while it is produced, with a complete WAV header at the end', () => {
    const paragraphs = Array.from(
      { length: 12 },
      (_, index) =>
        `<p>Paragraph ${index + 1} has two sentences. <prosody rate="120%">The second is a little faster.</prosody></p>`,
    );
    writeFileSync(
      join(directory, 'book.ssml'),
      `<speak>${paragraphs.join('\n')}</speak>`,
    );
    const run = ttskit(['say', '--ssml', 'book.ssml', '-o', 'book.wav', '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const bytes = new Uint8Array(readFileSync(join(directory, 'book.wav')));
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    // the streaming header was patched with the real sizes once the file was complete
    expect(view.getUint32(4, true)).toBe(bytes.byteLength - 8);
    expect(view.getUint32(40, true)).toBe(bytes.byteLength - 44);
    const summary = JSON.parse(run.stdout.toString('utf8'));
    expect(summary.bytes).toBe(bytes.byteLength);
    expect(Math.abs(wavSeconds('book.wav') * 1000 - summary.durationMs)).toBeLessThan(1);
    expect(readFileSync(join(directory, 'book.wav')).length).toBeGreaterThan(100_000);
  });

  it('prints timings and the request key with --json', () => {
    const run = ttskit(['say', 'Timed words here', '--json', '-o', 'timed.wav']);
    expect(run.status).toBe(0);
    const summary = JSON.parse(run.stdout.toString('utf8'));
    expect(summary.key).toMatch(/^[0-9a-f]{64}$/);
    expect(summary.words.map((word: { text: string }) => word.text)).toEqual([
      'Timed',
      'words',
      'here',
    ]);
    expect(summary.words[1]).toMatchObject({ sourceStart: 6, sourceEnd: 11 });
  });

  it('shows line, column and a caret for an SSML error, with a non-zero exit', () => {
    writeFileSync(
      join(directory, 'bad.xml'),
      '<speak>\n  <prosody rate="slow">oops</speak>',
    );
    const run = ttskit(['say', '--ssml', 'bad.xml', '-o', 'bad.wav']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('line 2, column 28');
    expect(run.stderr).toMatch(/\n\s+\^/);
  });

  it('rejects an unknown voice and an unknown format with exit code 2', () => {
    expect(ttskit(['say', 'hi', '--voice', 'xx-nowhere', '-o', 'x.wav']).status).toBe(2);
    const format = ttskit(['say', 'hi', '--format', 'flac', '-o', 'x.wav']);
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('wav, mp3 or pcm');
  });
});

describe('ttskit voices', () => {
  it('lists voices filtered by language', () => {
    const run = ttskit(['voices', '--language', 'fr', '--json']);
    expect(run.status).toBe(0);
    const voices = JSON.parse(run.stdout.toString('utf8')) as Array<{
      languages: string[];
    }>;
    expect(voices.length).toBeGreaterThan(0);
    expect(
      voices.every((voice) =>
        voice.languages.some((tag) => tag.toLowerCase().startsWith('fr')),
      ),
    ).toBe(true);
  });
});

describe('looksLikeSsml', () => {
  it('detects tags but not comparisons', () => {
    expect(looksLikeSsml("Hi <break time='1s'/> there")).toBe(true);
    expect(looksLikeSsml('<speak>Hi</speak>')).toBe(true);
    expect(looksLikeSsml('if a < b and c > d')).toBe(false);
  });
});
