// Dossier bundled graph — 55: links between Statements and to Events.
// DENIES: a denial and what it denies. SUPPORTS / CONTRADICTS: only where a
// document itself confirms, contrasts or contradicts (see `note`), or where
// two statements give conflicting dates for the same thing.

MATCH (a:Statement {key: 'st-chechen-regime-denies-persecution'}), (b:Event {key: 'chechnya-persecution-2017'}) CREATE (a)-[:DENIES]->(b);
MATCH (a:Statement {key: 'st-chechen-regime-denies-persecution'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:DENIES]->(b);
MATCH (a:Statement {key: 'st-kadyrov-canada-july-2017'}), (b:Event {key: 'chechnya-persecution-2017'}) CREATE (a)-[:DENIES]->(b);
MATCH (a:Statement {key: 'st-karimov-total-lies'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:DENIES]->(b);
MATCH (a:Statement {key: 'st-karimov-no-one-detained'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:DENIES]->(b);
MATCH (a:Statement {key: 'st-authorities-repeatedly-denied-purge'}), (b:Statement {key: 'st-novaya-men-abducted-tortured'}) CREATE (a)-[:DENIES]->(b);
MATCH (a:Statement {key: 'st-authorities-repeatedly-denied-purge'}), (b:Event {key: 'chechnya-persecution-2017'}) CREATE (a)-[:DENIES]->(b);
MATCH (a:Statement {key: 'st-kadyrov-gibberish'}), (b:Event {key: 'chechnya-persecution-2017'}) CREATE (a)-[:DENIES]->(b);
MATCH (a:Statement {key: 'st-kadyrov-canada-hbo'}), (b:Event {key: 'chechnya-persecution-2017'}) CREATE (a)-[:DENIES]->(b);
MATCH (a:Statement {key: 'st-karimov-impossible-to-detain'}), (b:Event {key: 'chechnya-persecution-2017'}) CREATE (a)-[:DENIES]->(b);
MATCH (a:Statement {key: 'st-karimov-no-one-detained'}), (b:Statement {key: 'st-kochetkov-about-40-detained'}) CREATE (a)-[:CONTRADICTS {note: 'Reported side by side in doc-000 and doc-001.'}]->(b);
MATCH (a:Statement {key: 'st-osce-report-documents-violations'}), (b:Statement {key: 'st-chechen-regime-denies-persecution'}) CREATE (a)-[:CONTRADICTS {note: 'doc-000/doc-001: the OSCE “came to a different conclusion”.'}]->(b);
MATCH (a:Statement {key: 'st-mironov-10-to-20-killed'}), (b:Statement {key: 'st-network-at-least-two-died-torture'}) CREATE (a)-[:CONTRADICTS {note: 'Meduza contrasts the figures: “However, while the LGBT Network received word of at least two … Mironov said … 10 to 20”.'}]->(b);
MATCH (a:Statement {key: 'st-systemic-nature-since-2017'}), (b:Statement {key: 'st-kadyrov-persecuted-since-2016'}) CREATE (a)-[:CONTRADICTS {note: 'Start of systematic persecution: 2017 (doc-003-5) versus 2016 (doc-002).'}]->(b);
MATCH (a:Statement {key: 'st-network-about-40-detained'}), (b:Statement {key: 'st-mironov-sources-about-40-arrested'}) CREATE (a)-[:SUPPORTS {note: '“confirmed this number in a January 14 press release”'}]->(b);
MATCH (a:Statement {key: 'st-network-source-not-surprised'}), (b:Statement {key: 'st-mironov-10-to-20-killed'}) CREATE (a)-[:SUPPORTS {note: '“I would not be surprised if Aleksandr is correct.”'}]->(b);
MATCH (a:Statement {key: 'st-mironov-friend-saw-more-than-two-bodies'}), (b:Statement {key: 'st-mironov-10-to-20-killed'}) CREATE (a)-[:SUPPORTS]->(b);
MATCH (a:Statement {key: 'st-mironov-torture-in-argun'}), (b:Statement {key: 'st-kochetkov-victims-held-in-argun'}) CREATE (a)-[:SUPPORTS {note: '“Mironov confirmed that victims are being tortured in Argun.”'}]->(b);
MATCH (a:Statement {key: 'st-human-rights-groups-confirmed-purge'}), (b:Statement {key: 'st-novaya-men-abducted-tortured'}) CREATE (a)-[:SUPPORTS]->(b);
MATCH (a:Statement {key: 'st-human-rights-groups-confirmed-purge'}), (b:Event {key: 'chechnya-persecution-2017'}) CREATE (a)-[:SUPPORTS]->(b);
MATCH (a:Statement {key: 'st-social-media-confirmed-increase'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:SUPPORTS]->(b);
MATCH (a:Statement {key: 'st-osce-report-documents-violations'}), (b:Event {key: 'chechnya-persecution-2017'}) CREATE (a)-[:SUPPORTS]->(b);
