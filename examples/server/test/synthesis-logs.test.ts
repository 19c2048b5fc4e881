import { EngineCallError, type EngineV1CallOptions } from '@ttskit/core';
import { MockEngine } from '@ttskit/core/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, startTestServer, type TestServer } from './helpers/test-server';

describe('synthesis logs', () => {
  let server: TestServer;
  let failures = 1;
  const flaky = new MockEngine({
    doSynthesize: async (options: EngineV1CallOptions) => {
      if (failures-- > 0)
        throw new EngineCallError({ message: 'busy', engine: 'mock', statusCode: 503 });
      return new MockEngine().doSynthesize(options);
    },
  });
  beforeAll(async () => {
    server = await startTestServer({ engines: { mock: flaky } });
  });
  afterAll(() => server.close());

  it("log an engine retry with the HTTP request's id", async () => {
    const response = await postJson({
      url: `${server.url}/v1/speech`,
      body: { text: 'Retried once.' },
      headers: { 'x-request-id': 'trace-4711' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('trace-4711');
    const retry = server
      .logs()
      .split('\n')
      .filter((line) => line.includes('"msg":"engine call failed: retrying"'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(retry).toEqual([
      expect.objectContaining({ reqId: 'trace-4711', engine: 'mock', code: 'http_503' }),
    ]);
  });
});
