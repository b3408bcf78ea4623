/** Errors a service raises on purpose carry a stable code the renderer can act on. */
export class ServiceError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export function errorCode(error: unknown): string {
  if (error instanceof ServiceError) return error.code;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'internal';
}
