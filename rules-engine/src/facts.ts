export type Facts = Record<string, unknown>;
export type Accessor = (facts: Facts, now: number) => unknown;

/** Compiles a dotted fact path to a closure once, so evaluation does no string work. */
export function accessor(path: string): Accessor {
  if (path === '$now') return (_f, now) => now;
  const parts = path.split('.');
  const [a, b, c] = parts;
  const step = (v: unknown, k: string) => (v !== null && typeof v === 'object' ? (v as Facts)[k] : undefined);
  switch (parts.length) {
    case 1:
      return (f) => f[a];
    case 2:
      return (f) => step(f[a], b);
    case 3:
      return (f) => step(step(f[a], b), c);
    default:
      return (f) => parts.reduce<unknown>(step, f);
  }
}
