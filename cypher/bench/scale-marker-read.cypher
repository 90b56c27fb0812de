// Purpose: what a synthetic bench graph (bench:scale's, bench:graphql's) built into this
// instance holds (its marker node), so that a graph is built once and reused.
// Parameters: none. Columns: n (articles), g (generator), s (build seconds), rss (the build's peak RSS, MB).
OPTIONAL MATCH (m:BenchMarker {id: 'scale'})
RETURN m.articles AS n, m.generator AS g, m.seconds AS s, m.peakRssMb AS rss
