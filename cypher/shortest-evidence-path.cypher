// Shortest evidence path between two entities
//
// Purpose:    how two entities (or events) are tied: the shortest chain of cited facts
//             between them, one row per step with its evidence (report, line, quote; a
//             registry edge reads source 'registry' and has no line or quote).
// Parameters: $from, $to  an id, exact name or alias each ('Bogotá', 'UCCI')
// Example:    :param from => 'Bogotá'   :param to => 'Metropolis'
//
// Bounded at 6 hops: two entities farther apart than that are not meaningfully tied.
// REPORTED_IN is left out (every event shares its report, a shortcut that says nothing).
MATCH (a) WHERE (a:Entity OR a:Event) AND (a.id = $from OR a.name = $from OR $from IN a.aliases)
WITH a LIMIT 1
MATCH (b) WHERE (b:Entity OR b:Event) AND (b.id = $to OR b.name = $to OR $to IN b.aliases) AND b <> a
WITH a, b LIMIT 1
MATCH path = shortestPath((a)-[:PARTICIPATED_IN|HELD_IN|PART_OF|LOCATED_IN|AGREEMENT|FUNDED|MEMBER_OF|HOLDS_POSITION*..6]-(b))
UNWIND range(0, length(path) - 1) AS i
WITH i, nodes(path)[i] AS x, relationships(path)[i] AS r, nodes(path)[i + 1] AS y
RETURN i + 1 AS step, x.name AS from, type(r) AS type, startNode(r) = x AS forward, y.name AS to,
       r.source AS source, r.line AS line, r.quote AS quote
ORDER BY step;
