import Bull from 'bull';
import type { Logger } from '../shared/logger';

export type JobHandler = (data: Record<string, unknown>) => Promise<void>;
export type AddOptions = { jobId?: string; delayMs?: number; attempts?: number };
export type ProcessOptions = { concurrency?: number };

/** The jobs interface services see; bull on Redis in production, an in-process queue when embedded. */
export interface JobQueue {
  add(name: string, data: Record<string, unknown>, opts?: AddOptions): Promise<void>;
  process(name: string, handler: JobHandler, opts?: ProcessOptions): void;
  /** Starts consuming jobs; called once every processor of this process is registered. */
  start(): void;
  /** Resolves when every job added so far has finished (used by tests and shutdown). */
  drain(): Promise<void>;
  close(): Promise<void>;
}

/** An error listener for Redis clients that logs at most every 10 s (and keeps them from crashing). */
export function throttledRedisError(logger: Logger, what: string) {
  let last = 0;
  return (err: Error) => {
    const now = Date.now();
    if (now - last < 10_000) return;
    last = now;
    logger.error(`${what}: Redis unreachable`, { code: (err as { code?: string }).code ?? err.name });
  };
}

/**
 * Bull's keys are `<prefix>:<queue>:…`. In braces the prefix is a Redis Cluster hash tag, so every key of
 * the queue hashes to one slot (bull's Lua scripts touch several keys at once and need that); different
 * prefixes still spread queues over nodes. A prefix that already has a tag is kept as it is.
 */
export const hashTaggedPrefix = (prefix: string) => (/\{[^}]+\}/.test(prefix) ? prefix : `{${prefix}}`);

export function createBullQueue(
  redisUrl: string,
  logger: Logger,
  prefix = 'shuyuan',
  settings: { stalledIntervalMs?: number; concurrency?: number } = {},
): JobQueue {
  const queue = new Bull('jobs', redisUrl, {
    prefix: hashTaggedPrefix(prefix),
    // A worker that dies mid-job holds its lock until it expires; then another worker takes the job.
    settings: settings.stalledIntervalMs
      ? { stalledInterval: settings.stalledIntervalMs, lockDuration: settings.stalledIntervalMs }
      : undefined,
    defaultJobOptions: {
      removeOnComplete: 1000,
      removeOnFail: 5000,
      backoff: { type: 'exponential', delay: 500 },
    },
  });
  queue.on('failed', (job, err) => logger.warn('job failed', { job: job.name, id: job.id, err }));
  // While Redis is unreachable every reconnect attempt errors: say so once in a while, not per try.
  queue.on('error', throttledRedisError(logger, 'job queue'));
  let closing = false;
  let started = false;
  const handlers = new Map<string, JobHandler>();
  return {
    async add(name, data, opts = {}) {
      await queue.add(name, data, { jobId: opts.jobId, delay: opts.delayMs, attempts: opts.attempts ?? 3 });
    },
    process(name, handler) {
      handlers.set(name, handler);
    },
    start() {
      if (started) return;
      started = true;
      // One processor for every job name (bull's process() called once per name left rejected
      // promises behind at close), started after all handlers exist so no job meets a missing one.
      queue
        .process('*', settings.concurrency ?? 20, (job) => {
          const h = handlers.get(job.name);
          if (!h) throw new Error(`no handler for job ${job.name} in this process`);
          return h(job.data as Record<string, unknown>);
        })
        .catch((err) => closing || logger.warn('queue worker stopped', { err }));
    },
    async drain() {
      await queue.whenCurrentJobsFinished();
    },
    async close() {
      closing = true;
      await queue.close();
    },
  };
}

export function createInProcessQueue(logger: Logger): JobQueue {
  const ctx = makeInProcessQueueContext(logger);
  return {
    add: add.bind(null, ctx),
    process: process.bind(null, ctx),
    start: start.bind(null, ctx),
    drain: drain.bind(null, ctx),
    close: close.bind(null, ctx),
  };
}

type InProcessQueueContext = ReturnType<typeof makeInProcessQueueContext>;

/** The state and collaborators that createInProcessQueue's operations share. */
function makeInProcessQueueContext(logger: Logger) {
  const handlers = new Map<string, JobHandler>();
  const limits = new Map<string, { max: number; active: number; waiting: (() => void)[] }>();
  const pendingIds = new Set<string>();
  const running = new Set<Promise<void>>();
  const timers = new Set<NodeJS.Timeout>();
  const held: (() => void)[] = [];
  return {
    logger,
    handlers,
    limits,
    pendingIds,
    running,
    timers,
    held: held as (() => void)[],
    closed: false,
    started: false,
  };
}

async function slot(ctx: InProcessQueueContext, name: string) {
  const { limits } = ctx;
  const l = limits.get(name);
  if (!l) return () => undefined;
  if (l.active >= l.max) await new Promise<void>((r) => l.waiting.push(r));
  l.active++;
  return () => {
    l.active--;
    l.waiting.shift()?.();
  };
}

async function run(
  ctx: InProcessQueueContext,
  name: string,
  data: Record<string, unknown>,
  attempts: number,
) {
  const release = await slot(ctx, name);
  try {
    await runWithRetries(ctx, name, data, attempts);
  } finally {
    release();
  }
}

async function runWithRetries(
  ctx: InProcessQueueContext,
  name: string,
  data: Record<string, unknown>,
  attempts: number,
) {
  const { handlers, logger } = ctx;
  const handler = handlers.get(name);
  if (!handler) throw new Error(`no handler for job ${name}`);
  for (let attempt = 1; ; attempt++) {
    try {
      return await handler(data);
    } catch (err) {
      if (attempt >= attempts || ctx.closed) return logger.warn('job failed', { job: name, err });
      await new Promise((r) => setTimeout(r, 100 * 2 ** attempt));
    }
  }
}
async function add(
  ctx: InProcessQueueContext,
  name: Parameters<JobQueue['add']>[0],
  data: Parameters<JobQueue['add']>[1],
  opts: Parameters<JobQueue['add']>[2] = {},
) {
  const { pendingIds, running, timers, held } = ctx;
  if (ctx.closed) return;
  if (opts.jobId) {
    if (pendingIds.has(opts.jobId)) return; // same dedup semantics as bull's jobId
    pendingIds.add(opts.jobId);
  }
  const start = () => {
    const p = run(ctx, name, data, opts.attempts ?? 3).finally(() => {
      running.delete(p);
      if (opts.jobId) pendingIds.delete(opts.jobId);
    });
    running.add(p);
  };
  if (opts.delayMs) {
    const t = setTimeout(() => {
      timers.delete(t);
      start();
    }, opts.delayMs);
    timers.add(t);
  } else if (ctx.started) setImmediate(start);
  else held.push(start);
}

function process(
  ctx: InProcessQueueContext,
  name: Parameters<JobQueue['process']>[0],
  handler: Parameters<JobQueue['process']>[1],
  opts: Parameters<JobQueue['process']>[2] = {},
) {
  const { handlers, limits } = ctx;
  handlers.set(name, handler);
  if (opts.concurrency) limits.set(name, { max: opts.concurrency, active: 0, waiting: [] });
}

function start(ctx: InProcessQueueContext) {
  const { held } = ctx;
  ctx.started = true;
  for (const run of held.splice(0)) setImmediate(run);
}

async function drain(ctx: InProcessQueueContext) {
  const { running } = ctx;
  await new Promise((r) => setImmediate(r));
  while (running.size) await Promise.allSettled([...running]);
}

async function close(ctx: InProcessQueueContext) {
  const { timers, running } = ctx;
  ctx.closed = true;
  for (const t of timers) clearTimeout(t);
  await Promise.allSettled([...running]);
}
