// Identity across articles: the surname key new actors are matched by, and
// actors an analyst merged into another (kept, so that a merge can be undone).
CREATE INDEX actor_surname_key IF NOT EXISTS FOR (n:Actor) ON (n.surnameKey);
CREATE CONSTRAINT merged_actor_id IF NOT EXISTS FOR (n:MergedActor) REQUIRE n.id IS UNIQUE;
