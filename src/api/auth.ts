/**
 * API keys: `Authorization: Bearer <key>`, keys and roles from ENTENTE_API_KEYS.
 * A wrong key is always refused; no key is fine for reads unless
 * ENTENTE_REQUIRE_KEY_FOR_READS is set. Mutations check their role themselves.
 */
import { timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import type { ApiKey, ApiRole } from '../config.js';
import type { ApiContext } from './context.js';
import { apiError } from './errors.js';

export function roleFor(header: string | undefined, keys: readonly ApiKey[]): ApiRole | null {
  if (header === undefined || header === '') return null;
  const m = /^Bearer\s+(\S+)$/i.exec(header);
  if (!m) throw apiError('UNAUTHENTICATED', 'The Authorization header must be `Bearer <key>`.');
  const given = Buffer.from(m[1]!);
  const match = keys.find((k) => {
    const known = Buffer.from(k.key);
    return known.length === given.length && timingSafeEqual(known, given);
  });
  if (!match)
    throw apiError(
      'UNAUTHENTICATED',
      'The API key is not valid. Check the key, or ask the operator for one (ENTENTE_API_KEYS).',
    );
  return match.role;
}

/** Installed only when ENTENTE_REQUIRE_KEY_FOR_READS is set: otherwise a query needs no key and the hook has no work. */
export function readKeyPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (operation?.operation === OperationTypeNode.QUERY && contextValue.role === null) {
            throw apiError(
              'UNAUTHENTICATED',
              'This server requires an API key for queries: send `Authorization: Bearer <key>`.',
            );
          }
        },
      };
    },
  };
}
