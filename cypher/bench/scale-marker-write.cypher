// Purpose: marks a scale graph as built, with what built it and what that cost.
// Parameters: articles, generator, seconds, rss. Columns: none.
MERGE (m:BenchMarker {id: 'scale'})
SET m.articles = $articles, m.generator = $generator, m.seconds = $seconds, m.peakRssMb = $rss
