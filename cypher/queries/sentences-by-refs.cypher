// Purpose: sentences of articles by index, for relation, statement and claim
// `sentence` fields. Parameters: refs (list of {key, articleId, index}).
// Columns: key, sentence.
UNWIND $refs AS ref
MATCH (art:Article {id: ref.articleId})
RETURN ref.key AS key, art.sentences[toInteger(ref.index)] AS sentence
