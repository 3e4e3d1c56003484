/**
 * examples/http-service.ts, driven over real HTTP on 127.0.0.1 and an
 * ephemeral port: a valid scenario, an invalid one, malformed JSON, a body
 * over the limit, a wrong method and a wrong path.
 */
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulationService } from '../../examples/http-service.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

describe('the HTTP service example', () => {
  const server = createSimulationService({ bodyLimit: 64 * 1024 });
  let base = '';

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  const post = (body: string, path = '/simulate') =>
    fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('answers a valid scenario with the SimulationResult', async () => {
    const response = await post(
      JSON.stringify({ treaty: 'ottawa', party: 'FIN', events: [{ type: 'instrument.deposited', date: '2025-07-10' }] }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const result = await response.json();
    expect(result.outcome).toBe('effective');
    expect(result.effectiveOn).toBe('2026-01-10');
    expect(result.noticeExpiresOn).toBe('2026-01-10');
  });

  it('answers a refused scenario with an RFC 9457 problem carrying the code and issues', async () => {
    const response = await post(JSON.stringify({ treaty: 'ottawa', evnets: [] }));
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toEqual({
      type: 'urn:treaty-withdrawal:problem:invalid-input',
      title: 'The scenario was refused',
      status: 422,
      detail: 'evnets: unknown field "evnets"; did you mean "events"?',
      code: 'INVALID_INPUT',
      path: 'evnets',
      issues: [{ path: 'evnets', code: 'unknown_key', message: 'unknown field "evnets"; did you mean "events"?' }],
    });
  });

  it('answers an event the machine refuses with the allowed events', async () => {
    const response = await post(
      JSON.stringify({ treaty: 'ottawa', events: [{ type: 'armedConflict.ended', date: '2025-01-01' }] }),
    );
    expect(response.status).toBe(422);
    const problem = await response.json();
    expect(problem.code).toBe('EVENT_NOT_ALLOWED');
    expect(problem.allowedEvents).toContain('armedConflict.started');
    expect(problem.allowedEvents).not.toContain('armedConflict.ended');
  });

  it('answers malformed JSON with 400', async () => {
    const response = await post('{"treaty": ');
    expect(response.status).toBe(400);
    const problem = await response.json();
    expect(problem).toMatchObject({ status: 400, code: 'INVALID_JSON', title: 'Malformed JSON' });
  });

  it('answers a body over the limit with 413, without reading it all', async () => {
    const response = await post(JSON.stringify({ treaty: 'ottawa', events: [], note: 'x'.repeat(100 * 1024) }));
    expect(response.status).toBe(413);
    const problem = await response.json();
    expect(problem).toMatchObject({
      status: 413,
      code: 'BODY_TOO_LARGE',
      detail: 'the body is larger than the limit of 65536 bytes',
    });
  });

  it('answers a chunked body over the limit with 413 too', async () => {
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(10 * 1024)));
        controller.close();
      },
    });
    const response = await fetch(`${base}/simulate`, { method: 'POST', body: chunks, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
  });

  it('answers another method with 405 and an Allow header', async () => {
    const response = await fetch(`${base}/simulate`);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect((await response.json()).code).toBe('METHOD_NOT_ALLOWED');
  });

  it('answers another path with 404', async () => {
    const response = await post('{}', '/nope');
    expect(response.status).toBe(404);
    expect((await response.json()).code).toBe('NOT_FOUND');
  });
});

describe('the HTTP service example, run as a script', () => {
  it('listens on the port it is given and answers', async () => {
    const child = spawn(tsx, ['examples/http-service.ts'], { cwd: root, env: { ...process.env, PORT: '0', HOST: '127.0.0.1' } });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /listening on (http:\/\/\S+)/.exec(output);
          if (match) resolve(match[1] as string);
        });
        child.on('exit', (code) => reject(new Error(`exited with ${code}`)));
      });
      const response = await fetch(url, { method: 'POST', body: JSON.stringify({ treaty: 'ottawa', events: [] }) });
      expect(response.status).toBe(200);
      expect((await response.json()).outcome).toBe('in-procedure');
    } finally {
      child.kill();
    }
  });
});
