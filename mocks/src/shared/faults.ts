import type { IncomingMessage, ServerResponse } from 'node:http';

// Fault injection shared by the simulators: per request with the `X-Mock-Fault` header
// (e.g. `latency=800`, `error`, `timeout`, `timeout-after-commit`) or for every request via
// `POST /__mock/faults`. `timeout-after-commit` is not applied by `applyFaults`: a simulator that
// supports it does the work and then calls `hangsAfterCommit` to leave the caller without an answer.
export type Faults = {
  latency_ms: number;
  error_rate: number;
  timeout: boolean;
  /** true, or the probability (0–1) that a request is committed and left unanswered. */
  timeout_after_commit: boolean | number;
};

export function parseFaultHeader(value: string | undefined): Partial<Faults> {
  const out: Partial<Faults> = {};
  for (const part of (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [k, v] = part.split('=');
    if (k === 'latency') out.latency_ms = Number(v) || 0;
    if (k === 'error') out.error_rate = v === undefined ? 1 : Number(v);
    if (k === 'timeout') out.timeout = true;
    if (k === 'timeout-after-commit') out.timeout_after_commit = v === undefined ? true : Number(v);
  }
  return out;
}

/** The global faults overridden by the request's `X-Mock-Fault` header. */
export function effectiveFaults(req: IncomingMessage, global: Faults): Faults {
  return { ...global, ...parseFaultHeader(req.headers['x-mock-fault'] as string | undefined) };
}

/** True when the request asked for (or the simulator is set to) commit the work but never answer. */
export function hangsAfterCommit(req: IncomingMessage, global: Faults): boolean {
  const v = effectiveFaults(req, global).timeout_after_commit;
  return v === true || (typeof v === 'number' && Math.random() < v);
}

/** Returns true when the fault consumed the request (error sent or connection left hanging). */
export async function applyFaults(
  req: IncomingMessage,
  res: ServerResponse,
  global: Faults,
): Promise<boolean> {
  const f = effectiveFaults(req, global);
  if (f.latency_ms > 0) await new Promise((r) => setTimeout(r, f.latency_ms));
  if (f.timeout) return true; // never answer; the caller's timeout must fire
  if (f.error_rate > 0 && Math.random() < f.error_rate) {
    sendJson(res, 503, { errcode: -1, errmsg: 'system busy (injected)' });
    return true;
  }
  return false;
}

export function sendJson(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(text);
}

export async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  return raw ? JSON.parse(raw) : {};
}

export const noFaults = (): Faults => ({
  latency_ms: 0,
  error_rate: 0,
  timeout: false,
  timeout_after_commit: false,
});
