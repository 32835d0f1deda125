// Partners by semester
//
// Purpose:    for each report (semester), the entities outside the home government tied to
//             its activities, with how many cited facts tie them: who we worked with, when.
//             Home is the city, the bodies under it (PART_OF up to 2 hops) and the people
//             holding positions there, as in partners-in-both-semesters.cypher.
// Parameters: $home  the home city's id, 'ciudad-de-mexico'
// Example:    :param home => 'ciudad-de-mexico'
//
// Registry edges (source "registry") are not facts of a semester, so only report edges count.
MATCH (home:City {id: $home})
MATCH (p:Entity)-[r]-()
WHERE r.source STARTS WITH 'informe-'
  AND p <> home
  AND NOT EXISTS { (p)-[:PART_OF*1..2]->(home) }
  AND NOT EXISTS { (p)-[:HOLDS_POSITION]->(:Entity)-[:PART_OF*0..2]->(home) }
MATCH (rep:Report {id: r.source})
WITH rep, p, count(r) AS facts
RETURN rep.id AS report, rep.periodStart AS periodStart, p.name AS partner,
       [l IN labels(p) WHERE l <> 'Entity'][0] AS kind, p.id AS id, facts
ORDER BY periodStart, facts DESC, partner;
