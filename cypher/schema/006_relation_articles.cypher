// Each relation edge by the article that reported it: one index per relation
// type (a relationship index covers one type). Replacing or deleting an article
// finds its edges here (import/remove-ties, import/delete-articles-content)
// instead of walking every relationship of every actor it mentions, a hub's
// tens of thousands.
CREATE INDEX relation_article_met IF NOT EXISTS FOR ()-[r:MET]-() ON (r.articleId);
CREATE INDEX relation_article_visited IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.articleId);
CREATE INDEX relation_article_hosted IF NOT EXISTS FOR ()-[r:HOSTED]-() ON (r.articleId);
CREATE INDEX relation_article_negotiated_with IF NOT EXISTS FOR ()-[r:NEGOTIATED_WITH]-() ON (r.articleId);
CREATE INDEX relation_article_reassured IF NOT EXISTS FOR ()-[r:REASSURED]-() ON (r.articleId);
CREATE INDEX relation_article_signed_agreement_with IF NOT EXISTS FOR ()-[r:SIGNED_AGREEMENT_WITH]-() ON (r.articleId);
CREATE INDEX relation_article_seeks_cooperation_with IF NOT EXISTS FOR ()-[r:SEEKS_COOPERATION_WITH]-() ON (r.articleId);
CREATE INDEX relation_article_trades_with IF NOT EXISTS FOR ()-[r:TRADES_WITH]-() ON (r.articleId);
CREATE INDEX relation_article_aligning_with IF NOT EXISTS FOR ()-[r:ALIGNING_WITH]-() ON (r.articleId);
CREATE INDEX relation_article_supported IF NOT EXISTS FOR ()-[r:SUPPORTED]-() ON (r.articleId);
CREATE INDEX relation_article_relations_improving IF NOT EXISTS FOR ()-[r:RELATIONS_IMPROVING]-() ON (r.articleId);
CREATE INDEX relation_article_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.articleId);
CREATE INDEX relation_article_complies_with_sanctions_against IF NOT EXISTS FOR ()-[r:COMPLIES_WITH_SANCTIONS_AGAINST]-() ON (r.articleId);
CREATE INDEX relation_article_sanctioned IF NOT EXISTS FOR ()-[r:SANCTIONED]-() ON (r.articleId);
CREATE INDEX relation_article_criticized IF NOT EXISTS FOR ()-[r:CRITICIZED]-() ON (r.articleId);
CREATE INDEX relation_article_rejected IF NOT EXISTS FOR ()-[r:REJECTED]-() ON (r.articleId);
CREATE INDEX relation_article_failed_to_support IF NOT EXISTS FOR ()-[r:FAILED_TO_SUPPORT]-() ON (r.articleId);
CREATE INDEX relation_article_drifting_from IF NOT EXISTS FOR ()-[r:DRIFTING_FROM]-() ON (r.articleId);
CREATE INDEX relation_article_relations_worsening IF NOT EXISTS FOR ()-[r:RELATIONS_WORSENING]-() ON (r.articleId);
CREATE INDEX relation_article_losing_influence_over IF NOT EXISTS FOR ()-[r:LOSING_INFLUENCE_OVER]-() ON (r.articleId);
CREATE INDEX relation_article_threatened IF NOT EXISTS FOR ()-[r:THREATENED]-() ON (r.articleId);
CREATE INDEX relation_article_invaded IF NOT EXISTS FOR ()-[r:INVADED]-() ON (r.articleId);
