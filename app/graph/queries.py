"""Every Cypher statement of the project, by name.

Each statement runs unchanged on Neo4j 5 and on the embedded ArcadeDB engine, and
`tests/test_cypher_lint.py` lints all of them with Neo4j's own Cypher library.
Values always travel as parameters; nothing here is built from user input.
"""

from __future__ import annotations

# --- schema --------------------------------------------------------------------------------

LABELS = ("Article", "Person", "Country", "Organization", "Place", "Event", "Meeting")

CONSTRAINT_ARTICLE = "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE"
CONSTRAINT_PERSON = "CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE"
CONSTRAINT_COUNTRY = "CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE"
CONSTRAINT_ORGANIZATION = (
    "CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE"
)
CONSTRAINT_PLACE = "CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE"
CONSTRAINT_EVENT = "CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE"
CONSTRAINT_MEETING = "CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE"
# One IngestRun node, merged by every ingest: the constraint keeps concurrent ones to one.
CONSTRAINT_INGEST_RUN = (
    "CREATE CONSTRAINT ingest_run_id IF NOT EXISTS FOR (n:IngestRun) REQUIRE n.id IS UNIQUE"
)
INDEX_MEETING_PARTICIPANTS = (
    "CREATE INDEX meeting_participants IF NOT EXISTS FOR (n:Meeting) ON (n.participants_key)"
)
INDEX_MEETING_DATE = "CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date)"

SCHEMA = (
    CONSTRAINT_ARTICLE,
    CONSTRAINT_PERSON,
    CONSTRAINT_COUNTRY,
    CONSTRAINT_ORGANIZATION,
    CONSTRAINT_PLACE,
    CONSTRAINT_EVENT,
    CONSTRAINT_MEETING,
    CONSTRAINT_INGEST_RUN,
    INDEX_MEETING_PARTICIPANTS,
    INDEX_MEETING_DATE,
)

# --- writes (ingest), one UNWIND batch each -----------------------------------------------

MERGE_ARTICLES = """
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title, a.published = row.published, a.url = row.url, a.source = row.source,
    a.text = row.text, a.text_hash = row.text_hash
"""

# Read in the write transaction before MERGE_ARTICLES: an id already used for another text
# is refused (ingest.article_versions).
ARTICLE_TEXT_HASHES = """
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.text_hash AS text_hash
"""

# Taken first in every write batch: a second writer touching the same people (and so the same
# meetings) waits for this transaction on Neo4j, or fails and retries on ArcadeDB.
LOCK_PEOPLE = """
UNWIND $ids AS id
MERGE (p:Person {id: id})
SET p.id = id
"""

# The writer combines these with what a batch says (ingest.write_rows) and writes the result.
GET_PEOPLE = """
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id, p.name AS name, p.aliases AS aliases, p.wikidata AS wikidata
"""

MERGE_PEOPLE = """
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p.name = row.name, p.aliases = row.aliases, p.search = row.search, p.wikidata = row.wikidata
"""

MERGE_COUNTRIES = """
UNWIND $rows AS row
MERGE (c:Country {id: row.id})
SET c.name = row.name, c.iso2 = row.iso2, c.search = row.search
"""

MERGE_ORGANIZATIONS = """
UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
SET o.name = row.name, o.acronym = row.acronym, o.search = row.search
"""

MERGE_PLACES = """
UNWIND $rows AS row
MERGE (p:Place {id: row.id})
SET p.name = CASE WHEN p.name IS NULL OR size(row.name) > size(p.name)
                       OR (size(row.name) = size(p.name) AND row.name < p.name)
                  THEN row.name ELSE p.name END
WITH p, row
WHERE row.country_id IS NOT NULL
MERGE (c:Country {id: row.country_id})
MERGE (p)-[:IN_COUNTRY]->(c)
"""

MERGE_EVENTS = """
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
SET e.name = CASE WHEN e.name IS NULL OR size(row.name) > size(e.name)
                       OR (size(row.name) = size(e.name) AND row.name < e.name)
                  THEN row.name ELSE e.name END,
    e.start = CASE WHEN e.start IS NULL OR row.start < e.start THEN row.start ELSE e.start END,
    e.end = CASE WHEN e.end IS NULL OR row.end > e.end THEN row.end ELSE e.end END
WITH e, row
OPTIONAL MATCH (p:Place {id: row.place_id})
OPTIONAL MATCH (o:Organization {id: row.organization_id})
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (e)-[:HELD_AT]->(p))
FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | MERGE (e)-[:ORGANIZED_BY]->(o))
"""

# The meetings of these participant sets, and below what each of their reports said: the
# writer regroups all reports of a participant set whenever an article adds one.
FIND_MEETING_CANDIDATES = """
UNWIND $keys AS key
MATCH (m:Meeting {participants_key: key})
RETURN m.id AS id, m.participants_key AS participants_key, m.mode AS mode, m.date AS date,
       m.date_precision AS date_precision, m.place_id AS place_id, m.place AS place,
       m.event_id AS event_id, m.event AS event, m.status AS status,
       m.status_as_of AS status_as_of, m.confidence AS confidence
"""

FIND_MEETING_REPORTS = """
UNWIND $keys AS key
MATCH (m:Meeting {participants_key: key})<-[r:REPORTS]-(a:Article)
RETURN m.id AS meeting_id, m.participants_key AS participants_key, r.key AS key,
       a.id AS article_id, a.published AS published, r.mode AS mode, r.status AS status,
       r.confidence AS confidence, r.sentence AS sentence, r.start AS start, r.end AS end,
       r.date AS date, r.place_id AS place_id, r.place AS place, r.event_id AS event_id,
       r.event AS event
"""

# Meetings whose reports now belong to other meetings; their MET projections go first.
DELETE_MEETINGS_MET = """
UNWIND $ids AS id
MATCH (m:Meeting {id: id})<-[:ATTENDED]-(:Person)-[r:MET {meeting: id}]->(:Person)
DELETE r
"""

DELETE_MEETINGS = """
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
DETACH DELETE m
"""

MERGE_MEETINGS = """
UNWIND $rows AS row
MERGE (m:Meeting {id: row.id})
SET m.participants_key = row.participants_key, m.mode = row.mode, m.status = row.status,
    m.status_as_of = row.status_as_of, m.date = row.date, m.date_precision = row.date_precision,
    m.place_id = row.place_id, m.place = row.place, m.event_id = row.event_id, m.event = row.event,
    m.confidence = row.confidence
"""

MERGE_MEETING_LINKS = """
UNWIND $rows AS row
MATCH (m:Meeting {id: row.meeting_id})
OPTIONAL MATCH (pl:Place {id: row.place_id})
OPTIONAL MATCH (e:Event {id: row.event_id})
FOREACH (_ IN CASE WHEN pl IS NULL THEN [] ELSE [1] END | MERGE (m)-[:AT]->(pl))
FOREACH (_ IN CASE WHEN e IS NULL THEN [] ELSE [1] END | MERGE (m)-[:DURING]->(e))
"""

# A meeting whose place or event was settled by a later report drops its old links.
UNLINK_MEETINGS_STALE = """
UNWIND $rows AS row
MATCH (m:Meeting {id: row.meeting_id})-[old:AT|DURING]->(x)
WHERE NOT x.id IN [coalesce(row.place_id, ''), coalesce(row.event_id, '')]
DELETE old
"""

# Year-less events ("sco-summit") that have a dated twin ("sco-summit-2022", in the graph or
# among $twins) and no meeting outside the participant sets $keys: a batch whose own meetings
# are not during one does not write it, and one left without meetings is deleted.
FIND_SUPERSEDED_EVENTS = """
UNWIND $ids AS id
WITH id
WHERE (id IN $twins
       OR EXISTS { MATCH (t:Event) WHERE t.id STARTS WITH id + '-' AND size(t.id) = size(id) + 5 })
  AND NOT EXISTS {
    MATCH (:Event {id: id})<-[:DURING]-(m:Meeting)
    WHERE NOT m.participants_key IN $keys
  }
RETURN id
"""

DELETE_UNUSED_EVENTS = """
UNWIND $ids AS id
MATCH (e:Event {id: id})
WHERE NOT EXISTS { MATCH (e)<-[:DURING]-(:Meeting) }
  AND EXISTS { MATCH (t:Event) WHERE t.id STARTS WITH id + '-' AND size(t.id) = size(id) + 5 }
DETACH DELETE e
"""

MERGE_ATTENDANCE = """
UNWIND $rows AS row
MATCH (p:Person {id: row.person_id})
MATCH (m:Meeting {id: row.meeting_id})
MERGE (p)-[:ATTENDED]->(m)
"""

# The one-hop projection of a meeting for every pair of its participants (a.id < b.id).
MERGE_MET = """
UNWIND $rows AS row
MATCH (a:Person {id: row.a})
MATCH (b:Person {id: row.b})
MERGE (a)-[r:MET {meeting: row.meeting_id}]->(b)
SET r.date = row.date, r.place = row.place, r.event = row.event, r.mode = row.mode,
    r.status = row.status
"""

# A report that moved to another meeting leaves the one it was on.
UNLINK_MOVED_REPORTS = """
UNWIND $rows AS row
MATCH (a:Article {id: row.article_id})-[r:REPORTS {key: row.key}]->(m:Meeting)
WHERE m.id <> row.meeting_id
DELETE r
"""

MERGE_MEETING_REPORTS = """
UNWIND $rows AS row
MATCH (a:Article {id: row.article_id})
MATCH (m:Meeting {id: row.meeting_id})
MERGE (a)-[r:REPORTS {key: row.key}]->(m)
SET r.fact = 'MEETING', r.sentence = row.sentence, r.start = row.start, r.end = row.end,
    r.confidence = row.confidence, r.date = row.date, r.place_id = row.place_id,
    r.place = row.place, r.event_id = row.event_id, r.event = row.event,
    r.status = row.status, r.mode = row.mode
"""

MERGE_MEMBERSHIPS = """
UNWIND $rows AS row
MATCH (c:Country {id: row.country_id})
MATCH (o:Organization {id: row.organization_id})
MERGE (c)-[:MEMBER_OF]->(o)
WITH c, o, row
MATCH (a:Article {id: row.article_id})
MERGE (a)-[r:REPORTS {key: row.key}]->(c)
SET r.fact = 'MEMBER_OF', r.organization = o.id, r.sentence = row.sentence, r.start = row.start,
    r.end = row.end, r.confidence = row.confidence
"""

MERGE_ROLES_COUNTRY = """
UNWIND $rows AS row
MATCH (p:Person {id: row.person_id})
MATCH (c:Country {id: row.of_id})
MERGE (p)-[h:HOLDS_ROLE {title: row.title}]->(c)
WITH p, c, row
MATCH (a:Article {id: row.article_id})
MERGE (a)-[r:REPORTS {key: row.key}]->(p)
SET r.fact = 'HOLDS_ROLE', r.title = row.title, r.of = c.id, r.sentence = row.sentence,
    r.start = row.start, r.end = row.end, r.confidence = row.confidence
"""

MERGE_ROLES_ORGANIZATION = """
UNWIND $rows AS row
MATCH (p:Person {id: row.person_id})
MATCH (o:Organization {id: row.of_id})
MERGE (p)-[h:HOLDS_ROLE {title: row.title}]->(o)
WITH p, o, row
MATCH (a:Article {id: row.article_id})
MERGE (a)-[r:REPORTS {key: row.key}]->(p)
SET r.fact = 'HOLDS_ROLE', r.title = row.title, r.of = o.id, r.sentence = row.sentence,
    r.start = row.start, r.end = row.end, r.confidence = row.confidence
"""

# --- reads (API and CLI) ------------------------------------------------------------------

COUNT_NODES = """
MATCH (n)
RETURN count(n) AS count
"""

COUNT_RELATIONSHIPS = """
MATCH ()-[r]->()
RETURN count(r) AS count
"""

COUNT_BY_LABEL = """
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS count
ORDER BY label
"""

COUNT_BY_TYPE = """
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count
ORDER BY type
"""

SEARCH_PEOPLE = """
MATCH (p:Person)
WHERE p.search CONTAINS $q
WITH p
ORDER BY p.name
SKIP $skip
LIMIT $limit
RETURN p.id AS id, p.name AS name, p.aliases AS aliases
"""

COUNT_PEOPLE = """
MATCH (p:Person)
WHERE p.search CONTAINS $q
RETURN count(p) AS total
"""

ROLES_OF_PEOPLE = """
UNWIND $ids AS id
MATCH (p:Person {id: id})-[h:HOLDS_ROLE]->(o)
RETURN p.id AS person_id, h.title AS title, o.id AS of_id, o.name AS of_name
ORDER BY title, of_name
"""

# A person with their roles in one statement (the order of roles is set by the caller).
PERSON_WITH_ROLES = """
MATCH (p:Person {id: $id})
RETURN p.id AS id, p.name AS name, p.aliases AS aliases,
       [(p)-[h:HOLDS_ROLE]->(o) | {title: h.title, of_id: o.id, of_name: o.name}] AS roles
"""


# GET /people/{id}/met, paged, in one walk of the person's MET relationships (one per meeting
# and pair): every counterpart with their meeting ids by date (undated last), ordered by name
# then id; the caller gets the number of counterparts and one page of them.
PERSON_MET_PAGE = """
MATCH (:Person {id: $id})-[r:MET]-(o:Person)
WITH o, r.meeting AS meeting, coalesce(r.date, '9999') AS day
ORDER BY day, meeting
WITH o, collect(meeting) AS meetings
ORDER BY o.name, o.id
WITH collect({id: o.id, name: o.name, meetings_total: size(meetings),
              meetings: meetings[0..$per_person]}) AS everyone
RETURN size(everyone) AS total, everyone[$skip..$end] AS page
"""

# Meetings in full, in one record: one index look-up per id (`WHERE m.id IN $ids` made the
# embedded engine scan every meeting), and one list rather than a record per meeting, which
# the driver decodes at a fraction of the cost. Participants and sources come unordered.
MEETINGS_IN_FULL = """
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
OPTIONAL MATCH (m)-[:AT]->(pl:Place)
OPTIONAL MATCH (m)-[:DURING]->(e:Event)
WITH m, pl, e,
     [(m)<-[:ATTENDED]-(p:Person) | {id: p.id, name: p.name}] AS participants,
     [(m)<-[r:REPORTS]-(a:Article) | {
         article_id: a.id, title: a.title, published: a.published, url: a.url,
         sentence: r.sentence, start: r.start, end: r.end, confidence: r.confidence,
         reported_date: r.date, reported_place: r.place, reported_status: r.status}] AS sources
RETURN collect({
    id: m.id, date: m.date, date_precision: m.date_precision, mode: m.mode, status: m.status,
    confidence: m.confidence, place_id: pl.id, place: pl.name, event_id: e.id,
    event: e.name, participants: participants, sources: sources}) AS meetings
"""

SEARCH_ORGANIZATIONS = """
MATCH (o:Organization)
WHERE o.search CONTAINS $q
WITH o
ORDER BY o.name
SKIP $skip
LIMIT $limit
RETURN o.id AS id, o.name AS name, o.acronym AS acronym
"""

COUNT_ORGANIZATIONS = """
MATCH (o:Organization)
WHERE o.search CONTAINS $q
RETURN count(o) AS total
"""

GET_ORGANIZATION = """
MATCH (o:Organization {id: $id})
RETURN o.id AS id, o.name AS name, o.acronym AS acronym
"""

ORGANIZATION_MEMBERS = """
MATCH (c:Country)-[:MEMBER_OF]->(o:Organization {id: $id})
OPTIONAL MATCH (a:Article)-[r:REPORTS {fact: 'MEMBER_OF', organization: $id}]->(c)
RETURN c.id AS id, c.name AS name, a.id AS article_id, a.title AS title,
       a.published AS published, r.sentence AS sentence
ORDER BY name, article_id
"""

ENGINE_PING = "RETURN 1 AS ok"

# Empties the graph (tests, and `diplograph reset`).
DELETE_ALL = """
MATCH (n)
DETACH DELETE n
"""


# --- reads: explore and look up (API) -------------------------------------------------------
# Node ids are unique per label, not across labels (a Place and a Country can both be
# "singapore"), so a node is found by its id and its label together.

RESOLVE_ENTITY = """
MATCH (n:Person|Country|Organization|Event|Place|Meeting {id: $id})
RETURN head(labels(n)) AS label, n.id AS id, n.name AS name, n.date AS date, n.place AS place,
       n.event AS event
"""

SEARCH_ENTITIES = """
MATCH (n:Person)
WHERE n.search CONTAINS $q
RETURN n.id AS id, 'Person' AS label, n.name AS name, n.search AS terms
LIMIT $limit
UNION ALL
MATCH (n:Country)
WHERE n.search CONTAINS $q
RETURN n.id AS id, 'Country' AS label, n.name AS name, n.search AS terms
LIMIT $limit
UNION ALL
MATCH (n:Organization)
WHERE n.search CONTAINS $q
RETURN n.id AS id, 'Organization' AS label, n.name AS name, n.search AS terms
LIMIT $limit
UNION ALL
MATCH (n:Event)
WHERE n.id CONTAINS $slug OR toLower(n.name) CONTAINS $lower
RETURN n.id AS id, 'Event' AS label, n.name AS name, null AS terms
LIMIT $limit
UNION ALL
MATCH (n:Place)
WHERE n.id CONTAINS $slug OR toLower(n.name) CONTAINS $lower
RETURN n.id AS id, 'Place' AS label, n.name AS name, null AS terms
LIMIT $limit
"""

PERSON_COUNTS = """
MATCH (p:Person {id: $id})
OPTIONAL MATCH (p)-[:ATTENDED]->(m:Meeting)
WITH p, count(DISTINCT m) AS meetings
OPTIONAL MATCH (p)-[:ATTENDED]->(:Meeting)<-[:ATTENDED]-(o:Person)
WHERE o <> p
WITH p, meetings, count(DISTINCT o) AS people_met
OPTIONAL MATCH (p)-[:ATTENDED]->(:Meeting)<-[:REPORTS]-(a:Article)
RETURN meetings, people_met, count(DISTINCT a) AS articles
"""

MEETINGS_BETWEEN = """
MATCH (a:Person {id: $a})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Person {id: $b})
RETURN DISTINCT m.id AS id
"""


# Where the walk over meetings starts: all of them, or the meetings of the first person, the
# place or the event of the filter, found through its id index (a scan of 100,000 meetings
# with the filters below takes seconds on the embedded engine).
_MEETINGS_FROM = {
    "all": "MATCH (m:Meeting)",
    "person": "MATCH (:Person {id: $anchor})-[:ATTENDED]->(m:Meeting)",
    "place": "MATCH (:Place {id: $anchor})<-[:AT]-(m:Meeting)",
    "event": "MATCH (:Event {id: $anchor})<-[:DURING]-(m:Meeting)",
}


def _meetings_matching(start: str, then: str) -> str:
    """The meetings passing the filters of GET /meetings, followed by `then` (over `m`).

    A partial date ("2022-09") counts as the whole month or year it names, so it is in a
    window when that period overlaps the window; an undated meeting is in no window.
    """
    return _MEETINGS_FROM[start] + """
WHERE ($status IS NULL OR m.status = $status)
  AND ($mode IS NULL OR m.mode = $mode)
  AND all(pid IN $people WHERE EXISTS { MATCH (:Person {id: pid})-[:ATTENDED]->(m) })
  AND ($country IS NULL
       OR EXISTS { MATCH (m)<-[:ATTENDED]-(:Person)-[:HOLDS_ROLE]->(:Country {id: $country}) })
  AND ($organization IS NULL
       OR EXISTS { MATCH (m)<-[:ATTENDED]-(:Person)-[:HOLDS_ROLE]->(o:Organization)
                   WHERE o.id = $organization }
       OR EXISTS { MATCH (m)-[:DURING]->(:Event)-[:ORGANIZED_BY]->(o:Organization)
                   WHERE o.id = $organization })
  AND ($place IS NULL OR EXISTS { MATCH (m)-[:AT]->(:Place {id: $place}) })
  AND ($event IS NULL OR EXISTS { MATCH (m)-[:DURING]->(:Event {id: $event}) })
WITH m,
     CASE size(m.date) WHEN 4 THEN m.date + '-01-01' WHEN 7 THEN m.date + '-01' ELSE m.date END
       AS first_day,
     CASE size(m.date) WHEN 4 THEN m.date + '-12-31' WHEN 7 THEN m.date + '-31' ELSE m.date END
       AS last_day
WHERE coalesce(last_day >= $since, $since IS NULL) AND coalesce(first_day <= $until, $until IS NULL)
""" + then


# One page of ids, in date order (undated last), and apart how many meetings match in all:
# collecting every id to slice one page took seconds at 100,000 meetings.
_page_of_ids = """
WITH m
ORDER BY coalesce(m.date, '9999'), m.id
SKIP $skip LIMIT $limit
RETURN m.id AS id
"""
_count = """
RETURN count(m) AS total
"""
LIST_MEETINGS = _meetings_matching("all", _page_of_ids)
LIST_MEETINGS_OF_PERSON = _meetings_matching("person", _page_of_ids)
LIST_MEETINGS_AT_PLACE = _meetings_matching("place", _page_of_ids)
LIST_MEETINGS_DURING_EVENT = _meetings_matching("event", _page_of_ids)
COUNT_MEETINGS = _meetings_matching("all", _count)
COUNT_MEETINGS_OF_PERSON = _meetings_matching("person", _count)
COUNT_MEETINGS_AT_PLACE = _meetings_matching("place", _count)
COUNT_MEETINGS_DURING_EVENT = _meetings_matching("event", _count)

# month is null for a meeting dated only by its year, or not at all.
_per_month = """
WITH CASE WHEN size(m.date) >= 7 THEN substring(m.date, 0, 7) END AS month
RETURN month, count(*) AS count
ORDER BY month
"""
MEETINGS_per_month = _meetings_matching("all", _per_month)
MEETINGS_PER_MONTH_OF_PERSON = _meetings_matching("person", _per_month)
MEETINGS_PER_MONTH_AT_PLACE = _meetings_matching("place", _per_month)
MEETINGS_PER_MONTH_DURING_EVENT = _meetings_matching("event", _per_month)

LIST_MEETINGS_FROM = {
    "all": LIST_MEETINGS, "person": LIST_MEETINGS_OF_PERSON, "place": LIST_MEETINGS_AT_PLACE,
    "event": LIST_MEETINGS_DURING_EVENT,
}
COUNT_MEETINGS_FROM = {
    "all": COUNT_MEETINGS, "person": COUNT_MEETINGS_OF_PERSON, "place": COUNT_MEETINGS_AT_PLACE,
    "event": COUNT_MEETINGS_DURING_EVENT,
}
MEETINGS_PER_MONTH_FROM = {
    "all": MEETINGS_per_month, "person": MEETINGS_PER_MONTH_OF_PERSON,
    "place": MEETINGS_PER_MONTH_AT_PLACE, "event": MEETINGS_PER_MONTH_DURING_EVENT,
}

LIST_COUNTRIES = """
MATCH (c:Country)
WHERE c.search CONTAINS $q
WITH c
ORDER BY c.name
SKIP $skip
LIMIT $limit
RETURN c.id AS id, c.name AS name, c.iso2 AS iso2
"""

COUNT_COUNTRIES = """
MATCH (c:Country)
WHERE c.search CONTAINS $q
RETURN count(c) AS total
"""

GET_COUNTRY = """
MATCH (c:Country {id: $id})
RETURN c.id AS id, c.name AS name, c.iso2 AS iso2
"""

COUNTRY_LEADERS = """
MATCH (p:Person)-[h:HOLDS_ROLE]->(:Country {id: $id})
RETURN p.id AS id, p.name AS name, h.title AS title
ORDER BY name, title
"""

COUNTRY_MEMBERSHIPS = """
MATCH (:Country {id: $id})-[:MEMBER_OF]->(o:Organization)
RETURN o.id AS id, o.name AS name, o.acronym AS acronym
ORDER BY name
"""

ORGANIZATION_ROLE_HOLDERS = """
MATCH (p:Person)-[h:HOLDS_ROLE]->(:Organization {id: $id})
RETURN p.id AS id, p.name AS name, h.title AS title
ORDER BY name, title
"""

ORGANIZATION_EVENTS = """
MATCH (e:Event)-[:ORGANIZED_BY]->(:Organization {id: $id})
RETURN e.id AS id, e.name AS name, e.start AS start, e.end AS end
ORDER BY coalesce(start, '9999'), id
"""

LIST_EVENTS = """
MATCH (e:Event)
WHERE e.id CONTAINS $slug OR toLower(e.name) CONTAINS $lower
WITH e
ORDER BY coalesce(e.start, '9999'), e.id
SKIP $skip
LIMIT $limit
RETURN e.id AS id, e.name AS name, e.start AS start, e.end AS end
"""

COUNT_EVENTS = """
MATCH (e:Event)
WHERE e.id CONTAINS $slug OR toLower(e.name) CONTAINS $lower
RETURN count(e) AS total
"""

GET_EVENT = """
MATCH (e:Event {id: $id})
OPTIONAL MATCH (e)-[:HELD_AT]->(p:Place)
WITH e, head(collect(p)) AS p
OPTIONAL MATCH (e)-[:ORGANIZED_BY]->(o:Organization)
WITH e, p, head(collect(o)) AS o
RETURN e.id AS id, e.name AS name, e.start AS start, e.end AS end, p.id AS place_id,
       p.name AS place, o.id AS organization_id, o.name AS organization
"""

GET_PLACE = """
MATCH (p:Place {id: $id})
OPTIONAL MATCH (p)-[:IN_COUNTRY]->(c:Country)
WITH p, head(collect(c)) AS c
RETURN p.id AS id, p.name AS name, c.id AS country_id, c.name AS country
"""

PLACE_EVENTS = """
MATCH (e:Event)-[:HELD_AT]->(:Place {id: $id})
RETURN e.id AS id, e.name AS name, e.start AS start, e.end AS end
ORDER BY coalesce(start, '9999'), id
"""

# One hop out of a frontier of nodes, for drawing; meetings outside the window are left out.
# One statement per label of the frontier: with a label disjunction under UNWIND, the
# embedded engine scans every node instead of using the id index (90 ms per id at 200k nodes).
def _neighbours(label: str) -> str:
    return f"""
UNWIND $ids AS id
MATCH (n:{label} {{id: id}})""" + """
MATCH (n)-[r:ATTENDED|HOLDS_ROLE|MEMBER_OF|AT|DURING|HELD_AT|ORGANIZED_BY|IN_COUNTRY]-(m)
WITH n, r, m,
     CASE size(m.date) WHEN 4 THEN m.date + '-01-01' WHEN 7 THEN m.date + '-01' ELSE m.date END
       AS first_day,
     CASE size(m.date) WHEN 4 THEN m.date + '-12-31' WHEN 7 THEN m.date + '-31' ELSE m.date END
       AS last_day
WHERE NOT m:Meeting
   OR (coalesce(last_day >= $since, $since IS NULL)
       AND coalesce(first_day <= $until, $until IS NULL))
RETURN n.id AS from_id, type(r) AS type, startNode(r) = n AS outgoing,
       properties(r) AS properties, head(labels(m)) AS label, m.id AS id, m.name AS name,
       m.date AS date, m.place AS place, m.event AS event
LIMIT $limit
"""


NEIGHBOURS_PERSON = _neighbours("Person")
NEIGHBOURS_COUNTRY = _neighbours("Country")
NEIGHBOURS_ORGANIZATION = _neighbours("Organization")
NEIGHBOURS_EVENT = _neighbours("Event")
NEIGHBOURS_PLACE = _neighbours("Place")
NEIGHBOURS_MEETING = _neighbours("Meeting")
NEIGHBOURS_BY_LABEL: dict[str, str] = {
    "Person": NEIGHBOURS_PERSON, "Country": NEIGHBOURS_COUNTRY,
    "Organization": NEIGHBOURS_ORGANIZATION, "Event": NEIGHBOURS_EVENT,
    "Place": NEIGHBOURS_PLACE, "Meeting": NEIGHBOURS_MEETING,
}

# Connections run through meetings, roles, memberships, places and events; a variable-length
# bound cannot be a parameter, so there is one statement per allowed bound.
MAX_PATH_HOPS = 6
PATH_TYPES = ("ATTENDED", "HOLDS_ROLE", "MEMBER_OF", "AT", "DURING", "ORGANIZED_BY")


def _shortest_paths(max_hops: int) -> str:
    return """
MATCH (a:Person|Country|Organization|Event|Place|Meeting {id: $from})
WHERE $from_label IN labels(a)
MATCH (b:Person|Country|Organization|Event|Place|Meeting {id: $to})
WHERE $to_label IN labels(b)
""" + f"MATCH p = allShortestPaths((a)-[:{'|'.join(PATH_TYPES)}*..{max_hops:d}]-(b))" + """
WITH p
LIMIT $limit
RETURN [n IN nodes(p) | {label: head(labels(n)), id: n.id, name: n.name, date: n.date,
                         place: n.place, event: n.event}] AS nodes,
       [r IN relationships(p) | {type: type(r), source_label: head(labels(startNode(r))),
                                 source: startNode(r).id, target_label: head(labels(endNode(r))),
                                 target: endNode(r).id, properties: properties(r)}] AS relationships
"""


SHORTEST_PATHS_1 = _shortest_paths(1)
SHORTEST_PATHS_2 = _shortest_paths(2)
SHORTEST_PATHS_3 = _shortest_paths(3)
SHORTEST_PATHS_4 = _shortest_paths(4)
SHORTEST_PATHS_5 = _shortest_paths(5)
SHORTEST_PATHS_6 = _shortest_paths(6)
SHORTEST_PATHS_BY_HOPS: dict[int, str] = {
    1: SHORTEST_PATHS_1, 2: SHORTEST_PATHS_2, 3: SHORTEST_PATHS_3,
    4: SHORTEST_PATHS_4, 5: SHORTEST_PATHS_5, 6: SHORTEST_PATHS_6,
}

# --- reads: statistics, ingest runs, export -------------------------------------------------

COUNT_ENTITIES_BY_LABEL = """
MATCH (n)
WHERE NOT n:IngestRun
UNWIND labels(n) AS label
RETURN label, count(*) AS count
ORDER BY label
"""

# One node holds the last ingest run (the CLI's or the API's), so re-ingesting adds no node.
RECORD_INGEST_RUN = """
MERGE (r:IngestRun {id: 'last'})
SET r.finished = $finished, r.source = $source, r.articles_read = $articles_read,
    r.articles_written = $articles_written, r.articles_failed = $articles_failed,
    r.nodes_created = $nodes_created, r.relationships_created = $relationships_created,
    r.runs = coalesce(r.runs, 0) + 1
"""

LAST_INGEST_RUN = """
MATCH (r:IngestRun)
RETURN r.finished AS finished, r.source AS source, r.articles_read AS articles_read,
       r.articles_written AS articles_written, r.articles_failed AS articles_failed,
       r.nodes_created AS nodes_created, r.relationships_created AS relationships_created,
       r.runs AS runs
ORDER BY finished DESC
LIMIT 1
"""

ARTICLES_ADDED = """
UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (a)-[:REPORTS {fact: 'MEETING'}]->(m:Meeting)
WITH a, collect(DISTINCT m.id) AS meetings
RETURN a.id AS id, a.title AS title, meetings
ORDER BY id
"""

EXPORT_NODES = """
MATCH (n)
WHERE NOT n:IngestRun
RETURN head(labels(n)) AS label, n.id AS id, properties(n) AS properties
ORDER BY label, id
"""

EXPORT_RELATIONSHIPS = """
MATCH (a)-[r]->(b)
RETURN type(r) AS type, head(labels(a)) AS source_label, a.id AS source,
       head(labels(b)) AS target_label, b.id AS target, properties(r) AS properties
ORDER BY type, source_label, source, target_label, target
"""

# Every node and relationship with all its labels and properties, to compare two graphs.
DUMP_NODES = """
MATCH (n)
RETURN labels(n) AS labels, properties(n) AS properties
"""

DUMP_RELATIONSHIPS = """
MATCH (a)-[r]->(b)
RETURN labels(a) AS source_labels, a.id AS source, type(r) AS type, properties(r) AS properties,
       labels(b) AS target_labels, b.id AS target
"""


def _collect() -> dict[str, str]:
    return {
        name: value
        for name, value in globals().items()
        if name.isupper() and isinstance(value, str) and name != "LABELS"
    }


ALL_QUERIES: dict[str, str] = _collect()
