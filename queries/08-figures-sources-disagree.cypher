// On which figures do the sources disagree? For each topic and event, every figure given,
// when not all statements give the same (figure_min, figure_max, qualifier).
// Vague figures ("dozens", "hundreds") have no numbers and are left out here.
MATCH (s:Statement)
WHERE s.figure_min IS NOT NULL
OPTIONAL MATCH (s)-[:ABOUT]->(e:Event)
OPTIONAL MATCH (speaker)-[:SAID]->(s)
WITH s, e, collect(speaker.name) AS said_by
MATCH (s)-[:REPORTED_IN]->(d:Document)
WITH s, e, said_by, collect(d.key) AS documents
WITH s.topic AS topic, coalesce(e.key, s.key) AS subject, coalesce(e.name, s.name) AS about,
     collect({statement: s.key, qualifier: s.qualifier, figure_min: s.figure_min, figure_max: s.figure_max,
              as_written: s.figure_text,
              said_by: said_by + [x IN [s.speaker] WHERE x IS NOT NULL],
              documents: documents}) AS figures,
     collect(DISTINCT [s.figure_min, s.figure_max, s.qualifier]) AS distinct_figures
WHERE size(distinct_figures) > 1
UNWIND figures AS f
RETURN topic, about, f.qualifier AS qualifier, f.figure_min AS figure_min, f.figure_max AS figure_max,
       f.as_written AS as_written, f.said_by AS said_by, f.documents AS documents, f.statement AS statement
ORDER BY topic, about, figure_min, figure_max, qualifier, statement
