// Which claims are reported by a single source? Two translations of the same article
// (TRANSLATION_OF the same original) count as one source.
MATCH (s:Statement)-[:REPORTED_IN]->(d:Document)
OPTIONAL MATCH (d)-[:TRANSLATION_OF]->(original:Document)
WITH s, collect(DISTINCT coalesce(original.key, d.key)) AS sources, collect(d.key) AS documents
WHERE size(sources) = 1
OPTIONAL MATCH (speaker)-[:SAID]->(s)
WITH s, sources, documents, collect(speaker.name) AS said_by
RETURN sources[0] AS source, documents,
       said_by + [x IN [s.speaker] WHERE x IS NOT NULL] AS said_by,
       s.stance AS stance, s.text AS claim, s.key AS statement
ORDER BY source, statement
