/**
 * Errors the CLI maps to exit codes: InputError (bad input: exit 2) and InvalidOutputError (a
 * generated snippet failed validation: exit 1). Anything else is a bug and keeps its stack.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  readonly exitCode = 2;
}

export class InvalidOutputError extends Error {
  override readonly name = 'InvalidOutputError';
  readonly exitCode = 1;
}

/** Formats `file:line:column: message`; line and column are 1-based. */
export function at(file: string, line: number, column: number, message: string): string {
  return `${file}:${line}:${column}: ${message}`;
}
