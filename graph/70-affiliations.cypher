// Dossier bundled graph — 70: affiliations (MEMBER_OF, LEADS, WORKS_FOR, CONTACT_WITH).
// One relationship per role *as the sources give it*: where documents disagree on a
// title, each version is its own relationship with its own sources and quotes.


// Igor Kochetkov and the Russian LGBT Network: each source gives a different title.
MATCH (a:Person {key: 'igor-kochetkov'}), (b:Organization {key: 'russian-lgbt-network'}) CREATE (a)-[:MEMBER_OF {role: 'activist', sources: ['doc-000', 'doc-001'], quotes: ['activist Igor Kochetkov of the organization “LGBT-network”', 'Activist Igor Kochetkov from the organization "LGBT network"']}]->(b);
MATCH (a:Person {key: 'igor-kochetkov'}), (b:Organization {key: 'russian-lgbt-network'}) CREATE (a)-[:LEADS {role: 'director', sources: ['doc-002'], quotes: ['According to Igor Kochetkov, director of the Russian LGBT Network']}]->(b);
MATCH (a:Person {key: 'igor-kochetkov'}), (b:Organization {key: 'russian-lgbt-network'}) CREATE (a)-[:MEMBER_OF {role: 'program director', sources: ['doc-003-5'], quotes: ['Igor Kochetkov, the LGBT Network’s program director']}]->(b);
MATCH (a:Person {key: 'igor-kochetkov'}), (b:Organization {key: 'russian-lgbt-network'}) CREATE (a)-[:MEMBER_OF {role: 'founder', sources: ['doc-004'], quotes: ['The group’s founder Igor Kochetkov said in a statement']}]->(b);
MATCH (a:Person {key: 'svetlana-zakharova'}), (b:Organization {key: 'russian-lgbt-network'}) CREATE (a)-[:MEMBER_OF {role: 'board member', sources: ['doc-004'], quotes: ['Russian LGBT Network board member Svetlana Zakharova']}]->(b);
MATCH (a:Person {key: 'yuri-guaiana'}), (b:Organization {key: 'all-out'}) CREATE (a)-[:MEMBER_OF {role: 'activist', sources: ['doc-002'], quotes: ['Yuri Guaiana, an activist with the international organization All Out']}]->(b);
MATCH (a:Person {key: 'michelle-bachelet'}), (b:Organization {key: 'un'}) CREATE (a)-[:MEMBER_OF {role: 'UN High Commissioner for Human Rights', sources: ['doc-002'], quotes: ['Michelle Bachelet, the UN High Commissioner for Human Rights']}]->(b);
MATCH (a:Person {key: 'frank-schwabe'}), (b:Organization {key: 'soc'}) CREATE (a)-[:MEMBER_OF {sources: ['doc-003-4'], quotes: ['Frank Schwabe (SOC, Germany)'], note: 'The text gives only “(SOC, Germany)” after the name.'}]->(b);
MATCH (a:Person {key: 'piet-de-bruyn'}), (b:Organization {key: 'nr'}) CREATE (a)-[:MEMBER_OF {sources: ['doc-003-4'], quotes: ['Piet De Bruyn (NR, Belgium)'], note: 'The text gives only “(NR, Belgium)” after the name.'}]->(b);

// Ramzan Kadyrov: ruler / leader of Chechnya (doc-004 calls him “President” without saying of what; see MENTIONS).
MATCH (a:Person {key: 'ramzan-kadyrov'}), (b:Place {key: 'chechnya'}) CREATE (a)-[:LEADS {role: 'ruler', sources: ['doc-000', 'doc-001'], quotes: ['the Chechen ruler Ramzan Kadyrov', 'the Chechen ruler Ramzan Kadyrov']}]->(b);
MATCH (a:Person {key: 'ramzan-kadyrov'}), (b:Place {key: 'chechnya'}) CREATE (a)-[:LEADS {role: 'leader', sources: ['doc-002', 'doc-003-2'], quotes: ['Chechen leader Ramzan Kadyrov', 'the leader of Chechnya, Ramzan Kadyrov']}]->(b);
MATCH (a:Person {key: 'angela-merkel'}), (b:Place {key: 'germany'}) CREATE (a)-[:LEADS {role: 'Chancellor', sources: ['doc-000'], quotes: ['German Chancellor Angela Merkel'], note: 'doc-001 says only “Chancellor Angela Merkel”.'}]->(b);

// Alvi Karimov works for Kadyrov: spokesman (doc-000, doc-001) or press secretary (doc-004).
MATCH (a:Person {key: 'alvi-karimov'}), (b:Person {key: 'ramzan-kadyrov'}) CREATE (a)-[:WORKS_FOR {role: 'spokesman', sources: ['doc-000', 'doc-001'], quotes: ['Kadyrov’s spokesman, Alwi Karimov', 'Kadyrov\'s spokesman, Alwi Karimov']}]->(b);
MATCH (a:Person {key: 'alvi-karimov'}), (b:Person {key: 'ramzan-kadyrov'}) CREATE (a)-[:WORKS_FOR {role: 'press secretary', sources: ['doc-004'], quotes: ['Kadyrov’s press secretary Alvi Karimov']}]->(b);

// Aleksandr Mironov and the Russian LGBT Network
MATCH (a:Person {key: 'aleksandr-mironov'}), (b:Organization {key: 'russian-lgbt-network'}) CREATE (a)-[:CONTACT_WITH {sources: ['doc-003-5'], quotes: ['Mironov has been put in contact with representatives of the Russian LGBT Network.']}]->(b);
