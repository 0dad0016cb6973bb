// What titles or descriptions does each document give to each person, organisation and
// place? (Sources disagree: Kochetkov is activist, director, program director or founder;
// Karimov spokesman or press secretary; Kadyrov ruler, leader, dictator, tyrant or President;
// Benedek Dr. or Professor; Argun a town or a city.) People first, then organisations, then places.
MATCH (d:Document)-[m:MENTIONS]->(n)
WHERE m.role IS NOT NULL AND (n:Person OR n:Organization OR n:Place)
WITH n, m, d, CASE WHEN n:Person THEN 'Person' WHEN n:Organization THEN 'Organization' ELSE 'Place' END AS label
RETURN label, n.name AS name, m.role AS title, d.key AS document, m.quote AS quote
ORDER BY CASE label WHEN 'Person' THEN 0 WHEN 'Organization' THEN 1 ELSE 2 END, name, document, title, quote
