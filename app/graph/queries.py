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

MERGE_PEOPLE = """
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
WITH p, row, coalesce(p.aliases, []) AS known
WITH p, row, known + [x IN row.aliases WHERE NOT x IN known] AS aliases
SET p.name = CASE WHEN p.name IS NULL OR size(row.name) > size(p.name) THEN row.name ELSE p.name END,
    p.aliases = aliases,
    p.search = CASE WHEN p.search CONTAINS row.search THEN p.search
                    ELSE coalesce(p.search + ' | ', '') + row.search END,
    p.wikidata = coalesce(p.wikidata, row.wikidata)
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
SET p.name = row.name
WITH p, row
WHERE row.country_id IS NOT NULL
MERGE (c:Country {id: row.country_id})
MERGE (p)-[:IN_COUNTRY]->(c)
"""

MERGE_EVENTS = """
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
SET e.name = row.name,
    e.start = coalesce(row.start, e.start),
    e.end = coalesce(row.end, e.end)
WITH e, row
OPTIONAL MATCH (p:Place {id: row.place_id})
OPTIONAL MATCH (o:Organization {id: row.organization_id})
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (e)-[:HELD_AT]->(p))
FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | MERGE (e)-[:ORGANIZED_BY]->(o))
"""

# Candidate meetings an interaction may be another report of (same people, same mode).
FIND_MEETING_CANDIDATES = """
UNWIND $keys AS key
MATCH (m:Meeting {participants_key: key})
RETURN m.id AS id, m.participants_key AS participants_key, m.mode AS mode, m.date AS date,
       m.date_precision AS date_precision, m.place_id AS place_id, m.place AS place,
       m.event_id AS event_id, m.event AS event, m.status AS status,
       m.status_as_of AS status_as_of, m.confidence AS confidence
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

# A year-less event ("SCO summit") left without meetings once they moved to its dated twin.
DELETE_UNUSED_EVENTS = """
UNWIND $ids AS id
MATCH (e:Event {id: id})
WHERE NOT EXISTS { MATCH (e)<-[:DURING]-(:Meeting) }
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

MERGE_MEETING_REPORTS = """
UNWIND $rows AS row
MATCH (a:Article {id: row.article_id})
MATCH (m:Meeting {id: row.meeting_id})
MERGE (a)-[r:REPORTS {key: row.key}]->(m)
SET r.fact = 'MEETING', r.sentence = row.sentence, r.start = row.start, r.end = row.end,
    r.confidence = row.confidence, r.date = row.date, r.place = row.place, r.event = row.event,
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
MATCH (p:Person)-[h:HOLDS_ROLE]->(o)
WHERE p.id IN $ids
RETURN p.id AS person_id, h.title AS title, o.id AS of_id, o.name AS of_name
ORDER BY title, of_name
"""

GET_PERSON = """
MATCH (p:Person {id: $id})
RETURN p.id AS id, p.name AS name, p.aliases AS aliases, p.wikidata AS wikidata
"""

PERSON_MET = """
MATCH (p:Person {id: $id})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(o:Person)
WHERE o.id <> p.id
RETURN o.id AS person_id, o.name AS person_name, m.id AS meeting_id
ORDER BY person_name, meeting_id
"""

GET_MEETINGS = """
MATCH (m:Meeting)
WHERE m.id IN $ids
OPTIONAL MATCH (m)-[:AT]->(pl:Place)
OPTIONAL MATCH (m)-[:DURING]->(e:Event)
RETURN m.id AS id, m.date AS date, m.date_precision AS date_precision, m.mode AS mode,
       m.status AS status, m.confidence AS confidence, pl.id AS place_id, pl.name AS place,
       e.id AS event_id, e.name AS event
"""

MEETING_PARTICIPANTS = """
MATCH (p:Person)-[:ATTENDED]->(m:Meeting)
WHERE m.id IN $ids
RETURN m.id AS meeting_id, p.id AS id, p.name AS name
ORDER BY name
"""

MEETING_SOURCES = """
MATCH (a:Article)-[r:REPORTS]->(m:Meeting)
WHERE m.id IN $ids
RETURN m.id AS meeting_id, a.id AS article_id, a.title AS title, a.published AS published,
       a.url AS url, r.sentence AS sentence, r.start AS start, r.end AS end,
       r.confidence AS confidence, r.date AS reported_date, r.place AS reported_place,
       r.status AS reported_status
ORDER BY article_id, start
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


def _collect() -> dict[str, str]:
    return {
        name: value
        for name, value in globals().items()
        if name.isupper() and isinstance(value, str) and name != "LABELS"
    }


ALL_QUERIES: dict[str, str] = _collect()
