// Which sources cite the OSCE report, and what does each say about it?
MATCH (d:Document)-[c:CITES]->(report:Document {key: 'osce-report'})
RETURN d.key AS document, d.file AS file, d.part AS part, d.name AS title, c.quote AS quote
ORDER BY document
