// Who denied what, and in which documents is each denial reported (with the quote)?
// One row per denial and reporting document. `who` is the speaker node's name, or the
// text's own words for an unnamed speaker (e.g. "authorities"). `denies` lists the
// events or statements the denial is about.
MATCH (s:Statement {stance: 'denial'})
OPTIONAL MATCH (speaker)-[:SAID]->(s)
OPTIONAL MATCH (s)-[:DENIES]->(target)
WITH s, speaker, collect(DISTINCT target.name) AS denies
MATCH (s)-[r:REPORTED_IN]->(d:Document)
RETURN coalesce(speaker.name, s.speaker) AS who,
       s.text AS denial,
       s.date AS date,
       denies,
       d.key AS reported_in,
       r.quote AS quote,
       s.key AS statement
ORDER BY who, statement, reported_in
