// Purpose: what the scale bench built into this instance (its marker node),
// so that a graph is built once and reused.
// Parameters: none. Columns: n (articles), g (generator), s (build seconds), rss (the build's peak RSS, MB).
OPTIONAL MATCH (m:BenchMarker {id: 'scale'})
RETURN m.articles AS n, m.generator AS g, m.seconds AS s, m.peakRssMb AS rss
