// How is Aleksandr Mironov connected to the Russian LGBT Network? (shortest path, with
// the type and the evidence of every relationship on it)
MATCH p = shortestPath((a {key: 'aleksandr-mironov'})-[*]-(b {key: 'russian-lgbt-network'}))
RETURN [n IN nodes(p) | n.name] AS path,
       [r IN relationships(p) | type(r)] AS relationships,
       [r IN relationships(p) | r.sources] AS sources,
       [r IN relationships(p) | r.quotes] AS quotes,
       length(p) AS hops
