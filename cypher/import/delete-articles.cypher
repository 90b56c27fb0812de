// Purpose: remove the article nodes themselves, once remove-ties and
// delete-articles-content have taken out what they contributed.
// Parameters: articleIds (list). Columns: none.
UNWIND $articleIds AS articleId
MATCH (art:Article {id: articleId})
DETACH DELETE art
