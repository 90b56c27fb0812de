/**
 * The bundled server's password lives in a git-ignored file that only its
 * owner can read, so that nobody ever runs with neo4j/neo4j.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { z } from 'zod';
import { ProvisionError } from '../errors.js';

const credentialsSchema = z.object({ user: z.string(), password: z.string().min(8) });
export type Credentials = z.infer<typeof credentialsSchema>;

export function readCredentials(file: string): Credentials | undefined {
  if (!fs.existsSync(file)) return undefined;
  const parsed = credentialsSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new ProvisionError(
      `${file} is not a valid credentials file (${parsed.error.issues[0]?.message}). Delete the instance folder and start again to re-provision.`,
    );
  }
  return parsed.data;
}

export function writeCredentials(file: string, credentials: Credentials): void {
  fs.writeFileSync(file, JSON.stringify(credentials, null, 2) + '\n', { mode: 0o600 });
  fs.chmodSync(file, 0o600);
}

export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}
