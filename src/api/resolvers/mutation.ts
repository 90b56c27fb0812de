/** importArticle: the CLI's importer behind an API key with the importer role. */
import type { ApiContext } from '../context.js';
import { apiError, fromDataLayer } from '../errors.js';
import type { MutationImportArticleArgs } from '../generated/schema-types.js';
import { importArticles } from '../../ingest/importer.js';
import { planFromSource } from '../../ingest/read-article.js';
import type { Format } from '../../ingest/structured-file.js';
import type { TypeResolvers } from './types.js';

export const Mutation: TypeResolvers<'Mutation', unknown> = {
  importArticle: async (_p, args: MutationImportArticleArgs, ctx: ApiContext) => {
    if (ctx.role === null)
      throw apiError(
        'UNAUTHENTICATED',
        'importArticle needs an API key: send `Authorization: Bearer <key>` with a key of role importer (ENTENTE_API_KEYS).',
      );
    if (ctx.role !== 'importer')
      throw apiError(
        'FORBIDDEN',
        `Your API key has the role "${ctx.role}"; importArticle needs a key with the importer role.`,
      );
    const format: Format = args.format ?? 'yaml';
    const gazetteer = ctx.gazetteer();
    const source = {
      name: 'importArticle(article)',
      plan: () => planFromSource('importArticle(article)', args.article, format, gazetteer),
    };
    const summary = await importArticles(ctx.connection, gazetteer, [source], {
      strict: true,
      propositionWindowDays: ctx.config.propositions.windowDays,
    }).catch((error: unknown) => {
      throw fromDataLayer(error, ctx.config.api.queryTimeoutMs);
    });
    const result = summary.results[0]!;
    if (result.outcome === 'failed') throw fromDataLayer(result.error, ctx.config.api.queryTimeoutMs);
    ctx.loaders.article.clearAll();
    return {
      articleId: result.articleId,
      outcome: result.outcome.toUpperCase(),
      newActors: result.newActorIds,
      nodesCreated: summary.counters.nodesCreated,
      relationshipsCreated: summary.counters.relationshipsCreated,
    };
  },
};
