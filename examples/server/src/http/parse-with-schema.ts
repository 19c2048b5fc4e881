import type { z } from 'zod';
import { invalidRequest } from './http-error';

/**
 * Validates untrusted input against a zod schema, or throws a 400 naming the
 * first field at fault: `voice: Invalid input: expected string, received number`.
 */
export function parseWithSchema<Schema extends z.ZodType>(options: {
  schema: Schema;
  value: unknown;
  /** What the value is, for the message when the whole value is wrong (`body`). */
  name: string;
}): z.infer<Schema> {
  const result = options.schema.safeParse(options.value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.join('.') : undefined;
  const message = issue?.message ?? 'invalid input';
  if (options.value === undefined || options.value === null) {
    throw invalidRequest({ message: `${options.name}: a JSON object is required` });
  }
  throw invalidRequest({
    message: `${path ?? options.name}: ${message}`,
    ...(path ? { param: path } : {}),
  });
}
