// What titles or descriptions does each document give to each person? (Sources disagree:
// Kochetkov is activist, director, program director or founder; Karimov spokesman or press
// secretary; Kadyrov ruler, leader, dictator, tyrant or President; Benedek Dr. or Professor.)
MATCH (d:Document)-[m:MENTIONS]->(p:Person)
WHERE m.role IS NOT NULL
RETURN p.name AS person, m.role AS title, d.key AS document, m.quote AS quote
ORDER BY person, document, title
