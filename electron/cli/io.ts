/** What a CLI command may touch: its output streams and the directory it runs in. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  cwd: string;
}

/** Bad usage: printed with the usage line, exit code 2. */
export class UsageError extends Error {}

/** Exit codes scripts can rely on. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;
