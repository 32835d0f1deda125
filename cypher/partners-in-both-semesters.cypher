// Partners that appear in both semesters
//
// Purpose:    the entities outside the home government that the reports tie to
//             activities in more than one report: the partners the relationship lasts
//             with. Home is a city, its agencies (and their units) and the people holding
//             positions in them.
// Parameters: $home  the home city's id, 'ciudad-de-mexico'
// Example:    :param home => 'ciudad-de-mexico'
//
// PART_OF is walked at most 2 hops (unit -> agency -> city), as deep as the registry goes.
MATCH (home:City {id: $home})
MATCH (p:Entity)-[r]-()
WHERE r.source STARTS WITH 'informe-'
  AND p <> home
  AND NOT EXISTS { (p)-[:PART_OF*1..2]->(home) }
  AND NOT EXISTS { (p)-[:HOLDS_POSITION]->(:Entity)-[:PART_OF*0..2]->(home) }
WITH p, collect(DISTINCT r.source) AS reports, count(r) AS facts
WHERE size(reports) > 1
RETURN p.name AS partner, [l IN labels(p) WHERE l <> 'Entity'][0] AS kind, p.id AS id,
       facts, reports
ORDER BY facts DESC, partner;
