/**
 * The peer: @neo4j/graphql 7 serving Entente's graph, for the benchmark's
 * comparison. Its schema is generated from type definitions over Entente's
 * labels and relationships; what the generated schema cannot say (a
 * neighbourhood) is a @cypher field running the same projection Cypher
 * Entente runs, so the two differ in the GraphQL layer and not in the model.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { cypher } from '../src/graph/cypher.js';
import type { Connection } from '../src/graph/driver.js';

/** Entente's neighbourhood query for one actor, with `this` as the actor, returning the actors in page order. */
function neighboursStatement(): string {
  const text = cypher('queries/neighbors-of-actors')
    .split('\n')
    .filter((l) => !l.startsWith('//'))
    .join('\n');
  // the peer hands the field's arguments to its @cypher statement as parameters of their own, not in one map
  const forPeer = replaceOnce(
    text.replaceAll('$args.', '$'),
    'UNWIND $ids AS id\nMATCH (a:Actor {id: id})\nWITH id, a,',
    'WITH this AS a,',
  );
  return replaceOnce(
    forPeer,
    'RETURN collect({id: n.id, distance: found.distance, via: [t IN $types WHERE t IN found.via], actor: n {.id, .name, .kind, .aliases, .wikidataId}}) AS items\n}\nRETURN id AS key, a {.id, .name, .kind, .aliases, .wikidataId} AS actor, items',
    'RETURN collect(n) AS items\n}\nUNWIND items AS neighbour\nRETURN neighbour',
  );
}

/** A statement that no longer reads as expected fails here, not as a Cypher error inside the peer. */
function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`bench/peer: queries/neighbors-of-actors no longer contains ${from}`);
  return text.replace(from, to);
}

export function peerTypeDefs(): string {
  return `#graphql
  type Actor @node {
    id: ID!
    name: String!
    kind: String
    claimed: [Claim!]! @relationship(type: "CLAIMED", direction: OUT)
    said: [Statement!]! @relationship(type: "SAID", direction: OUT)
    neighbors(depth: Int! = 1, first: Int! = 50, types: [String!]! = ${JSON.stringify(['MET'])}): [Actor!]!
      @cypher(statement: """${neighboursStatement()}""", columnName: "neighbour")
  }
  type Claim @node {
    id: ID!
    text: String!
    predicate: String!
    modality: String!
    date: Date
    # the order Entente pages claims in (cypher/queries/claims-list): undated last, then by article and position
    sortDate: Date
    articleId: String
    start: Int
    claimant: [Actor!]! @relationship(type: "CLAIMED", direction: IN)
    subject: [Actor!]! @relationship(type: "SUBJECT", direction: OUT)
    object: [Actor!]! @relationship(type: "OBJECT", direction: OUT)
  }
  type Statement @node @fulltext(indexes: [{ indexName: "utterance_text", queryName: "statementsByText", fields: ["text"] }]) {
    id: ID!
    text: String!
    date: Date
    speaker: [Actor!]! @relationship(type: "SAID", direction: IN)
  }
  `;
}

export interface PeerServer {
  url: string;
  close: () => Promise<void>;
}

/** Serves the peer's schema on `port` (0: any free one) of 127.0.0.1. */
export async function startPeer(connection: Connection, types: readonly string[], port = 0): Promise<PeerServer> {
  const typeDefs = peerTypeDefs().replace(JSON.stringify(['MET']), JSON.stringify(types));
  const schema = await new Neo4jGraphQL({ typeDefs, driver: connection.driver }).getSchema();
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString() || '{}') as {
      query: string;
      variables?: Record<string, unknown>;
    };
    const result = await apollo.executeOperation(
      { query: body.query, variables: body.variables },
      { contextValue: { sessionConfig: { database: connection.database } } },
    );
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify(
        result.body.kind === 'single' ? result.body.singleResult : { errors: [{ message: 'incremental delivery' }] },
      ),
    );
  };
  const server = http.createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/graphql`,
    close: async () => {
      server.close();
      await apollo.stop();
    },
  };
}
