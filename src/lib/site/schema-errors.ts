import type { z } from 'astro/zod';

/** Turns a schema failure into lines an author can act on: "file: field.path: problem". */
export function formatSchemaError(file: string, error: z.ZodError): string {
  const lines = error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(whole file)';
    return `  ${field}: ${issue.message}`;
  });
  return `${file} is not valid:\n${lines.join('\n')}`;
}
