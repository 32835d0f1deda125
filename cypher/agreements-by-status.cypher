// Agreements by status
//
// Purpose:    every agreement instrument (convenio, memorando, declaración...) once, with
//             all its parties, grouped by status (signed, in-negotiation, in-force...);
//             an instrument without a status reads 'unknown'.
// Parameters: $status  a status to keep ('signed'), or null for all
// Example:    :param status => 'signed'
//
// The graph has one AGREEMENT edge per pair of parties the report names; an instrument is
// the edges sharing report, line and title.
MATCH (a)-[r:AGREEMENT]->(b)
WITH coalesce(r.status, 'unknown') AS status, r.kind AS kind, r.title AS title, r.date AS date,
     r.event AS event, r.source AS source, r.line AS line, r.quote AS quote,
     collect(DISTINCT a.name) + collect(DISTINCT b.name) AS names
WHERE $status IS NULL OR status = $status
UNWIND names AS name
WITH status, kind, title, date, event, source, line, quote, collect(DISTINCT name) AS parties
RETURN status, kind, title, date, parties, event, source, line, quote
ORDER BY status, date, title;
