import type { z } from 'zod';
import { badRequest } from './errors';

export type Issue = { path: string; message: string };

function toIssues(error: z.ZodError): Issue[] {
  return error.issues.map((i) => ({
    path: '/' + i.path.map(String).join('/'),
    message: i.code === 'unrecognized_keys' ? `unknown field(s): ${i.keys.join(', ')}` : i.message,
  }));
}

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = toIssues(result.error);
    const first = issues[0];
    throw badRequest('VALIDATION_FAILED', `Invalid ${where}: ${first.path} ${first.message}`, { issues });
  }
  return result.data;
}
