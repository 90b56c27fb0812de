/** The Date scalar (YYYY-MM-DD, a real calendar day) and the enums whose stored values differ from their names. */
import { GraphQLScalarType, Kind } from 'graphql';
import { dateProblem } from '../../domain/dates.js';
import { badInput, echo } from '../errors.js';

function checkDate(value: unknown): string {
  if (typeof value !== 'string') throw badInput(`Expected a date as YYYY-MM-DD, got ${echo(value)}.`);
  const problem = dateProblem(value);
  if (problem !== null) throw badInput(`Not a date: ${echo(value)}; ${problem}.`);
  return value;
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  // Values from the graph are DATEs already converted to YYYY-MM-DD (src/graph/values.ts); only input needs checking.
  serialize: (value) => (typeof value === 'string' ? value : checkDate(value)),
  parseValue: (value) => checkDate(value),
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? checkDate(ast.value) : checkDate(null)),
});

/** GraphQL enum name → value stored in Neo4j. */
export const enumValues = {
  ActorKind: { PERSON: 'Person', COUNTRY: 'Country', ORGANIZATION: 'Organization', MEDIA: 'Media', REGION: 'Region' },
  Modality: { ASSERTED: 'asserted', HEDGED: 'hedged', DENIED: 'denied' },
  ArticleFormat: { YAML: 'yaml', JSON: 'json' },
  Stance: { ASSERTED: 'asserted', DENIED: 'denied' },
  PolarityFamily: {
    ENGAGEMENT: 'engagement',
    COOPERATION: 'cooperation',
    ESTRANGEMENT: 'estrangement',
    COERCION: 'coercion',
    MEMBERSHIP: 'membership',
  },
  ContradictionReason: { SELF_DENIAL: 'self_denial', DENIAL: 'denial', OPPOSITE_POLARITY: 'opposite_polarity' },
};
