// DecruftError: the one error type callers see, with a stable code per kind of caller mistake.

/** Stable error codes (public API: may be added to, never renamed). */
export type DecruftErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_OPTIONS'
  | 'UNSUPPORTED_ENCODING'
  | 'UNSUPPORTED_RUNTIME'
  | 'ABORTED'
  | 'INTERNAL';

export class DecruftError extends Error {
  readonly code: DecruftErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: DecruftErrorCode, message: string, options?: { details?: Record<string, unknown>; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DecruftError';
    this.code = code;
    if (options?.details) this.details = options.details;
  }
}

/** Wraps anything thrown inside the pipeline: our own errors pass through, the rest is a bug. */
export function toDecruftError(error: unknown): DecruftError {
  if (error instanceof DecruftError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new DecruftError('INTERNAL', `decruft failed unexpectedly (this is a bug, please report it): ${message}`, { cause: error });
}
