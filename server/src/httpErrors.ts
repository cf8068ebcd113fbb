/**
 * Errors a route throws to answer with a 4xx: a status, a stable code and a sentence a person can act
 * on. The app's error handler turns them into ErrorResponse bodies; anything else becomes a 500 that
 * says nothing about the inside of the gateway.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: {
      headers?: Readonly<Record<string, string>>;
      issues?: readonly { path: string; message: string }[];
    } = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const badRequest = (code: string, message: string) => new HttpError(400, code, message);
export const unauthorized = (message: string) => new HttpError(401, 'unauthorized', message);
export const forbidden = (code: string, message: string) => new HttpError(403, code, message);
export const notFound = (message: string) => new HttpError(404, 'not-found', message);
export const conflict = (code: string, message: string, headers?: Record<string, string>) =>
  new HttpError(409, code, message, headers ? { headers } : {});
export const tooLarge = (code: string, message: string) => new HttpError(413, code, message);
