// Which figures for the number of people detained exist, who gives each, and which
// documents report it? Includes vague figures ("dozens", "hundreds"), which have
// `as_written` but no figure_min / figure_max; they sort last within their event.
MATCH (s:Statement {topic: 'detentions'})
OPTIONAL MATCH (s)-[:ABOUT]->(e:Event)
OPTIONAL MATCH (speaker)-[:SAID]->(s)
WITH s, e, collect(speaker.name) AS said_by
MATCH (s)-[r:REPORTED_IN]->(d:Document)
RETURN coalesce(e.name, '(no event)') AS event,
       s.qualifier AS qualifier, s.figure_min AS figure_min, s.figure_max AS figure_max,
       s.figure_text AS as_written,
       said_by + [x IN [s.speaker] WHERE x IS NOT NULL] AS said_by,
       d.key AS reported_in, r.quote AS quote, s.key AS statement
ORDER BY event, figure_min, figure_max, qualifier, statement, reported_in
