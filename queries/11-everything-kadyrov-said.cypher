// What is Ramzan Kadyrov reported to have said: when, on what occasion, and in which
// documents (with the quote)?
MATCH (k:Person {key: 'ramzan-kadyrov'})-[:SAID]->(s:Statement)-[r:REPORTED_IN]->(d:Document)
OPTIONAL MATCH (s)-[:MADE_IN]->(occasion:Document)
RETURN s.text AS said, s.stance AS stance, s.date AS date, occasion.name AS occasion,
       d.key AS reported_in, r.quote AS quote, s.key AS statement
ORDER BY statement, reported_in
