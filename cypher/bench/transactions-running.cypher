// Purpose: the transactions running on the database besides this check (run
// with the metadata {query: 'bench/transactions-running'}), so that a
// benchmark can wait for the requests a measurement left in flight (a slow
// server still answering after its window closed) before it times the next
// side, and end those that outlast the wait.
// Parameters: none. Columns: ids (their transaction ids).
SHOW TRANSACTIONS YIELD transactionId, metaData
WHERE coalesce(metaData.query, '') <> 'bench/transactions-running'
RETURN collect(transactionId) AS ids
