// How many people were evacuated, relocated abroad or fled, according to whom, and
// which documents report each figure?
MATCH (s:Statement)
WHERE s.topic IN ['evacuations', 'relocations abroad', 'people who fled']
OPTIONAL MATCH (speaker)-[:SAID]->(s)
WITH s, collect(speaker.name) AS said_by
MATCH (s)-[r:REPORTED_IN]->(d:Document)
RETURN s.topic AS topic,
       s.qualifier AS qualifier, s.figure_min AS figure_min, s.figure_max AS figure_max,
       s.figure_text AS as_written,
       said_by + [x IN [s.speaker] WHERE x IS NOT NULL] AS said_by,
       d.key AS reported_in, r.quote AS quote, s.key AS statement
ORDER BY topic, figure_min, figure_max, qualifier, statement, reported_in
