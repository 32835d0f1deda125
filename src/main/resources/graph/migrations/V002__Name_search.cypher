// Full-text search over names and aliases that ignores case and accents: the
// standard-folding analyzer makes `bogota` find Bogotá (the default analyzer does not).
// aliasText is the aliases list joined with " | " (full-text indexes take strings).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX event_names IF NOT EXISTS FOR (n:Event) ON EACH [n.name, n.aliasText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE INDEX event_start IF NOT EXISTS FOR (n:Event) ON (n.startDate);
