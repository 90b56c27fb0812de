import neo4j from 'neo4j-driver';
const [,, port, pw, q, params] = process.argv;
const d = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', pw));
try { const r = await d.executeQuery(q, JSON.parse(params ?? '{}')); console.log(JSON.stringify(r.records.map(x=>x.toObject()))); console.log(JSON.stringify(r.summary.counters.updates())); }
catch (e) { console.error(e.message); } finally { await d.close(); }
