// Exact lookup of a name or alias, folded (case, accents and punctuation aside): nameKeys is
// the list of the node's folded name and aliases (mx.vinculos.graph.Names#keys), each one
// term of the keyword analyzer. Resolution reads the few nodes called exactly what was typed
// here before it asks the word index, so "Bogotá" does not read a thousand "Bogotá xK".
CREATE FULLTEXT INDEX name_keys IF NOT EXISTS FOR (n:Entity|Event) ON EACH [n.nameKeys]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
// The other pairs of an agreement signed at an event are found by the event's id, not by
// reading every agreement of its parties (a network party of thousands of cities).
CREATE INDEX agreement_event IF NOT EXISTS FOR ()-[r:AGREEMENT]-() ON (r.event);
