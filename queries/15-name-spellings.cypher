// Which names are spelled differently across the documents, and where?
MATCH (d:Document)-[m:MENTIONS]->(n)
WHERE m.spelling IS NOT NULL
RETURN n.name AS name, n.key AS key, m.spelling AS spelling, d.key AS document, m.quote AS quote
ORDER BY name, spelling, document, quote
