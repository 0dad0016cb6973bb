// Which documents outside the corpus do the five documents refer to (reports, press
// releases, videos, interviews, resolutions, posts...), who made them, and who cites them?
MATCH (d:Document)
WHERE d.file IS NULL
OPTIONAL MATCH (d)-[:PUBLISHED_BY]->(publisher:Organization)
OPTIONAL MATCH (d)-[:AUTHORED_BY]->(author:Person)
OPTIONAL MATCH (citing:Document)-[:CITES]->(d)
WITH d, collect(DISTINCT publisher.name) AS published_by, collect(DISTINCT author.name) AS authored_by,
     collect(DISTINCT citing.key) AS cited_by
OPTIONAL MATCH (s:Statement)-[:MADE_IN]->(d)
RETURN d.key AS document, d.kind AS kind, d.name AS name, d.date AS date, d.date_text AS date_text,
       published_by, authored_by, cited_by, count(s) AS statements_made_in_it
ORDER BY document
