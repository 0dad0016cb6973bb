// Which corpus files are translations of the same article? Evidence: the same sentence
// in each translation.
MATCH (a:Document)-[ra:TRANSLATION_OF]->(original:Document)<-[rb:TRANSLATION_OF]-(b:Document)
WHERE a.key < b.key
RETURN a.file AS file_a, b.file AS file_b, original.name AS original,
       ra.sources AS evidence_sources, ra.quotes AS evidence_quotes
ORDER BY file_a, file_b
