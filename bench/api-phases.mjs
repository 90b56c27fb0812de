// Loaded into the API process by `bench:graphql --phases` (node --import): where each GraphQL request's wall-clock
// time goes, which a CPU profile cannot say (it shows CPU, and charges to a socket write the wait for a core).
// For every POST to /graphql it records when the request arrived, when each Cypher call went out and when its
// records were all in, and when the response was sent; and every garbage collection with its start and length.
// Plain JavaScript, as the compiled API it is loaded into: at exit it writes them to
// <tmpdir>/entente-api-phases-<pid>.json, which bench/graphql.ts reads once the process has stopped.
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import process from 'node:process';

// The API's own copy of the driver (the process runs from the project root), whose Session this wraps.
const neo4j = createRequire(path.join(process.cwd(), 'package.json'))('neo4j-driver');
/** ms since the epoch, comparable with the bench process's clock */
const now = () => performance.timeOrigin + performance.now();

const requests = [];
const collections = [];
let current;

new PerformanceObserver((list) => {
  for (const e of list.getEntries()) collections.push({ at: performance.timeOrigin + e.startTime, ms: e.duration });
}).observe({ entryTypes: ['gc'] });

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, req, res) {
  if (event === 'request' && req.method === 'POST' && req.url?.startsWith('/graphql')) {
    const request = { arrived: now(), calls: [], sent: 0 };
    // Requests at 1 client come one at a time; at 16 the calls are credited to the latest arrival, so only the
    // 1-client figures say which phase a call belongs to.
    current = request;
    res.once('finish', () => {
      request.sent = now();
      requests.push(request);
    });
  }
  return emit.apply(this, arguments);
};

const run = neo4j.Session.prototype.run;
neo4j.Session.prototype.run = function (...args) {
  const call = { out: now(), in: 0 };
  current?.calls.push(call);
  const result = run.apply(this, args);
  // A Result is a thenable that caches its records: this second subscriber reads nothing more from Neo4j.
  result.then(
    () => (call.in = now()),
    () => (call.in = now()),
  );
  return result;
};

process.on('exit', () => {
  fs.writeFileSync(
    path.join(os.tmpdir(), `entente-api-phases-${process.pid}.json`),
    JSON.stringify({ requests, collections }),
  );
});
