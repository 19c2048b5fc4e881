import { MockEngine } from '@ttskit/core/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, startTestServer, type TestServer } from './helpers/test-server';

describe('100 concurrent identical requests', () => {
  let server: TestServer;
  const engine = new MockEngine({ delayMs: 300 });
  beforeAll(async () => {
    server = await startTestServer({ engines: { mock: engine } });
  });
  afterAll(() => server.close());

  it('make one engine call and get the same audio', async () => {
    const responses = await Promise.all(
      Array.from({ length: 100 }, () =>
        postJson({
          url: `${server.url}/v1/speech`,
          body: { text: 'Everyone asks for this sentence at once.', format: 'wav' },
        }),
      ),
    );
    expect(responses.every((response) => response.status === 200)).toBe(true);
    const bodies = await Promise.all(
      responses.map(async (response) => Buffer.from(await response.arrayBuffer())),
    );
    expect(new Set(bodies.map((body) => body.toString('base64'))).size).toBe(1);
    expect(engine.calls).toHaveLength(1);
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(
      /^ttskit_engine_call_duration_seconds_count\{engine="mock",outcome="ok"\} 1$/m,
    );
  });
});
