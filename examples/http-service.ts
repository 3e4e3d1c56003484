/**
 * A small HTTP service with node:http and no framework: `POST /simulate` with a
 * scenario as JSON answers the `SimulationResult`, or an RFC 9457 problem
 * (`application/problem+json`: type, title, status, detail, plus the library's
 * `code` and `issues`). The body is limited in bytes before it is parsed.
 *
 * Run it: `PORT=8080 npx tsx examples/http-service.ts`, then
 * `curl -d '{"treaty":"ottawa","events":[]}' localhost:8080/simulate`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import { safeSimulate, type WithdrawalError } from 'treaty-withdrawal';

/** The largest request body the service reads, in bytes (a scenario of 10 000 events fits). */
export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;

/** An RFC 9457 problem, with the library's code and issues as extension members. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: string;
  readonly path?: string;
  readonly issues?: WithdrawalError['issues'];
  readonly issuesOmitted?: number;
  readonly allowedEvents?: readonly string[];
}

function problemType(code: string): string {
  return `urn:treaty-withdrawal:problem:${code.toLowerCase().replaceAll('_', '-')}`;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': status >= 400 ? 'application/problem+json' : 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

function sendProblem(
  res: ServerResponse,
  status: number,
  title: string,
  code: string,
  detail: string,
  headers?: Record<string, string>,
): void {
  const problem: Problem = { type: problemType(code), title, status, detail, code };
  sendJson(res, status, problem, headers);
}

/** The library's refusal as a problem: 422, since the JSON was fine but the scenario is not. */
function refusalProblem(error: WithdrawalError): Problem {
  const data = error.toJSON();
  return {
    type: problemType(data.code),
    title: 'The scenario was refused',
    status: 422,
    detail: data.message,
    code: data.code,
    ...(data.path !== undefined && { path: data.path }),
    ...(data.issues !== undefined && { issues: data.issues }),
    ...(data.issuesOmitted !== undefined && { issuesOmitted: data.issuesOmitted }),
    ...(data.allowedEvents !== undefined && { allowedEvents: data.allowedEvents }),
  };
}

/** Reads at most `limit` bytes; resolves `undefined` as soon as the body is larger. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!over) resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

async function handle(req: IncomingMessage, res: ServerResponse, limit: number): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (path !== '/simulate') {
    sendProblem(res, 404, 'Not found', 'NOT_FOUND', `there is nothing at ${path}; POST a scenario to /simulate`);
    return;
  }
  if (req.method !== 'POST') {
    sendProblem(res, 405, 'Method not allowed', 'METHOD_NOT_ALLOWED', `use POST with a scenario as JSON, not ${req.method}`, {
      allow: 'POST',
    });
    return;
  }
  const declared = Number(req.headers['content-length']);
  const body = Number.isFinite(declared) && declared > limit ? undefined : await readBody(req, limit);
  if (body === undefined) {
    sendProblem(res, 413, 'Request body too large', 'BODY_TOO_LARGE', `the body is larger than the limit of ${limit} bytes`, {
      connection: 'close',
    });
    req.resume();
    return;
  }
  let scenario: unknown;
  try {
    scenario = JSON.parse(body.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    sendProblem(
      res,
      400,
      'Malformed JSON',
      'INVALID_JSON',
      'the body is not valid JSON; send a scenario such as {"treaty":"ottawa","events":[]}',
    );
    return;
  }
  const result = safeSimulate(scenario);
  if (result.success) sendJson(res, 200, result.data);
  else sendJson(res, 422, refusalProblem(result.error));
}

/**
 * The service, not yet listening: `createSimulationService().listen(8080)`.
 *
 * @example
 * const server = createSimulationService({ bodyLimit: 64 * 1024 });
 * server.listen(0, '127.0.0.1');
 */
export function createSimulationService(options: { bodyLimit?: number } = {}): Server {
  const limit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  return createServer((req, res) => {
    handle(req, res, limit).catch(() => {
      if (!res.headersSent) sendProblem(res, 500, 'Internal error', 'INTERNAL_ERROR', 'the request could not be answered');
      else res.destroy();
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const server = createSimulationService();
  server.listen(Number(process.env.PORT ?? 8080), process.env.HOST ?? '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : process.env.PORT;
    console.log(`listening on http://${process.env.HOST ?? '127.0.0.1'}:${port}/simulate`);
  });
}
