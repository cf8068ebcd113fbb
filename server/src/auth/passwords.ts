/**
 * Password hashing with Argon2id (hash-wasm: pure WASM, no native module to build). The defaults are
 * OWASP's minimum for Argon2id (19 MiB, 2 passes, 1 lane); the parameters are stored in each PHC
 * string, so raising them later only affects new hashes. Tests pass cheaper parameters.
 */
import { randomBytes } from 'node:crypto';
import { argon2id, argon2Verify } from 'hash-wasm';

export interface Argon2Params {
  memoryKiB: number;
  iterations: number;
}

export const DEFAULT_ARGON2: Argon2Params = { memoryKiB: 19_456, iterations: 2 };

/** Passwords set through the CLI must be at least this long (NCSC: length over complexity rules). */
export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string, params: Argon2Params = DEFAULT_ARGON2): Promise<string> {
  return argon2id({
    password,
    salt: randomBytes(16),
    parallelism: 1,
    iterations: params.iterations,
    memorySize: params.memoryKiB,
    hashLength: 32,
    outputType: 'encoded',
  });
}

export async function verifyPassword(password: string, encodedHash: string): Promise<boolean> {
  try {
    return await argon2Verify({ password, hash: encodedHash });
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * A hash to verify against when the username does not exist, so a wrong username takes as long as a
 * wrong password and sign-in does not reveal which usernames exist.
 */
export function dummyPasswordHash(params: Argon2Params): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'), params);
  return dummyHash;
}
