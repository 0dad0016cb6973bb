// Who is affiliated with the Russian LGBT Network, and what role does each source give them?
// One row per person, role and source document (sources disagree on Kochetkov's title).
MATCH (p:Person)-[r:MEMBER_OF|LEADS]->(o:Organization {key: 'russian-lgbt-network'})
UNWIND range(0, size(r.sources) - 1) AS i
RETURN p.name AS person, type(r) AS relationship, r.role AS role,
       r.sources[i] AS source, r.quotes[i] AS quote
ORDER BY person, role, source
