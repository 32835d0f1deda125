// Who did we meet from X?
//
// Purpose:    the people (and the bodies) tied to an entity X who took part in events of
//             the reports, in date order, with the title they held and the evidence.
//             "Tied to X" is X itself, the bodies under or located in X (an embassy of a
//             country, a city of a country, an agency of a city), and the people holding a
//             position in any of those.
// Parameters: $entity  an entity id ('bogota'), or its exact name or alias ('Bogotá', 'UCCI')
// Example:    :param entity => 'bogota'   (Neo4j Browser / cypher-shell)
//
// The hierarchy walk is bounded at 2 hops: unit -> agency -> government, or
// agency -> city -> country, which is as deep as the registry goes.
MATCH (x:Entity) WHERE x.id = $entity OR x.name = $entity OR $entity IN x.aliases
CALL (x) {
  MATCH (b:Entity)-[:PART_OF|LOCATED_IN*0..2]->(x)
  RETURN collect(DISTINCT b) AS bodies
}
CALL (bodies) {
  UNWIND bodies AS b
  MATCH (p:Person)-[:HOLDS_POSITION]->(b)
  RETURN p AS who
  UNION
  UNWIND bodies AS b
  RETURN b AS who
}
MATCH (who)-[r:PARTICIPATED_IN]->(e:Event)
OPTIONAL MATCH (who)-[h:HOLDS_POSITION]->(org)
WITH who, r, e, collect(DISTINCT h.title + ' — ' + org.name) AS positions
RETURN who.name AS who, [l IN labels(who) WHERE l <> 'Entity'][0] AS kind, positions,
       e.name AS event, e.startDate AS date, r.role AS role,
       r.source AS source, r.line AS line, r.quote AS quote
ORDER BY date, event, who;
