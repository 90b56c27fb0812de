/** All resolvers, one map per schema type. */
import type { SearchHitParent } from '../dto.js';
import { Actor } from './actor.js';
import { Article, Claim, Event, Neighbor, Relation, Role, Statement } from './entity-fields.js';
import { Mutation } from './mutation.js';
import { Attestation, Proposition } from './propositions.js';
import { Query } from './query.js';
import { DateScalar, enumValues } from './scalars.js';

export const resolvers = {
  Date: DateScalar,
  ...enumValues,
  Query,
  Mutation,
  Actor,
  Relation,
  Statement,
  Claim,
  Article,
  Event,
  Role,
  Neighbor,
  Proposition,
  Attestation,
  SearchHit: {
    __resolveType: (hit: SearchHitParent) => hit.__typename,
  },
};
