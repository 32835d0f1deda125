// People and their titles over time
//
// Purpose:    the titles each person is given, in date order: the positions the reports
//             cite (dated by their report's half-year) and the titles given at each event
//             (dated by the event). Shows who changed office between reports.
// Parameters: $person  a person's id, exact name or alias ('Claudia Sheinbaum Pardo'),
//             or null for everyone
// Example:    :param person => 'Claudia Sheinbaum Pardo'
MATCH (p:Person)
WHERE $person IS NULL OR p.id = $person OR p.name = $person OR $person IN p.aliases
CALL (p) {
  MATCH (p)-[h:HOLDS_POSITION]->(body)
  MATCH (rep:Report {id: h.source})
  RETURN h.title AS title, body.name AS at, rep.periodStart AS date, 'position' AS how,
         h.former AS former, h.source AS source, h.line AS line, h.quote AS quote
  UNION
  MATCH (p)-[r:PARTICIPATED_IN]->(e:Event)
  WHERE r.title IS NOT NULL
  MATCH (rep:Report {id: r.source})
  RETURN r.title AS title, e.name AS at, coalesce(e.startDate, rep.periodStart) AS date, 'event' AS how,
         null AS former, r.source AS source, r.line AS line, r.quote AS quote
}
RETURN p.name AS person, p.id AS id, date, title, at, how, former, source, line, quote
ORDER BY person, date, how, line;
