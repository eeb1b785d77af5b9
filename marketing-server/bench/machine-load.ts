/**
 * How busy the machine was during a bench run, apart from the bench itself.
 *
 * Figures measured on a machine shared with other people's test runs say little, so a bench watches the
 * CPU: the machine's busy time (/proc/stat) minus the time of the bench's own processes — this process,
 * every descendant (servers, the minimal handler, their children) and the database and Redis servers the
 * bench drives (their work is the bench's load; another user's queries in them cannot be told apart and
 * count as ours). Processes are sampled every 250 ms, so one that lives and dies between two samples is
 * missed (none of the bench's do). Linux only; elsewhere the watch reports nothing and never refuses.
 */
import fs from 'node:fs';
import os from 'node:os';

const CLK_TCK = 100; // USER_HZ on every Linux ABI node runs on
const SHARED_SERVERS = new Set(['mariadbd', 'mysqld', 'redis-server']);

type ProcTimes = { ppid: number; comm: string; ticks: number };

function readProc(pid: number): ProcTimes | null {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // comm is in parentheses and may hold spaces; the fields after it are space separated.
    const close = text.lastIndexOf(')');
    const comm = text.slice(text.indexOf('(') + 1, close);
    const f = text.slice(close + 2).split(' ');
    // After comm: state(0) ppid(1) … utime(11) stime(12)
    return { ppid: Number(f[1]), comm, ticks: Number(f[11]) + Number(f[12]) };
  } catch {
    return null;
  }
}

function machineBusyTicks(): number | null {
  try {
    const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0];
    const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
    return user + nice + system + irq + softirq + (steal || 0);
  } catch {
    return null;
  }
}

export type LoadReport = {
  loadavg_start: number[];
  loadavg_end: number[];
  seconds: number;
  /** Cores the rest of the machine used on average during the run (machine busy − ours). */
  other_cores: number;
  /** Cores the bench's own processes used on average. */
  own_cores: number;
  cpus: number;
};

export function watchMachineLoad() {
  const loadavgStart = os.loadavg().map((x) => Math.round(x * 100) / 100);
  const started = performance.now();
  const busyStart = machineBusyTicks();
  // Per pid: ticks when first seen (null for a process born after the start: all its ticks are ours)
  // and when last seen.
  const seen = new Map<number, { first: number; last: number }>();
  const firstSample = busyStart !== null;

  function sample(initial: boolean) {
    let pids: number[];
    try {
      pids = fs
        .readdirSync('/proc')
        .filter((d) => /^\d+$/.test(d))
        .map(Number);
    } catch {
      return;
    }
    const procs = new Map<number, ProcTimes>();
    for (const pid of pids) {
      const p = readProc(pid);
      if (p) procs.set(pid, p);
    }
    const ours = (pid: number) => {
      for (let p = pid, hops = 0; p > 1 && hops < 64; hops++) {
        if (p === process.pid) return true;
        const info = procs.get(p);
        if (!info) return false;
        if (SHARED_SERVERS.has(info.comm)) return true;
        p = info.ppid;
      }
      return false;
    };
    for (const [pid, p] of procs) {
      if (!ours(pid)) continue;
      const s = seen.get(pid);
      if (s) s.last = p.ticks;
      else seen.set(pid, { first: initial ? p.ticks : 0, last: p.ticks });
    }
  }

  if (firstSample) sample(true);
  const timer = firstSample ? setInterval(() => sample(false), 250) : null;
  timer?.unref();

  return {
    stop(): LoadReport {
      if (timer) clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      const loadavgEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);
      const busyEnd = machineBusyTicks();
      let own = 0;
      if (firstSample && busyEnd !== null) {
        sample(false);
        // A child that exited since the last sample loses at most 250 ms of its time here.
        for (const s of seen.values()) own += s.last - s.first;
      }
      const ownCores = own / CLK_TCK / seconds;
      const busyCores =
        busyStart !== null && busyEnd !== null ? (busyEnd - busyStart) / CLK_TCK / seconds : 0;
      const round2 = (x: number) => Math.round(x * 100) / 100;
      return {
        loadavg_start: loadavgStart,
        loadavg_end: loadavgEnd,
        seconds: round2(seconds),
        other_cores: round2(Math.max(0, busyCores - ownCores)),
        own_cores: round2(ownCores),
        cpus: os.cpus().length,
      };
    },
  };
}
