// Purpose: ends the transactions a closed measurement window left running
// (their clients are gone and nobody reads their answers), so that they do not
// run on into the next side's window.
// Parameters: ids (transaction ids from bench/transactions-running).
// Columns: transactionId, message.
TERMINATE TRANSACTIONS $ids
YIELD transactionId, message
RETURN transactionId, message
