/**
 * Runs each operation as code compiled for it (graphql-jit) instead of graphql-js's general executor, which walks the
 * selection and builds its bookkeeping anew for every field of every request. Apollo keeps everything around the
 * execution (body, parse, validation with the query armour, plugins, error formatting, the response): the executor
 * is the one part Apollo Server 5 lets a server swap, through its `gateway` option, which is used here for that alone.
 *
 * What graphql-js still answers, so that a client sees the same JSON and error codes as before:
 * - a document's first execution: compiling costs more than one run, and most one-off documents are never sent
 *   again (the explorer's drafts); the second execution of the same parsed document compiles it;
 * - a request whose operation Apollo could not resolve, and a document graphql-jit will not compile;
 * - a request whose variables do not coerce: graphql-jit words those errors its own way, and Apollo recognises
 *   graphql-js's wording as BAD_USER_INPUT. Nothing has run for such a request, so graphql-js may run it.
 */
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  defaultFieldResolver,
  execute,
  getNamedType,
  isCompositeType,
  isObjectType,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** Per parsed document (Apollo's document cache hands back the same object for the same query text). */
type Compiled = { seen: 1 } | { query: CompiledQuery } | { notCompiled: true };

/** Which executor answered a request: told to a test that must know the compiled path ran. */
export type ExecutedBy = 'compiled' | 'graphql-js';

export function compiledExecution(schema: GraphQLSchema, onExecuted?: (by: ExecutedBy) => void): GatewayInterface {
  awaitPropertiesOfCompositeFields(schema);
  // Keyed by the document object itself: a document evicted from Apollo's cache takes its compiled code with it.
  const byDocument = new WeakMap<DocumentNode, Map<string, Compiled>>();

  const compiledFor = (document: DocumentNode, operationName: string | undefined): CompiledQuery | null => {
    let perOperation = byDocument.get(document);
    if (perOperation === undefined) byDocument.set(document, (perOperation = new Map<string, Compiled>()));
    const key = operationName ?? '';
    const known = perOperation.get(key);
    if (known === undefined) {
      perOperation.set(key, { seen: 1 });
      return null;
    }
    if ('query' in known) return known.query;
    if ('notCompiled' in known) return null;
    const compiled = compileQuery(schema, document, operationName);
    perOperation.set(key, isCompiledQuery(compiled) ? { query: compiled } : { notCompiled: true });
    return isCompiledQuery(compiled) ? compiled : null;
  };

  const executor: GatewayExecutor = async ({ document, request, context, operation }) => {
    const byGraphqlJs = (): Promise<ExecutionResult> => {
      onExecuted?.('graphql-js');
      return Promise.resolve(
        execute({
          schema,
          document,
          contextValue: context,
          variableValues: request.variables,
          operationName: request.operationName,
        }),
      );
    };
    // Apollo passes no operation when the name matched none: graphql-js words that error as Apollo expects.
    const compiled = operation ? compiledFor(document, request.operationName) : null;
    if (compiled === null) return byGraphqlJs();
    const result = await compiled.query(undefined, context, request.variables ?? {});
    // No data at all means the variables did not coerce and no resolver ran.
    if (result.data === undefined) return byGraphqlJs();
    onExecuted?.('compiled');
    return result;
  };

  return {
    // The schema is fixed for the server's life: announced once, when Apollo subscribes.
    onSchemaLoadOrUpdate: (callback) => {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    load: () => Promise.resolve({ executor }),
    stop: () => Promise.resolve(),
  };
}

/**
 * graphql-jit reads a field without a resolver as a plain property and does not await it; graphql-js awaits whatever
 * its default resolver returns. Resolvers here hand out objects whose entity fields are still loading (a timeline's
 * actors, a path hop's statement: promises from the loaders), so every object-typed field without a resolver gets
 * graphql-js's own default resolver, which graphql-jit then awaits like any other. Leaf fields stay plain reads: the
 * typed rows they come from hold values, never promises.
 */
function awaitPropertiesOfCompositeFields(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields()))
      if (field.resolve === undefined && isCompositeType(getNamedType(field.type)))
        field.resolve = defaultFieldResolver;
  }
}
