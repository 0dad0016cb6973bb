// Which statements contradict or confirm which others, according to the documents?
MATCH (a:Statement)-[r:CONTRADICTS|SUPPORTS]->(b:Statement)
RETURN type(r) AS link, a.name AS statement, b.name AS other, r.note AS note, a.key AS key, b.key AS other_key
ORDER BY link, key, other_key
