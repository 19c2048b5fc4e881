import { describe, expect, it } from 'vitest';
import { samplesOf, textCall, useFakeService, VOICE, waitFor } from './helpers';

const fake = useFakeService();

describe('connections', () => {
  it('reuses one websocket for calls in sequence, across voices of the same provider', async () => {
    const service = await fake.service();
    const provider = await fake.provider();
    const before = service.upgrades.length;
    await provider(VOICE).doSynthesize(textCall('One.'));
    await provider(VOICE).doSynthesize(textCall('Two.'));
    await provider('de-DE-ConradNeural').doSynthesize(textCall('Drei.'));
    expect(service.upgrades.length - before).toBe(1);
    // speech.config goes once per connection
    const turns = service.turns.slice(-3);
    expect(new Set(turns.map((turn) => turn.connection)).size).toBe(1);
  });

  it('opens one websocket per concurrent call, each with its own audio and words', async () => {
    const service = await fake.service();
    service.behaviour.frameDelayMs = 1;
    const engine = (await fake.provider())(VOICE);
    const before = service.upgrades.length;
    const texts = ['Alpha.', 'Bravo charlie.', 'Delta echo foxtrot.', 'Golf.'];
    const results = await Promise.all(
      texts.map((text) => engine.doSynthesize(textCall(text))),
    );
    expect(service.upgrades.length - before).toBe(texts.length);
    for (const [index, result] of results.entries()) {
      const words = texts[index]?.replace('.', '').split(' ');
      expect(result.words.map((word) => word.text)).toEqual(words);
      const alone = await engine.doSynthesize(textCall(texts[index] as string));
      expect(
        Buffer.from(samplesOf(result).buffer).equals(
          Buffer.from(samplesOf(alone).buffer),
        ),
      ).toBe(true);
    }
  });

  it('a format has its own synthesizer (the SDK fixes the format per synthesizer)', async () => {
    const service = await fake.service();
    const engine = (await fake.provider())(VOICE);
    const before = service.upgrades.length;
    await engine.doSynthesize(textCall('A.', { sampleRate: 16_000 }));
    await engine.doSynthesize(textCall('B.', { sampleRate: 48_000 }));
    await engine.doSynthesize(textCall('C.', { sampleRate: 16_000 }));
    expect(service.upgrades.length - before).toBe(2);
  });

  it('idleTimeoutMs 0 closes the websocket after every call', async () => {
    const service = await fake.service();
    const engine = (await fake.provider({ idleTimeoutMs: 0 }))(VOICE);
    const before = service.upgrades.length;
    await engine.doSynthesize(textCall('One.'));
    await engine.doSynthesize(textCall('Two.'));
    expect(service.upgrades.length - before).toBe(2);
  });

  it('closes idle websockets after idleTimeoutMs and on dispose', async () => {
    const service = await fake.service();
    const provider = await fake.provider({ idleTimeoutMs: 100 });
    await provider(VOICE).doSynthesize(textCall('Idle.'));
    const socket = service.connections.at(-1)?.socket;
    await waitFor(() => socket?.readyState === socket?.CLOSED);
    const second = await fake.provider();
    await second(VOICE).doSynthesize(textCall('Dispose.'));
    const other = service.connections.at(-1)?.socket;
    expect(other?.readyState).toBe(other?.OPEN);
    await second.dispose();
    await waitFor(() => other?.readyState === other?.CLOSED);
    // still usable after dispose
    await second(VOICE).doSynthesize(textCall('Again.'));
  });
});

describe('idle connections and the process', () => {
  const sockets = () =>
    process.getActiveResourcesInfo().filter((type) => type === 'TCPSocketWrap').length;

  it('an idle websocket does not keep the process alive; a busy one does', async () => {
    const service = await fake.service();
    const engine = (await fake.provider({ idleTimeoutMs: 60_000 }))(VOICE);
    // connections of earlier tests finish closing first
    await waitFor(() =>
      service.connections.every(({ socket }) => socket.readyState === socket.CLOSED),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const before = sockets();
    await engine.doSynthesize(textCall('Idle now.'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    // the fake's end of the connection is counted, the client's is unref'd
    expect(sockets() - before).toBe(1);
    service.behaviour.frameDelayMs = 20;
    const busy = engine.doSynthesize(textCall('Busy now, for a little while.'));
    await waitFor(() => service.turns.length > 0 && sockets() - before === 2);
    await busy;
  });
});
