// Where do the documents say detainees were held, in which wave of persecution, and on
// whose evidence? (Buildings, places of detention and towns an event is LOCATED_IN.)
MATCH (e:Event {kind: 'persecution wave'})-[r:LOCATED_IN]->(p:Place)
WHERE p.kind IN ['building', 'place of detention', 'city']
UNWIND range(0, size(r.sources) - 1) AS i
RETURN e.name AS wave, p.name AS place, p.kind AS kind,
       r.sources[i] AS source, r.quotes[i] AS quote
ORDER BY wave, place, source
