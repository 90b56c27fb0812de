/**
 * Limits that keep one analyst's query from hurting the others: depth, cost,
 * aliases and tokens at validation time (graphql-armor), before any Cypher
 * runs. Traversal cost is also bounded in the resolvers (page sizes, maxHops,
 * neighbour depth) and by Neo4j's transaction timeout.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';

export const LIMITS = { maxDepth: 10, maxCost: 5000, maxAliases: 15, maxTokens: 2000 } as const;

/**
 * The options to give ApolloServer. Tokens are capped by graphql's own parser
 * (`parseOptions.maxTokens`, a parse error and so a 400) rather than armor's
 * Apollo plugin: armor ships CommonJS type declarations only, which type its
 * plugins against the CommonJS copy of Apollo's types, not the ESM one this
 * server uses. With tokens and field suggestions off, armor adds no plugin;
 * everything it does here is a validation rule.
 */
export function armor() {
  const { validationRules, allowBatchedHttpRequests, includeStacktraceInErrorResponses } = new ApolloArmor({
    maxDepth: {
      n: LIMITS.maxDepth,
      ignoreIntrospection: true,
      flattenFragments: true,
      exposeLimits: true,
      errorMessage: `Query is too deep: nest fields at most ${LIMITS.maxDepth} levels.`,
    },
    costLimit: {
      maxCost: LIMITS.maxCost,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
      ignoreIntrospection: true,
      exposeLimits: true,
      errorMessage: `Query is too expensive: ask for fewer nested lists or fields (limit ${LIMITS.maxCost}).`,
    },
    maxAliases: { n: LIMITS.maxAliases, exposeLimits: true },
    maxTokens: { enabled: false },
    // Suggestions ("did you mean …?") help analysts explore the schema locally.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    validationRules,
    allowBatchedHttpRequests,
    includeStacktraceInErrorResponses,
    parseOptions: { maxTokens: LIMITS.maxTokens },
  };
}
