// Purpose: a page of claim ids filtered by the actor they are about (subject
// or object), claimant, predicate and modality, newest first (undated last).
// Claims by a claimant about an actor are read in index order (schema/011:
// (claimantId, subjectId, sortDate) and (claimantId, objectId, sortDate)),
// at most skip + limit per side and the last date's ties sorted by the rest of
// the order, so the page costs its own rows however many claims match; their
// total is the importer's ClaimTally for the pair (schema/011), or with a
// predicate or modality the count of the matching claims. A claimant's claims
// alone, or the claims about an actor (its subject side and object side, each
// at most skip + limit), are read the same way off schema/017's
// (claimantId, sortDate), (subjectId, sortDate) and (objectId, sortDate), and
// counted from the actor's CLAIMED, or SUBJECT and OBJECT, degrees (with a
// predicate or modality, by reading the actor's claims). The whole list
// (neither claimant nor actor) is read off claim_sort_date (schema/014) in
// its order, each date's ties sorted by the rest of the order, and counted
// from the count store (with a predicate or modality, by reading the claims).
// Parameters: about, claimant (ids or null), predicate, modality (or null), skip, limit.
// Columns: total, ids.
CALL () {
  WITH 1 AS anchor WHERE $claimant IS NOT NULL AND $about IS NOT NULL
  CALL () {
    CALL () {
      MATCH (c:Claim)
      USING INDEX c:Claim(claimantId, subjectId, sortDate)
      WHERE c.claimantId = $claimant AND c.subjectId = $about AND c.sortDate IS NOT NULL
        AND ($predicate IS NULL OR c.predicate = $predicate)
        AND ($modality IS NULL OR c.modality = $modality)
      WITH c ORDER BY c.claimantId DESC, c.subjectId DESC, c.sortDate DESC, c.articleId, c.start, c.id
      LIMIT $skip + $limit
      RETURN c
      UNION
      MATCH (c:Claim)
      USING INDEX c:Claim(claimantId, objectId, sortDate)
      WHERE c.claimantId = $claimant AND c.objectId = $about AND c.sortDate IS NOT NULL
        AND ($predicate IS NULL OR c.predicate = $predicate)
        AND ($modality IS NULL OR c.modality = $modality)
      WITH c ORDER BY c.claimantId DESC, c.objectId DESC, c.sortDate DESC, c.articleId, c.start, c.id
      LIMIT $skip + $limit
      RETURN c
    }
    WITH c ORDER BY c.sortDate DESC, c.articleId, c.start, c.id
    SKIP $skip
    LIMIT $limit
    RETURN collect(c.id) AS ids
  }
  CALL () {
    WITH 1 AS anchor WHERE $predicate IS NULL AND $modality IS NULL
    OPTIONAL MATCH (t:ClaimTally {claimantId: $claimant, aboutId: $about})
    RETURN coalesce(t.count, 0) AS total
    UNION
    WITH 1 AS anchor WHERE $predicate IS NOT NULL OR $modality IS NOT NULL
    CALL () {
      CALL () {
        MATCH (c:Claim {claimantId: $claimant, subjectId: $about})
        RETURN c
        UNION
        MATCH (c:Claim {claimantId: $claimant, objectId: $about})
        RETURN c
      }
      WITH c
      WHERE ($predicate IS NULL OR c.predicate = $predicate)
        AND ($modality IS NULL OR c.modality = $modality)
      RETURN count(c) AS total
    }
    RETURN total
  }
  RETURN total, ids
  UNION
  WITH 1 AS anchor WHERE $claimant IS NOT NULL AND $about IS NULL
  CALL () {
    MATCH (c:Claim)
    USING INDEX c:Claim(claimantId, sortDate)
    WHERE c.claimantId = $claimant AND c.sortDate IS NOT NULL
      AND ($predicate IS NULL OR c.predicate = $predicate)
      AND ($modality IS NULL OR c.modality = $modality)
    WITH c ORDER BY c.claimantId DESC, c.sortDate DESC, c.articleId, c.start, c.id
    SKIP $skip
    LIMIT $limit
    RETURN collect(c.id) AS ids
  }
  CALL () {
    WITH 1 AS anchor WHERE $predicate IS NULL AND $modality IS NULL
    OPTIONAL MATCH (claimant:Actor {id: $claimant})
    RETURN COUNT { (claimant)-[:CLAIMED]->() } AS total
    UNION
    WITH 1 AS anchor WHERE $predicate IS NOT NULL OR $modality IS NOT NULL
    CALL () {
      MATCH (c:Claim)
      USING INDEX c:Claim(claimantId, sortDate)
      WHERE c.claimantId = $claimant AND c.sortDate IS NOT NULL
        AND ($predicate IS NULL OR c.predicate = $predicate)
        AND ($modality IS NULL OR c.modality = $modality)
      RETURN count(c) AS total
    }
    RETURN total
  }
  RETURN total, ids
  UNION
  WITH 1 AS anchor WHERE $claimant IS NULL AND $about IS NOT NULL
  CALL () {
    CALL () {
      MATCH (c:Claim)
      USING INDEX c:Claim(subjectId, sortDate)
      WHERE c.subjectId = $about AND c.sortDate IS NOT NULL
        AND ($predicate IS NULL OR c.predicate = $predicate)
        AND ($modality IS NULL OR c.modality = $modality)
      WITH c ORDER BY c.subjectId DESC, c.sortDate DESC, c.articleId, c.start, c.id
      LIMIT $skip + $limit
      RETURN c
      UNION
      MATCH (c:Claim)
      USING INDEX c:Claim(objectId, sortDate)
      WHERE c.objectId = $about AND c.sortDate IS NOT NULL
        AND ($predicate IS NULL OR c.predicate = $predicate)
        AND ($modality IS NULL OR c.modality = $modality)
      WITH c ORDER BY c.objectId DESC, c.sortDate DESC, c.articleId, c.start, c.id
      LIMIT $skip + $limit
      RETURN c
    }
    WITH c ORDER BY c.sortDate DESC, c.articleId, c.start, c.id
    SKIP $skip
    LIMIT $limit
    RETURN collect(c.id) AS ids
  }
  CALL () {
    // a claim about the actor on both sides (a merge can make one) counts once
    WITH 1 AS anchor WHERE $predicate IS NULL AND $modality IS NULL
    OPTIONAL MATCH (about:Actor {id: $about})
    CALL () {
      MATCH (c:Claim)
      USING INDEX c:Claim(subjectId, objectId)
      WHERE c.subjectId = $about AND c.objectId = $about
      RETURN count(c) AS bothSides
    }
    RETURN COUNT { (about)<-[:SUBJECT]-() } + COUNT { (about)<-[:OBJECT]-() } - bothSides AS total
    UNION
    WITH 1 AS anchor WHERE $predicate IS NOT NULL OR $modality IS NOT NULL
    CALL () {
      CALL () {
        MATCH (c:Claim)
        USING INDEX c:Claim(subjectId, sortDate)
        WHERE c.subjectId = $about AND c.sortDate IS NOT NULL
        RETURN c
        UNION
        MATCH (c:Claim)
        USING INDEX c:Claim(objectId, sortDate)
        WHERE c.objectId = $about AND c.sortDate IS NOT NULL
        RETURN c
      }
      WITH c
      WHERE ($predicate IS NULL OR c.predicate = $predicate)
        AND ($modality IS NULL OR c.modality = $modality)
      RETURN count(c) AS total
    }
    RETURN total
  }
  RETURN total, ids
  UNION
  WITH 1 AS anchor WHERE $claimant IS NULL AND $about IS NULL
  CALL () {
    MATCH (c:Claim)
    USING INDEX SEEK c:Claim(sortDate)
    WHERE c.sortDate >= date('-999999999-01-01')
      AND ($predicate IS NULL OR c.predicate = $predicate)
      AND ($modality IS NULL OR c.modality = $modality)
    WITH c ORDER BY c.sortDate DESC, c.articleId, c.start, c.id
    SKIP $skip
    LIMIT $limit
    RETURN collect(c.id) AS ids
  }
  CALL () {
    WITH 1 AS anchor WHERE $predicate IS NULL AND $modality IS NULL
    RETURN COUNT { (:Claim) } AS total
    UNION
    WITH 1 AS anchor WHERE $predicate IS NOT NULL OR $modality IS NOT NULL
    CALL () {
      MATCH (c:Claim)
      WHERE ($predicate IS NULL OR c.predicate = $predicate)
        AND ($modality IS NULL OR c.modality = $modality)
      RETURN count(c) AS total
    }
    RETURN total
  }
  RETURN total, ids
}
RETURN total, ids
