/** One coded application error; the code decides the HTTP status and the translated message. */
export const errorStatus = {
  validation: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  /** The result needs the recorded act of inspection of housing first (seed 003 §5.3). */
  inspection_required: 409,
  rate_limited: 429,
  invalid_credentials: 401,
  payload_too_large: 413,
  unsupported_media_type: 415,
  json_required: 415,
  bad_request: 400,
  eds_signature_invalid: 422,
  eds_weak_algorithm: 422,
  eds_untrusted_issuer: 422,
  eds_expired: 422,
  eds_revoked: 422,
  eds_not_signing_key: 422,
  eds_not_auth_key: 422,
  eds_iin_mismatch: 422,
  eds_challenge_invalid: 422,
  eds_not_provider_key: 422,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly fieldErrors: Record<string, string> = {},
    readonly retryAfterSeconds?: number,
  ) {
    super(code);
  }
  get status(): number {
    return errorStatus[this.code];
  }
}
