// What an article contributed: its outlet, the statements and claims it carries, and who made them.
MATCH (art:Article {id: 'azattyq-kazakhstan-turned-its-back-on-russia'})-[:PUBLISHED_BY]->(outlet)
OPTIONAL MATCH (speaker)-[said:SAID]->(s:Statement)-[inArticle:IN_ARTICLE]->(art)
RETURN art, outlet, speaker, said, s, inArticle
