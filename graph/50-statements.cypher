// Dossier bundled graph — 50: Statements.
// One block per Statement: the node, who SAID it, every corpus Document that
// REPORTED_IN it (with the verbatim quote from that document), the referred-to
// Document it was MADE_IN, whom it was MADE_TO, and what it is ABOUT.
// `text` is always a verbatim excerpt of the document named in `text_from`.
// A statement without SAID is the reporting document’s own claim, or the claim
// of someone the text does not name (then `speaker` gives the text’s words).
// Links between statements (DENIES, SUPPORTS, CONTRADICTS) are in 55-statement-links.cypher.


// ======================================================================
// doc-000 and doc-001 (two English translations of one article)
// ======================================================================

CREATE (:Statement {
  key: 'st-aul-warning-flee',
  name: 'Anonymous warning in the Aul group: leave the Republic',
  stance: 'warning',
  text: 'I ask all who are still free to take this message seriously and flee the Republic as quickly as possible. (...) Be careful and leave the Republic as soon as possible.',
  text_from: 'doc-001',
  speaker: 'anonymous message posted in the group Aul'
});
MATCH (a:Statement {key: 'st-aul-warning-flee'}), (b:Document {key: 'doc-000'}) CREATE (a)-[:REPORTED_IN {quote: 'It is a solemn warning: “I ask all, who are still free to take this message seriously and to flee as quickly as possible from the Republic. (…) Please be careful and leave the Republic as soon as possible.”'}]->(b);
MATCH (a:Statement {key: 'st-aul-warning-flee'}), (b:Document {key: 'doc-001'}) CREATE (a)-[:REPORTED_IN {quote: 'It is an urgent warning: "I ask all who are still free to take this message seriously and flee the Republic as quickly as possible. (...) Be careful and leave the Republic as soon as possible."'}]->(b);
MATCH (a:Statement {key: 'st-aul-warning-flee'}), (b:Document {key: 'aul-warning-post'}) CREATE (a)-[:MADE_IN]->(b);
MATCH (a:Statement {key: 'st-aul-warning-flee'}), (b:Place {key: 'chechnya'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-aul-warning-flee'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-further-arrest-wave',
  name: 'Talk of a further arrest wave of Chechen boys and girls',
  stance: 'warning',
  text: 'There is talk of a "further arrest wave of Chechen boys and girls".',
  text_from: 'doc-001',
  speaker: 'the message posted in the group Aul',
  note: 'doc-000 renders it “further is wave”.'
});
MATCH (a:Statement {key: 'st-further-arrest-wave'}), (b:Document {key: 'doc-000'}) CREATE (a)-[:REPORTED_IN {quote: 'There is talk of a “further is wave of Chechen boys and girls”.'}]->(b);
MATCH (a:Statement {key: 'st-further-arrest-wave'}), (b:Document {key: 'doc-001'}) CREATE (a)-[:REPORTED_IN {quote: 'There is talk of a "further arrest wave of Chechen boys and girls".'}]->(b);
MATCH (a:Statement {key: 'st-further-arrest-wave'}), (b:Document {key: 'aul-warning-post'}) CREATE (a)-[:MADE_IN]->(b);
MATCH (a:Statement {key: 'st-further-arrest-wave'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-novaya-notes-in-other-groups',
  name: 'Novaya Gazeta: similar notes published in other social media groups',
  stance: 'assertion',
  text: 'Also in other groups in social media were published according to the Kremlin-critical newspaper "Novaya Gazeta" such references.',
  text_from: 'doc-001'
});
MATCH (a:Organization {key: 'novaya-gazeta'}), (b:Statement {key: 'st-novaya-notes-in-other-groups'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-novaya-notes-in-other-groups'}), (b:Document {key: 'doc-000'}) CREATE (a)-[:REPORTED_IN {quote: 'Also in other groups in social media have been released, according to the Kremlin-critical newspaper “Novaya Gazeta”, such notes.'}]->(b);
MATCH (a:Statement {key: 'st-novaya-notes-in-other-groups'}), (b:Document {key: 'doc-001'}) CREATE (a)-[:REPORTED_IN {quote: 'Also in other groups in social media were published according to the Kremlin-critical newspaper "Novaya Gazeta" such references.'}]->(b);
MATCH (a:Statement {key: 'st-novaya-notes-in-other-groups'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-kochetkov-about-40-detained',
  name: 'Kochetkov (video): about 40 people arrested since the end of December',
  stance: 'assertion',
  text: 'Kochetkov speaks of the fact that about 40 people have been arrested in Russia\'s Muslim-dominated province in the Caucasus since the end of December, both men and women.',
  text_from: 'doc-001',
  topic: 'detentions',
  figure_min: 40,
  figure_max: 40,
  qualifier: 'about',
  figure_text: 'about 40'
});
MATCH (a:Person {key: 'igor-kochetkov'}), (b:Statement {key: 'st-kochetkov-about-40-detained'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-kochetkov-about-40-detained'}), (b:Document {key: 'doc-000'}) CREATE (a)-[:REPORTED_IN {quote: 'Kochetkov speaks in the fact that about 40 persons have been taken since the end of December in Russia’s Muslim province in the Caucasus, both men and women.'}]->(b);
MATCH (a:Statement {key: 'st-kochetkov-about-40-detained'}), (b:Document {key: 'doc-001'}) CREATE (a)-[:REPORTED_IN {quote: 'Kochetkov speaks of the fact that about 40 people have been arrested in Russia\'s Muslim-dominated province in the Caucasus since the end of December, both men and women.'}]->(b);
MATCH (a:Statement {key: 'st-kochetkov-about-40-detained'}), (b:Document {key: 'kochetkov-video'}) CREATE (a)-[:MADE_IN]->(b);
MATCH (a:Statement {key: 'st-kochetkov-about-40-detained'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-kochetkov-at-least-two-died',
  name: 'Kochetkov (video): at least two people died as a result of torture',
  stance: 'assertion',
  text: 'At least two people died as a result of torture.',
  text_from: 'doc-001',
  topic: 'deaths',
  figure_min: 2,
  figure_max: 2,
  qualifier: 'at least',
  figure_text: 'At least two'
});
MATCH (a:Person {key: 'igor-kochetkov'}), (b:Statement {key: 'st-kochetkov-at-least-two-died'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-kochetkov-at-least-two-died'}), (b:Document {key: 'doc-000'}) CREATE (a)-[:REPORTED_IN {quote: 'both men and women. “At least two people died as a result of torture.”'}]->(b);
MATCH (a:Statement {key: 'st-kochetkov-at-least-two-died'}), (b:Document {key: 'doc-001'}) CREATE (a)-[:REPORTED_IN {quote: 'both men and women. "At least two people died as a result of torture."'}]->(b);
MATCH (a:Statement {key: 'st-kochetkov-at-least-two-died'}), (b:Document {key: 'kochetkov-video'}) CREATE (a)-[:MADE_IN]->(b);
MATCH (a:Statement {key: 'st-kochetkov-at-least-two-died'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-arrests-began-after-december-29',
  name: 'The arrests began after December 29, when the administrator of a VKontakte group was detained',
  stance: 'assertion',
  text: 'The arrests began after December 29, according to the activist. On that day, the administrator of a VKontakte group was detained, in which gay men in the North Caucasus exchange. The police have found a phone book with contacts.',
  text_from: 'doc-001',
  note: 'doc-001 attributes this to “the activist” (Kochetkov); doc-000 to “the activists”.'
});
MATCH (a:Person {key: 'igor-kochetkov'}), (b:Statement {key: 'st-arrests-began-after-december-29'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-arrests-began-after-december-29'}), (b:Document {key: 'doc-000'}) CREATE (a)-[:REPORTED_IN {quote: 'The arrests began, the activists say that after the 29. December. On this day the Administrator of a VKontakte had been taken a group of homosexual men exchanging in the North Caucasus. The police had found him a phone book with contacts.'}]->(b);
MATCH (a:Statement {key: 'st-arrests-began-after-december-29'}), (b:Document {key: 'doc-001'}) CREATE (a)-[:REPORTED_IN {quote: 'The arrests began after December 29, according to the activist. On that day, the administrator of a VKontakte group was detained, in which gay men in the North Caucasus exchange. The police have found a phone book with contacts.'}]->(b);
MATCH (a:Statement {key: 'st-arrests-began-after-december-29'}), (b:Event {key: 'vkontakte-administrator-arrest'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-arrests-began-after-december-29'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-arrests-began-after-december-29'}), (b:Person {key: 'vkontakte-group-administrator'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-ngo-detainees-taken-to-argun-prison',
  name: 'LGBT Network: the detainees were taken to a prison in Argun',
  stance: 'assertion',
  text: 'According to the NGO, the detainees were taken to a prison in the city of Argun, about 20 kilometers east of Grozny.',
  text_from: 'doc-001',
  note: '“the NGO” refers back to the organization “LGBT-network” / “LGBT network”.'
});
MATCH (a:Organization {key: 'russian-lgbt-network'}), (b:Statement {key: 'st-ngo-detainees-taken-to-argun-prison'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-ngo-detainees-taken-to-argun-prison'}), (b:Document {key: 'doc-000'}) CREATE (a)-[:REPORTED_IN {quote: 'The arrested were brought to the information of the NGO in a prison in the town of Argun, about 20 kilometers East of Grozny.'}]->(b);
MATCH (a:Statement {key: 'st-ngo-detainees-taken-to-argun-prison'}), (b:Document {key: 'doc-001'}) CREATE (a)-[:REPORTED_IN {quote: 'According to the NGO, the detainees were taken to a prison in the city of Argun, about 20 kilometers east of Grozny.'}]->(b);
MATCH (a:Statement {key: 'st-ngo-detainees-taken-to-argun-prison'}), (b:Place {key: 'argun-prison'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-ngo-detainees-taken-to-argun-prison'}), (b:Place {key: 'argun'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-ngo-detainees-taken-to-argun-prison'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-argun-building-used-in-2017',
  name: 'The Argun prison is supposed to be the building where dozens were detained in 2017',
  stance: 'assertion',
  text: 'It\'s supposed to be the building where dozens of homosexuals were arrested for days in 2017, some for months, arrested and maltreated.',
  text_from: 'doc-001',
  topic: 'detentions',
  figure_text: 'dozens'
});
MATCH (a:Statement {key: 'st-argun-building-used-in-2017'}), (b:Document {key: 'doc-000'}) CREATE (a)-[:REPORTED_IN {quote: 'It’s supposed to be the building that already in 2017, dozens of gay days, some even months, detained and maltreated.'}]->(b);
MATCH (a:Statement {key: 'st-argun-building-used-in-2017'}), (b:Document {key: 'doc-001'}) CREATE (a)-[:REPORTED_IN {quote: 'It\'s supposed to be the building where dozens of homosexuals were arrested for days in 2017, some for months, arrested and maltreated.'}]->(b);
MATCH (a:Statement {key: 'st-argun-building-used-in-2017'}), (b:Place {key: 'argun-prison'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-argun-building-used-in-2017'}), (b:Event {key: 'chechnya-persecution-2017'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-witnesses-tortured-blows-sticks-shocks',
  name: 'Witnesses told Novaya Gazeta they were tortured with blows, sticks and electric shocks',
  stance: 'testimony',
  text: 'Witnesses had reported to the "Novaya Gazeta" how they were tortured there with blows, sticks and electric shocks.',
  text_from: 'doc-001',
  speaker: 'witnesses'
});
MATCH (a:Statement {key: 'st-witnesses-tortured-blows-sticks-shocks'}), (b:Document {key: 'doc-000'}) CREATE (a)-[:REPORTED_IN {quote: 'Witnesses had reported the “Novaya Gazeta”, as they were tortured with blows, sticks and electric shocks.'}]->(b);
MATCH (a:Statement {key: 'st-witnesses-tortured-blows-sticks-shocks'}), (b:Document {key: 'doc-001'}) CREATE (a)-[:REPORTED_IN {quote: 'Witnesses had reported to the "Novaya Gazeta" how they were tortured there with blows, sticks and electric shocks.'}]->(b);
MATCH (a:Statement {key: 'st-witnesses-tortured-blows-sticks-shocks'}), (b:Organization {key: 'novaya-gazeta'}) CREATE (a)-[:MADE_TO]->(b);
MATCH (a:Statement {key: 'st-witnesses-tortured-blows-sticks-shocks'}), (b:Place {key: 'argun-prison'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-witnesses-tortured-blows-sticks-shocks'}), (b:Event {key: 'chechnya-persecution-2017'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-kochetkov-about-200-arrested-2017',
  name: 'Kochetkov (video): about 200 gays arrested from spring to summer 2017',
  stance: 'assertion',
  text: 'From spring to summer 2017, about 200 gays were arrested and at least three were killed, says activist Kochetkov in the video.',
  text_from: 'doc-001',
  topic: 'detentions',
  figure_min: 200,
  figure_max: 200,
  qualifier: 'about',
  figure_text: 'about 200 (doc-001); approximately 200 (doc-000)'
});
MATCH (a:Person {key: 'igor-kochetkov'}), (b:Statement {key: 'st-kochetkov-about-200-arrested-2017'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-kochetkov-about-200-arrested-2017'}), (b:Document {key: 'doc-000'}) CREATE (a)-[:REPORTED_IN {quote: 'From spring to summer of 2017 were taken approximately 200 Gay, at least three have been killed, says activist Kochetkov in the Video.'}]->(b);
MATCH (a:Statement {key: 'st-kochetkov-about-200-arrested-2017'}), (b:Document {key: 'doc-001'}) CREATE (a)-[:REPORTED_IN {quote: 'From spring to summer 2017, about 200 gays were arrested and at least three were killed, says activist Kochetkov in the video.'}]->(b);
MATCH (a:Statement {key: 'st-kochetkov-about-200-arrested-2017'}), (b:Document {key: 'kochetkov-video'}) CREATE (a)-[:MADE_IN]->(b);
MATCH (a:Statement {key: 'st-kochetkov-about-200-arrested-2017'}), (b:Event {key: 'chechnya-persecution-2017'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-kochetkov-at-least-three-killed-2017',
  name: 'Kochetkov (video): at least three killed in 2017',
  stance: 'assertion',
  text: 'From spring to summer 2017, about 200 gays were arrested and at least three were killed, says activist Kochetkov in the video.',
  text_from: 'doc-001',
  topic: 'deaths',
  figure_min: 3,
  figure_max: 3,
  qualifier: 'at least',
  figure_text: 'at least three'
});
MATCH (a:Person {key: 'igor-kochetkov'}), (b:Statement {key: 'st-kochetkov-at-least-three-killed-2017'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-kochetkov-at-least-three-killed-2017'}), (b:Document {key: 'doc-000'}) CREATE (a)-[:REPORTED_IN {quote: 'From spring to summer of 2017 were taken approximately 200 Gay, at least three have been killed, says activist Kochetkov in the Video.'}]->(b);
MATCH (a:Statement {key: 'st-kochetkov-at-least-three-killed-2017'}), (b:Document {key: 'doc-001'}) CREATE (a)-[:REPORTED_IN {quote: 'From spring to summer 2017, about 200 gays were arrested and at least three were killed, says activist Kochetkov in the video.'}]->(b);
MATCH (a:Statement {key: 'st-kochetkov-at-least-three-killed-2017'}), (b:Document {key: 'kochetkov-video'}) CREATE (a)-[:MADE_IN]->(b);
MATCH (a:Statement {key: 'st-kochetkov-at-least-three-killed-2017'}), (b:Event {key: 'chechnya-persecution-2017'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-police-guard-officials-involved',
  name: 'Police, the National Guard and high-ranking officials are involved in the persecution',
  stance: 'accusation',
  text: 'In Chechnya, police, the National Guard and high-ranking officials are involved in the persecution of homosexuals.',
  text_from: 'doc-001'
});
MATCH (a:Statement {key: 'st-police-guard-officials-involved'}), (b:Document {key: 'doc-000'}) CREATE (a)-[:REPORTED_IN {quote: 'In the pursuit of the Homosexual police, national guard and high-ranking officials were involved in Chechnya.'}]->(b);
MATCH (a:Statement {key: 'st-police-guard-officials-involved'}), (b:Document {key: 'doc-001'}) CREATE (a)-[:REPORTED_IN {quote: 'In Chechnya, police, the National Guard and high-ranking officials are involved in the persecution of homosexuals.'}]->(b);
MATCH (a:Statement {key: 'st-police-guard-officials-involved'}), (b:Organization {key: 'chechen-police'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-police-guard-officials-involved'}), (b:Organization {key: 'national-guard'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-police-guard-officials-involved'}), (b:Place {key: 'chechnya'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-police-take-passports-blank-forms',
  name: 'Police keep the persecuted from leaving: passports taken, threats, blank forms',
  stance: 'accusation',
  text: 'Policemen would do anything to prevent persecuted men and women from leaving the Republic. They are therefore taken the passports and threatened with legal proceedings. In addition, they are forced to sign blank forms that officials can later fill in their favor - another means of pressure.',
  text_from: 'doc-001'
});
MATCH (a:Statement {key: 'st-police-take-passports-blank-forms'}), (b:Document {key: 'doc-000'}) CREATE (a)-[:REPORTED_IN {quote: 'Police officers would do everything they can to pursued men and women could not leave the Republic. You will be taken away, therefore, the passports and, with court proceedings threatened. In addition, you will be forced to blank forms to sign'}]->(b);
MATCH (a:Statement {key: 'st-police-take-passports-blank-forms'}), (b:Document {key: 'doc-001'}) CREATE (a)-[:REPORTED_IN {quote: 'Policemen would do anything to prevent persecuted men and women from leaving the Republic. They are therefore taken the passports and threatened with legal proceedings. In addition, they are forced to sign blank forms that officials can later fill in their favor - another means of pressure.'}]->(b);
MATCH (a:Statement {key: 'st-police-take-passports-blank-forms'}), (b:Organization {key: 'chechen-police'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-police-take-passports-blank-forms'}), (b:Place {key: 'chechnya'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-investigation-never-seriously-conducted',
  name: 'Human rights activists: the investigation opened under pressure was never seriously conducted',
  stance: 'accusation',
  text: 'Moscow was forced by pressure to initiate a preliminary investigation. However, this was never seriously conducted, criticize human rights activists.',
  text_from: 'doc-001',
  speaker: 'human rights activists',
  note: 'doc-000’s wording is garbled (“this was never led to serious criticism of human rights activists”); doc-001 is clear.'
});
MATCH (a:Statement {key: 'st-investigation-never-seriously-conducted'}), (b:Document {key: 'doc-000'}) CREATE (a)-[:REPORTED_IN {quote: 'Moscow was forced to close because of the pressure to open an investigation. However, this was never led to serious criticism of human rights activists.'}]->(b);
MATCH (a:Statement {key: 'st-investigation-never-seriously-conducted'}), (b:Document {key: 'doc-001'}) CREATE (a)-[:REPORTED_IN {quote: 'Moscow was forced by pressure to initiate a preliminary investigation. However, this was never seriously conducted, criticize human rights activists.'}]->(b);
MATCH (a:Statement {key: 'st-investigation-never-seriously-conducted'}), (b:Event {key: 'russian-investigation'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-investigation-never-seriously-conducted'}), (b:Place {key: 'moscow'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-moscow-continues-to-grant-kadyrov',
  name: 'Moscow continues to grant Kadyrov and his security apparatus (sentence incomplete)',
  stance: 'accusation',
  text: 'Moscow continues to grant the Chechen ruler Ramzan Kadyrov and his security apparatus.',
  text_from: 'doc-001',
  note: 'Both translations leave the sentence without an object (what Moscow grants is not said).'
});
MATCH (a:Statement {key: 'st-moscow-continues-to-grant-kadyrov'}), (b:Document {key: 'doc-000'}) CREATE (a)-[:REPORTED_IN {quote: 'Moscow, the Chechen ruler Ramzan Kadyrov and his security apparatus continues to grant.'}]->(b);
MATCH (a:Statement {key: 'st-moscow-continues-to-grant-kadyrov'}), (b:Document {key: 'doc-001'}) CREATE (a)-[:REPORTED_IN {quote: 'Moscow continues to grant the Chechen ruler Ramzan Kadyrov and his security apparatus.'}]->(b);
MATCH (a:Statement {key: 'st-moscow-continues-to-grant-kadyrov'}), (b:Place {key: 'moscow'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-moscow-continues-to-grant-kadyrov'}), (b:Person {key: 'ramzan-kadyrov'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-moscow-continues-to-grant-kadyrov'}), (b:Organization {key: 'kadyrov-security-apparatus'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-repeated-reports-recent-months',
  name: 'Repeated reports of arrests, extortion and torture in recent months',
  stance: 'assertion',
  text: 'Also in recent months, there have been repeated reports of arrests, extortion and torture of homosexuals.',
  text_from: 'doc-001'
});
MATCH (a:Statement {key: 'st-repeated-reports-recent-months'}), (b:Document {key: 'doc-000'}) CREATE (a)-[:REPORTED_IN {quote: 'in the past few months, it had increased again and again, individual reports of arrests, extortion, and torture of Homosexuals.'}]->(b);
MATCH (a:Statement {key: 'st-repeated-reports-recent-months'}), (b:Document {key: 'doc-001'}) CREATE (a)-[:REPORTED_IN {quote: 'Also in recent months, there have been repeated reports of arrests, extortion and torture of homosexuals.'}]->(b);
MATCH (a:Statement {key: 'st-repeated-reports-recent-months'}), (b:Place {key: 'chechnya'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-kochetkov-persecution-never-stopped',
  name: 'Kochetkov: the persecution has never stopped, only the scale has changed',
  stance: 'assertion',
  text: 'The persecution of men and women suspected of being homosexual has never stopped, only the scale has changed',
  text_from: 'doc-001'
});
MATCH (a:Person {key: 'igor-kochetkov'}), (b:Statement {key: 'st-kochetkov-persecution-never-stopped'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-kochetkov-persecution-never-stopped'}), (b:Document {key: 'doc-000'}) CREATE (a)-[:REPORTED_IN {quote: '“The persecution of men and women, suspected to be gay, has never stopped. Only the scale has changed,” says kotchetkov.'}]->(b);
MATCH (a:Statement {key: 'st-kochetkov-persecution-never-stopped'}), (b:Document {key: 'doc-001'}) CREATE (a)-[:REPORTED_IN {quote: '"The persecution of men and women suspected of being homosexual has never stopped, only the scale has changed," says Kochetkov.'}]->(b);
MATCH (a:Statement {key: 'st-kochetkov-persecution-never-stopped'}), (b:Place {key: 'chechnya'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-network-hotline',
  name: 'The LGBT Network has set up a hotline',
  stance: 'assertion',
  text: 'and "LGBT network" has now set up a hotline to help those affected.',
  text_from: 'doc-001'
});
MATCH (a:Statement {key: 'st-network-hotline'}), (b:Document {key: 'doc-000'}) CREATE (a)-[:REPORTED_IN {quote: '“LGBT-network” also set up a Hotline to help those Affected.'}]->(b);
MATCH (a:Statement {key: 'st-network-hotline'}), (b:Document {key: 'doc-001'}) CREATE (a)-[:REPORTED_IN {quote: 'and "LGBT network" has now set up a hotline to help those affected.'}]->(b);
MATCH (a:Statement {key: 'st-network-hotline'}), (b:Organization {key: 'russian-lgbt-network'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-kochetkov-harmful-elements',
  name: 'Kochetkov: homosexuals in Chechnya are considered “harmful elements”',
  stance: 'assertion',
  text: 'Homosexuals in Chechnya are considered "harmful elements", as the activist puts it.',
  text_from: 'doc-001'
});
MATCH (a:Person {key: 'igor-kochetkov'}), (b:Statement {key: 'st-kochetkov-harmful-elements'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-kochetkov-harmful-elements'}), (b:Document {key: 'doc-000'}) CREATE (a)-[:REPORTED_IN {quote: 'homosexuals apply in Chechnya “harmful elements”, as expressed by the activist.'}]->(b);
MATCH (a:Statement {key: 'st-kochetkov-harmful-elements'}), (b:Document {key: 'doc-001'}) CREATE (a)-[:REPORTED_IN {quote: 'Homosexuals in Chechnya are considered "harmful elements", as the activist puts it.'}]->(b);
MATCH (a:Statement {key: 'st-kochetkov-harmful-elements'}), (b:Place {key: 'chechnya'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-disgrace-and-honor-killings',
  name: 'Gay men seen as a disgrace to the family; reports of honor killings',
  stance: 'assertion',
  text: 'Gay men are considered a disgrace to the whole family. Many homosexuals are therefore silent for fear of humiliation and violence, even committed by relatives. There are always reports of honor killings in which gays are killed by their relatives.',
  text_from: 'doc-001'
});
MATCH (a:Statement {key: 'st-disgrace-and-honor-killings'}), (b:Document {key: 'doc-000'}) CREATE (a)-[:REPORTED_IN {quote: 'Gay men are seen as a disgrace for the whole family. Many homosexuals remain silent out of fear of humiliation and violence committed by relatives. There are always reports of “honour killings”, in which Gay men by their relatives to be killed.'}]->(b);
MATCH (a:Statement {key: 'st-disgrace-and-honor-killings'}), (b:Document {key: 'doc-001'}) CREATE (a)-[:REPORTED_IN {quote: 'Gay men are considered a disgrace to the whole family. Many homosexuals are therefore silent for fear of humiliation and violence, even committed by relatives. There are always reports of honor killings in which gays are killed by their relatives.'}]->(b);
MATCH (a:Statement {key: 'st-disgrace-and-honor-killings'}), (b:Place {key: 'chechnya'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-chechen-regime-denies-persecution',
  name: 'The regime in Chechnya denies the persecution of homosexuals',
  stance: 'denial',
  text: 'The regime in Chechnya denies the persecution of homosexuals - and does so in a cynical way.',
  text_from: 'doc-001'
});
MATCH (a:Organization {key: 'chechen-authorities'}), (b:Statement {key: 'st-chechen-regime-denies-persecution'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-chechen-regime-denies-persecution'}), (b:Document {key: 'doc-000'}) CREATE (a)-[:REPORTED_IN {quote: 'The Regime in Chechnya denies the persecution of Homosexuals – and does this in a cynical way.'}]->(b);
MATCH (a:Statement {key: 'st-chechen-regime-denies-persecution'}), (b:Document {key: 'doc-001'}) CREATE (a)-[:REPORTED_IN {quote: 'The regime in Chechnya denies the persecution of homosexuals - and does so in a cynical way.'}]->(b);
MATCH (a:Statement {key: 'st-chechen-regime-denies-persecution'}), (b:Place {key: 'chechnya'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-kadyrov-canada-july-2017',
  name: 'Kadyrov (July 2017): no gays in Chechnya, take them to Canada',
  stance: 'denial',
  text: 'We do not have such people at all, we do not have gays, and if they exist, take them to Canada, away from us, in order to cleanse our blood',
  text_from: 'doc-001',
  date: '2017-07',
  note: 'Similar words are reported by doc-004 from an HBO interview “last year” (st-kadyrov-canada-hbo); the texts do not say whether it is the same occasion.'
});
MATCH (a:Person {key: 'ramzan-kadyrov'}), (b:Statement {key: 'st-kadyrov-canada-july-2017'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-kadyrov-canada-july-2017'}), (b:Document {key: 'doc-000'}) CREATE (a)-[:REPORTED_IN {quote: '“With us, there are no such people at all. We have no Gay. And if they are, take them with you to Canada, far away from us so that our blood is cleaned,” explained in July 2017 dictator Kadyrov.'}]->(b);
MATCH (a:Statement {key: 'st-kadyrov-canada-july-2017'}), (b:Document {key: 'doc-001'}) CREATE (a)-[:REPORTED_IN {quote: '"We do not have such people at all, we do not have gays, and if they exist, take them to Canada, away from us, in order to cleanse our blood, "declared tyrant Kadyrov in July 2017.'}]->(b);
MATCH (a:Statement {key: 'st-kadyrov-canada-july-2017'}), (b:Place {key: 'canada'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-kadyrov-canada-july-2017'}), (b:Event {key: 'chechnya-persecution-2017'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-us-magnizkij-list',
  name: 'The US put Kadyrov on the Magnizkij list',
  stance: 'assertion',
  text: 'The US therefore put him on the so-called Magnizkij list, which has an entry ban and account lockouts result.',
  text_from: 'doc-001'
});
MATCH (a:Statement {key: 'st-us-magnizkij-list'}), (b:Document {key: 'doc-000'}) CREATE (a)-[:REPORTED_IN {quote: 'The United States put him on the so-called Magnizkij-list, which has an entry ban and freezing of Accounts.'}]->(b);
MATCH (a:Statement {key: 'st-us-magnizkij-list'}), (b:Document {key: 'doc-001'}) CREATE (a)-[:REPORTED_IN {quote: 'The US therefore put him on the so-called Magnizkij list, which has an entry ban and account lockouts result.'}]->(b);
MATCH (a:Statement {key: 'st-us-magnizkij-list'}), (b:Event {key: 'kadyrov-magnizkij-listing'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-us-magnizkij-list'}), (b:Place {key: 'united-states'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-us-magnizkij-list'}), (b:Person {key: 'ramzan-kadyrov'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-facebook-blocked-a-million-followers',
  name: 'Facebook blocked Kadyrov’s profiles with a million followers (doc-000)',
  stance: 'assertion',
  text: 'Then Facebook Kadyrov’s Profiles with a million followers has been blocked, also on Instagram – a humiliation for the despot who sat in the network, like in the scene.',
  text_from: 'doc-000',
  topic: 'followers',
  figure_text: 'a million',
  note: 'The parallel translation doc-001 says “millions of followers”.'
});
MATCH (a:Statement {key: 'st-facebook-blocked-a-million-followers'}), (b:Document {key: 'doc-000'}) CREATE (a)-[:REPORTED_IN {quote: 'Then Facebook Kadyrov’s Profiles with a million followers has been blocked, also on Instagram – a humiliation for the despot who sat in the network, like in the scene.'}]->(b);
MATCH (a:Statement {key: 'st-facebook-blocked-a-million-followers'}), (b:Event {key: 'kadyrov-profiles-blocked'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-facebook-blocked-a-million-followers'}), (b:Organization {key: 'facebook'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-facebook-blocked-a-million-followers'}), (b:Organization {key: 'instagram'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-facebook-blocked-a-million-followers'}), (b:Person {key: 'ramzan-kadyrov'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-facebook-blocked-millions-of-followers',
  name: 'Facebook blocked Kadyrov’s profiles with millions of followers (doc-001)',
  stance: 'assertion',
  text: 'As a result, Facebook blocked Kadyrov\'s profiles with millions of followers, including Instagram - a humiliation for the despot, who liked to be featured on the network.',
  text_from: 'doc-001',
  topic: 'followers',
  figure_text: 'millions',
  note: 'The parallel translation doc-000 says “a million followers”.'
});
MATCH (a:Statement {key: 'st-facebook-blocked-millions-of-followers'}), (b:Document {key: 'doc-001'}) CREATE (a)-[:REPORTED_IN {quote: 'As a result, Facebook blocked Kadyrov\'s profiles with millions of followers, including Instagram - a humiliation for the despot, who liked to be featured on the network.'}]->(b);
MATCH (a:Statement {key: 'st-facebook-blocked-millions-of-followers'}), (b:Event {key: 'kadyrov-profiles-blocked'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-facebook-blocked-millions-of-followers'}), (b:Organization {key: 'facebook'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-facebook-blocked-millions-of-followers'}), (b:Organization {key: 'instagram'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-facebook-blocked-millions-of-followers'}), (b:Person {key: 'ramzan-kadyrov'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-karimov-total-lies',
  name: 'Karimov to Interfax: the new reports are “total lies”',
  stance: 'denial',
  text: 'Kadyrov\'s spokesman, Alwi Karimov, dismissed new reports on the persecution of homosexuals as "total lies" to Interfax news agency on Monday.',
  text_from: 'doc-001'
});
MATCH (a:Person {key: 'alvi-karimov'}), (b:Statement {key: 'st-karimov-total-lies'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-karimov-total-lies'}), (b:Document {key: 'doc-000'}) CREATE (a)-[:REPORTED_IN {quote: 'Kadyrov’s spokesman, Alwi Karimov, on Monday to the news Agency Interfax, the new reports about the persecution of Homosexuals as “total lies”.'}]->(b);
MATCH (a:Statement {key: 'st-karimov-total-lies'}), (b:Document {key: 'doc-001'}) CREATE (a)-[:REPORTED_IN {quote: 'Kadyrov\'s spokesman, Alwi Karimov, dismissed new reports on the persecution of homosexuals as "total lies" to Interfax news agency on Monday.'}]->(b);
MATCH (a:Statement {key: 'st-karimov-total-lies'}), (b:Organization {key: 'interfax'}) CREATE (a)-[:MADE_TO]->(b);
MATCH (a:Statement {key: 'st-karimov-total-lies'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-karimov-no-one-detained',
  name: 'Karimov: no one was detained in Chechnya on suspicion of homosexuality',
  stance: 'denial',
  text: 'No one was arrested in Chechnya on suspicion of homosexuality, he claimed.',
  text_from: 'doc-001',
  topic: 'detentions',
  figure_min: 0,
  figure_max: 0,
  qualifier: 'exactly',
  figure_text: 'No one'
});
MATCH (a:Person {key: 'alvi-karimov'}), (b:Statement {key: 'st-karimov-no-one-detained'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-karimov-no-one-detained'}), (b:Document {key: 'doc-000'}) CREATE (a)-[:REPORTED_IN {quote: 'No one had been detained in Chechnya on suspicion of homosexuality, he claimed.'}]->(b);
MATCH (a:Statement {key: 'st-karimov-no-one-detained'}), (b:Document {key: 'doc-001'}) CREATE (a)-[:REPORTED_IN {quote: 'No one was arrested in Chechnya on suspicion of homosexuality, he claimed.'}]->(b);
MATCH (a:Statement {key: 'st-karimov-no-one-detained'}), (b:Organization {key: 'interfax'}) CREATE (a)-[:MADE_TO]->(b);
MATCH (a:Statement {key: 'st-karimov-no-one-detained'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-osce-report-documents-violations',
  name: 'The OSCE report (December) documents the persecution / confirms the human rights violations',
  stance: 'assertion',
  text: 'The Organization for Security and Co-operation in Europe (OSCE) came to a different conclusion in December in a report. It documents the brutal hunt for homosexuals on 35 pages.',
  text_from: 'doc-001'
});
MATCH (a:Statement {key: 'st-osce-report-documents-violations'}), (b:Document {key: 'doc-000'}) CREATE (a)-[:REPORTED_IN {quote: 'come to The organization for security and cooperation in Europe (OSCE) in December, in a report to a different conclusion. The brutal persecution is documented on Homosexuals to 35 pages.'}]->(b);
MATCH (a:Statement {key: 'st-osce-report-documents-violations'}), (b:Document {key: 'doc-001'}) CREATE (a)-[:REPORTED_IN {quote: 'The Organization for Security and Co-operation in Europe (OSCE) came to a different conclusion in December in a report. It documents the brutal hunt for homosexuals on 35 pages.'}]->(b);
MATCH (a:Statement {key: 'st-osce-report-documents-violations'}), (b:Document {key: 'doc-002'}) CREATE (a)-[:REPORTED_IN {quote: 'Professor Benedek spoke with survivors, witnesses, human rights activists, and journalists. The report confirms the widespread human rights violations.'}]->(b);
MATCH (a:Statement {key: 'st-osce-report-documents-violations'}), (b:Document {key: 'osce-report'}) CREATE (a)-[:MADE_IN]->(b);
MATCH (a:Statement {key: 'st-osce-report-documents-violations'}), (b:Document {key: 'osce-report'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-osce-report-documents-violations'}), (b:Event {key: 'chechnya-persecution-2017'}) CREATE (a)-[:ABOUT]->(b);

// ======================================================================
// doc-002 (Presentes)
// ======================================================================

CREATE (:Statement {
  key: 'st-activists-two-died-police-torture',
  name: 'Activists: two LGBTQ+ people died as a result of police torture',
  stance: 'accusation',
  text: 'Two LGBTQ+ people died as a result of police torture in Chechnya, activists reported this week.',
  text_from: 'doc-002',
  speaker: 'activists',
  topic: 'deaths',
  figure_min: 2,
  figure_max: 2,
  qualifier: 'exactly',
  figure_text: 'Two',
  note: 'The same sentence also appears in the teaser with “LGBTI+”.'
});
MATCH (a:Statement {key: 'st-activists-two-died-police-torture'}), (b:Document {key: 'doc-002'}) CREATE (a)-[:REPORTED_IN {quote: 'Two LGBTQ+ people died as a result of police torture in Chechnya, activists reported this week.'}]->(b);
MATCH (a:Statement {key: 'st-activists-two-died-police-torture'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-activists-two-died-police-torture'}), (b:Organization {key: 'chechen-police'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-presentes-at-least-40-arrested',
  name: 'At least 40 LGBTQ+ people arrested and tortured since late December',
  stance: 'accusation',
  text: 'Since late December, the government of the North Caucasus Muslim republic has been carrying out new raids, and at least 40 LGBTQ+ people have been arrested and tortured.',
  text_from: 'doc-002',
  topic: 'detentions',
  figure_min: 40,
  figure_max: 40,
  qualifier: 'at least',
  figure_text: 'at least 40'
});
MATCH (a:Statement {key: 'st-presentes-at-least-40-arrested'}), (b:Document {key: 'doc-002'}) CREATE (a)-[:REPORTED_IN {quote: 'Since late December, the government of the North Caucasus Muslim republic has been carrying out new raids, and at least 40 LGBTQ+ people have been arrested and tortured.'}]->(b);
MATCH (a:Statement {key: 'st-presentes-at-least-40-arrested'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-presentes-at-least-40-arrested'}), (b:Organization {key: 'chechen-authorities'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-guaiana-second-wave',
  name: 'Guaiana: the beginning of a second wave of persecution',
  stance: 'warning',
  text: 'This is the beginning of a second wave of persecution against LGBT people. All it takes is suspicion for them to be arrested',
  text_from: 'doc-002'
});
MATCH (a:Person {key: 'yuri-guaiana'}), (b:Statement {key: 'st-guaiana-second-wave'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-guaiana-second-wave'}), (b:Document {key: 'doc-002'}) CREATE (a)-[:REPORTED_IN {quote: '"This is the beginning of a second wave of persecution against LGBT people. All it takes is suspicion for them to be arrested," Yuri Guaiana, an activist with the international organization All Out, told Presentes.'}]->(b);
MATCH (a:Statement {key: 'st-guaiana-second-wave'}), (b:Organization {key: 'presentes'}) CREATE (a)-[:MADE_TO]->(b);
MATCH (a:Statement {key: 'st-guaiana-second-wave'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-network-purge-began-with-administrator-arrest',
  name: 'LGBT Network: the new purge began with the arrest of a VKontakte group administrator',
  stance: 'assertion',
  text: 'According to sources from the Russian LGBT Network, this new purge began on December 29th following the arrest of the administrator of one of the social media groups "VKontakte." This group was a forum for gay men from the North Caucasus.',
  text_from: 'doc-002',
  note: 'doc-002 gives December 29th; doc-003-5 says only “in December”.'
});
MATCH (a:Organization {key: 'russian-lgbt-network'}), (b:Statement {key: 'st-network-purge-began-with-administrator-arrest'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-network-purge-began-with-administrator-arrest'}), (b:Document {key: 'doc-002'}) CREATE (a)-[:REPORTED_IN {quote: 'According to sources from the Russian LGBT Network, this new purge began on December 29th following the arrest of the administrator of one of the social media groups "VKontakte." This group was a forum for gay men from the North Caucasus.'}]->(b);
MATCH (a:Statement {key: 'st-network-purge-began-with-administrator-arrest'}), (b:Document {key: 'doc-003-5'}) CREATE (a)-[:REPORTED_IN {quote: 'The Russian LGBT Network reported that the latest wave of illegal arrests appears to have begun when the administrator of an LGBTQ group on the social media site VKontakte was captured in December.'}]->(b);
MATCH (a:Statement {key: 'st-network-purge-began-with-administrator-arrest'}), (b:Event {key: 'vkontakte-administrator-arrest'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-network-purge-began-with-administrator-arrest'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-network-purge-began-with-administrator-arrest'}), (b:Person {key: 'vkontakte-group-administrator'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-network-dozens-more-arrests',
  name: 'LGBT Network: dozens more arrests followed',
  stance: 'assertion',
  text: 'Dozens more arrests followed.',
  text_from: 'doc-002',
  topic: 'detentions',
  figure_text: 'Dozens more'
});
MATCH (a:Organization {key: 'russian-lgbt-network'}), (b:Statement {key: 'st-network-dozens-more-arrests'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-network-dozens-more-arrests'}), (b:Document {key: 'doc-002'}) CREATE (a)-[:REPORTED_IN {quote: 'This group was a forum for gay men from the North Caucasus. Dozens more arrests followed.'}]->(b);
MATCH (a:Statement {key: 'st-network-dozens-more-arrests'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-kadyrov-persecuted-since-2016',
  name: 'Kadyrov has persecuted LGBTI+ people since 2016; his secret service arrested hundreds',
  stance: 'accusation',
  text: 'Since 2016, Chechen leader Ramzan Kadyrov has systematically persecuted LGBTI+ people, and his secret service has arrested hundreds of people, subjecting them to beatings and electroshocks.',
  text_from: 'doc-002',
  topic: 'detentions',
  figure_text: 'hundreds',
  note: 'Dates the systematic persecution from 2016; doc-003-5 says it took on a systemic nature in 2017.'
});
MATCH (a:Statement {key: 'st-kadyrov-persecuted-since-2016'}), (b:Document {key: 'doc-002'}) CREATE (a)-[:REPORTED_IN {quote: 'Since 2016, Chechen leader Ramzan Kadyrov has systematically persecuted LGBTI+ people, and his secret service has arrested hundreds of people, subjecting them to beatings and electroshocks.'}]->(b);
MATCH (a:Statement {key: 'st-kadyrov-persecuted-since-2016'}), (b:Person {key: 'ramzan-kadyrov'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-kadyrov-persecuted-since-2016'}), (b:Organization {key: 'kadyrov-secret-service'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-kadyrov-persecuted-since-2016'}), (b:Place {key: 'chechnya'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-activists-kremlin-blind-eye',
  name: 'Human rights activists point the finger at the Kremlin',
  stance: 'accusation',
  text: 'Human rights activists have been denouncing these practices and pointing the finger at the Kremlin, which turns a blind eye to human rights violations in the Chechen republic, a part of Russia.',
  text_from: 'doc-002',
  speaker: 'human rights activists'
});
MATCH (a:Statement {key: 'st-activists-kremlin-blind-eye'}), (b:Document {key: 'doc-002'}) CREATE (a)-[:REPORTED_IN {quote: 'Human rights activists have been denouncing these practices and pointing the finger at the Kremlin, which turns a blind eye to human rights violations in the Chechen republic, a part of Russia.'}]->(b);
MATCH (a:Statement {key: 'st-activists-kremlin-blind-eye'}), (b:Organization {key: 'kremlin'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-activists-kremlin-blind-eye'}), (b:Place {key: 'chechnya'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-kochetkov-victims-held-in-argun',
  name: 'Kochetkov: victims held in Argun; police keep them from leaving, take their documents, threaten them, force them to sign blank forms',
  stance: 'accusation',
  text: 'it is the staff of [Chechen] security agencies that is carrying out these arrests, and the victims are being held illegally in [the town of] Argun. The local police are doing everything possible to prevent them from leaving the republic or receiving legal protection as a result. Police are confiscating their identifying documents, threatening to charge them and their relatives with fabricated crimes, and forcing them to sign forms that are otherwise entirely blank.',
  text_from: 'doc-003-5',
  note: 'Two wordings of the same claims by Kochetkov. doc-002 adds “We don’t know exactly how many people were detained”; the bracketed words in doc-003-5 are Meduza’s. Only doc-003-5 says it was written in a press release.'
});
MATCH (a:Person {key: 'igor-kochetkov'}), (b:Statement {key: 'st-kochetkov-victims-held-in-argun'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-kochetkov-victims-held-in-argun'}), (b:Document {key: 'doc-002'}) CREATE (a)-[:REPORTED_IN {quote: 'According to Igor Kochetkov, director of the Russian LGBT Network, “We don’t know exactly how many people were detained. The victims are being held in Argun, and the local police won’t let them leave, confiscating their passports or other documents.'}]->(b);
MATCH (a:Statement {key: 'st-kochetkov-victims-held-in-argun'}), (b:Document {key: 'doc-003-5'}) CREATE (a)-[:REPORTED_IN {quote: 'Igor Kochetkov, the LGBT Network’s program director, wrote in a press release that “it is the staff of [Chechen] security agencies that is carrying out these arrests, and the victims are being held illegally in [the town of] Argun.'}]->(b);
MATCH (a:Statement {key: 'st-kochetkov-victims-held-in-argun'}), (b:Document {key: 'kochetkov-press-release'}) CREATE (a)-[:MADE_IN]->(b);
MATCH (a:Statement {key: 'st-kochetkov-victims-held-in-argun'}), (b:Place {key: 'argun'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-kochetkov-victims-held-in-argun'}), (b:Organization {key: 'chechen-security-agencies'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-kochetkov-victims-held-in-argun'}), (b:Organization {key: 'chechen-police'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-kochetkov-victims-held-in-argun'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-guaiana-putin-does-nothing',
  name: 'Guaiana: Putin prioritizes his own interests and does nothing',
  stance: 'accusation',
  text: 'Putin prioritizes his own interests over human rights, and that’s why he does nothing. The rest of the world leaders can do a lot, but they must act quickly.',
  text_from: 'doc-002'
});
MATCH (a:Person {key: 'yuri-guaiana'}), (b:Statement {key: 'st-guaiana-putin-does-nothing'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-guaiana-putin-does-nothing'}), (b:Document {key: 'doc-002'}) CREATE (a)-[:REPORTED_IN {quote: 'For her part, Guaiana told Presentes: “Putin prioritizes his own interests over human rights, and that’s why he does nothing. The rest of the world leaders can do a lot, but they must act quickly.'}]->(b);
MATCH (a:Statement {key: 'st-guaiana-putin-does-nothing'}), (b:Organization {key: 'presentes'}) CREATE (a)-[:MADE_TO]->(b);
MATCH (a:Statement {key: 'st-guaiana-putin-does-nothing'}), (b:Person {key: 'vladimir-putin'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-guaiana-campaign-world-leaders',
  name: 'Guaiana: protest at the World Economic Forum; campaign urging world leaders incl. Bachelet',
  stance: 'demand',
  text: 'Next week, many will be meeting in Switzerland for a World Economic Forum. A Russian delegation will be there. That’s one of the places to protest and create a media storm. That’s why we launched a campaign, urging world leaders , including Michelle Bachelet, the UN High Commissioner for Human Rights, to sign to stop this repression and persecution in Chechnya.',
  text_from: 'doc-002'
});
MATCH (a:Person {key: 'yuri-guaiana'}), (b:Statement {key: 'st-guaiana-campaign-world-leaders'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-guaiana-campaign-world-leaders'}), (b:Document {key: 'doc-002'}) CREATE (a)-[:REPORTED_IN {quote: 'That’s one of the places to protest and create a media storm. That’s why we launched a campaign, urging world leaders , including Michelle Bachelet, the UN High Commissioner for Human Rights, to sign to stop this repression and persecution in Chechnya.”'}]->(b);
MATCH (a:Statement {key: 'st-guaiana-campaign-world-leaders'}), (b:Organization {key: 'presentes'}) CREATE (a)-[:MADE_TO]->(b);
MATCH (a:Statement {key: 'st-guaiana-campaign-world-leaders'}), (b:Event {key: 'all-out-campaign'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-guaiana-campaign-world-leaders'}), (b:Event {key: 'world-economic-forum'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-guaiana-campaign-world-leaders'}), (b:Person {key: 'michelle-bachelet'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-benedek-spoke-with-survivors',
  name: 'Benedek spoke with survivors, witnesses, activists and journalists',
  stance: 'assertion',
  text: 'Professor Benedek spoke with survivors, witnesses, human rights activists, and journalists.',
  text_from: 'doc-002'
});
MATCH (a:Statement {key: 'st-benedek-spoke-with-survivors'}), (b:Document {key: 'doc-002'}) CREATE (a)-[:REPORTED_IN {quote: 'Professor Benedek spoke with survivors, witnesses, human rights activists, and journalists.'}]->(b);
MATCH (a:Statement {key: 'st-benedek-spoke-with-survivors'}), (b:Event {key: 'osce-investigation'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-benedek-spoke-with-survivors'}), (b:Person {key: 'wolfgang-benedek'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-network-working-since-april-2017',
  name: 'The Russian LGBT Network has worked to protect victims since April 2017',
  stance: 'assertion',
  text: 'The Russian LGBT Network has been working to protect victims of persecution in Chechnya since April 2017.',
  text_from: 'doc-002'
});
MATCH (a:Statement {key: 'st-network-working-since-april-2017'}), (b:Document {key: 'doc-002'}) CREATE (a)-[:REPORTED_IN {quote: 'The Russian LGBT Network has been working to protect victims of persecution in Chechnya since April 2017.'}]->(b);
MATCH (a:Statement {key: 'st-network-working-since-april-2017'}), (b:Organization {key: 'russian-lgbt-network'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-network-working-since-april-2017'}), (b:Event {key: 'russian-lgbt-network-evacuations'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-network-evacuated-about-150',
  name: 'The Russian LGBT Network has evacuated about 150 people',
  stance: 'assertion',
  text: 'Since then, it has evacuated about 150 people from the region',
  text_from: 'doc-002',
  topic: 'evacuations',
  figure_min: 150,
  figure_max: 150,
  qualifier: 'about',
  figure_text: 'about 150 (doc-000, doc-001, doc-002); approximately 150 (doc-003-5)',
  note: 'Each document states the figure in its own voice (doc-000/doc-001 right after quoting Kochetkov: “His organization…”).'
});
MATCH (a:Statement {key: 'st-network-evacuated-about-150'}), (b:Document {key: 'doc-000'}) CREATE (a)-[:REPORTED_IN {quote: 'His organization has already brought about 150 people from Chechnya in safety'}]->(b);
MATCH (a:Statement {key: 'st-network-evacuated-about-150'}), (b:Document {key: 'doc-001'}) CREATE (a)-[:REPORTED_IN {quote: 'His organization has already brought about 150 people out of Chechnya to safety'}]->(b);
MATCH (a:Statement {key: 'st-network-evacuated-about-150'}), (b:Document {key: 'doc-002'}) CREATE (a)-[:REPORTED_IN {quote: 'The Russian LGBT Network has been working to protect victims of persecution in Chechnya since April 2017. Since then, it has evacuated about 150 people from the region and found refuge for about 130 outside of Russia.'}]->(b);
MATCH (a:Statement {key: 'st-network-evacuated-about-150'}), (b:Document {key: 'doc-003-5'}) CREATE (a)-[:REPORTED_IN {quote: 'Since anti-LGBTQ persecution in Chechnya took on a new, systemic nature in 2017, the organization has relocated approximately 150 people, more than 130 of whom were able to leave Russia altogether.'}]->(b);
MATCH (a:Statement {key: 'st-network-evacuated-about-150'}), (b:Event {key: 'russian-lgbt-network-evacuations'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-network-evacuated-about-150'}), (b:Organization {key: 'russian-lgbt-network'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-presentes-refuge-about-130-abroad',
  name: 'The Russian LGBT Network found refuge for about 130 outside Russia',
  stance: 'assertion',
  text: 'and found refuge for about 130 outside of Russia.',
  text_from: 'doc-002',
  topic: 'relocations abroad',
  figure_min: 130,
  figure_max: 130,
  qualifier: 'about',
  figure_text: 'about 130'
});
MATCH (a:Statement {key: 'st-presentes-refuge-about-130-abroad'}), (b:Document {key: 'doc-002'}) CREATE (a)-[:REPORTED_IN {quote: 'Since then, it has evacuated about 150 people from the region and found refuge for about 130 outside of Russia.'}]->(b);
MATCH (a:Statement {key: 'st-presentes-refuge-about-130-abroad'}), (b:Event {key: 'russian-lgbt-network-evacuations'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-presentes-refuge-about-130-abroad'}), (b:Organization {key: 'russian-lgbt-network'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-presentes-dozens-of-torture-cases',
  name: 'Headline: two murders and dozens of torture cases in the new purge',
  stance: 'accusation',
  text: 'Two murders and dozens of torture cases in new LGBT+ purge in Chechnya',
  text_from: 'doc-002',
  topic: 'torture',
  figure_text: 'dozens of torture cases',
  note: 'The article’s headline. Its “Two murders” is the figure of st-activists-two-died-police-torture, reported in the same article.'
});
MATCH (a:Statement {key: 'st-presentes-dozens-of-torture-cases'}), (b:Document {key: 'doc-002'}) CREATE (a)-[:REPORTED_IN {quote: 'Two murders and dozens of torture cases in new LGBT+ purge in Chechnya'}]->(b);
MATCH (a:Statement {key: 'st-presentes-dozens-of-torture-cases'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-singer-murdered-anti-gay-camp',
  name: 'Reports indicate a singer was murdered in an “anti-gay” camp',
  stance: 'accusation',
  text: 'Reports indicate that a singer was murdered in an “anti-gay” camp in Chechnya',
  text_from: 'doc-002',
  topic: 'deaths',
  figure_min: 1,
  figure_max: 1,
  qualifier: 'exactly',
  figure_text: 'a singer',
  note: 'Headline of a linked article; the corpus gives no detail.'
});
MATCH (a:Statement {key: 'st-singer-murdered-anti-gay-camp'}), (b:Document {key: 'doc-002'}) CREATE (a)-[:REPORTED_IN {quote: '[READ ALSO: Reports indicate that a singer was murdered in an “anti-gay” camp in Chechnya]'}]->(b);
MATCH (a:Statement {key: 'st-singer-murdered-anti-gay-camp'}), (b:Document {key: 'presentes-read-also-singer'}) CREATE (a)-[:MADE_IN]->(b);
MATCH (a:Statement {key: 'st-singer-murdered-anti-gay-camp'}), (b:Place {key: 'chechnya'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-crimes-against-humanity',
  name: '“These are crimes against humanity” (linked article headline)',
  stance: 'condemnation',
  text: 'Torture of gays in Chechnya: “These are crimes against humanity”',
  text_from: 'doc-002',
  note: 'Headline of a linked article; the speaker is not given.'
});
MATCH (a:Statement {key: 'st-crimes-against-humanity'}), (b:Document {key: 'doc-002'}) CREATE (a)-[:REPORTED_IN {quote: '[READ ALSO: Torture of gays in Chechnya: “These are crimes against humanity”]'}]->(b);
MATCH (a:Statement {key: 'st-crimes-against-humanity'}), (b:Document {key: 'presentes-read-also-crimes-against-humanity'}) CREATE (a)-[:MADE_IN]->(b);
MATCH (a:Statement {key: 'st-crimes-against-humanity'}), (b:Place {key: 'chechnya'}) CREATE (a)-[:ABOUT]->(b);

// ======================================================================
// doc-003-1 (pickets)
// ======================================================================

CREATE (:Statement {
  key: 'st-alliance-reason-for-campaign',
  name: 'Alliance: the campaign answers the resumed persecution in Chechnya, “a vivid example of the genocide”',
  stance: 'condemnation',
  text: 'The reason for the campaign was the recent resumption of persecution, abduction, torture and murder of LGBT citizens in Chechnya. This region of Russia, where, according to its leadership, LGBT people do not exist, is a vivid example of the genocide to which the silence of LGBT issues in Russia, the violation of human rights and impunity of crimes against LGBT people can lead',
  text_from: 'doc-003-1'
});
MATCH (a:Organization {key: 'alliance-of-heterosexuals-and-lgbt-for-equality'}), (b:Statement {key: 'st-alliance-reason-for-campaign'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-alliance-reason-for-campaign'}), (b:Document {key: 'doc-003-1'}) CREATE (a)-[:REPORTED_IN {quote: 'is a vivid example of the genocide to which the silence of LGBT issues in Russia, the violation of human rights and impunity of crimes against LGBT people can lead ”- organizers of St. Petersburg pickets write from the group Alliance of heterosexuals and LGBT for equality.'}]->(b);
MATCH (a:Statement {key: 'st-alliance-reason-for-campaign'}), (b:Event {key: 'savelgbtinrussia-campaign'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-alliance-reason-for-campaign'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-chechen-leadership-lgbt-do-not-exist',
  name: 'Chechnya’s leadership: LGBT people do not exist there',
  stance: 'denial',
  text: 'This region of Russia, where, according to its leadership, LGBT people do not exist',
  text_from: 'doc-003-1',
  note: 'Reported inside the Alliance’s statement; “its leadership” is the leadership of Chechnya.'
});
MATCH (a:Organization {key: 'chechen-authorities'}), (b:Statement {key: 'st-chechen-leadership-lgbt-do-not-exist'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-chechen-leadership-lgbt-do-not-exist'}), (b:Document {key: 'doc-003-1'}) CREATE (a)-[:REPORTED_IN {quote: 'This region of Russia, where, according to its leadership, LGBT people do not exist, is a vivid example of the genocide'}]->(b);
MATCH (a:Statement {key: 'st-chechen-leadership-lgbt-do-not-exist'}), (b:Place {key: 'chechnya'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-pickets-demand-justice',
  name: 'Pickets demand an end to crimes against LGBT people and justice for torture and murder',
  stance: 'demand',
  text: 'Pickets demanding to stop crimes against LGBT people, as well as to bring to justice all those involved in torture and murder were held in Yaroslavl, Nizhny Novgorod and St. Petersburg.',
  text_from: 'doc-003-1',
  speaker: 'pickets'
});
MATCH (a:Statement {key: 'st-pickets-demand-justice'}), (b:Document {key: 'doc-003-1'}) CREATE (a)-[:REPORTED_IN {quote: 'Pickets demanding to stop crimes against LGBT people, as well as to bring to justice all those involved in torture and murder were held in Yaroslavl, Nizhny Novgorod and St. Petersburg.'}]->(b);
MATCH (a:Statement {key: 'st-pickets-demand-justice'}), (b:Event {key: 'savelgbtinrussia-pickets'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-activist-attacked-nizhny-novgorod',
  name: 'Unknown persons attacked an activist in Nizhny Novgorod',
  stance: 'assertion',
  text: 'According to public figures, in Nizhny Novgorod, unknown persons attacked an activist and tore up a poster. In other cities, fortunately, there were no incidents.',
  text_from: 'doc-003-1',
  speaker: 'public figures',
  note: 'The headline says the activist was “beaten”.'
});
MATCH (a:Statement {key: 'st-activist-attacked-nizhny-novgorod'}), (b:Document {key: 'doc-003-1'}) CREATE (a)-[:REPORTED_IN {quote: 'According to public figures, in Nizhny Novgorod, unknown persons attacked an activist and tore up a poster. In other cities, fortunately, there were no incidents.'}]->(b);
MATCH (a:Statement {key: 'st-activist-attacked-nizhny-novgorod'}), (b:Event {key: 'nizhny-novgorod-picket-attack'}) CREATE (a)-[:ABOUT]->(b);

// ======================================================================
// doc-003-2 (gay hunt announcement)
// ======================================================================

CREATE (:Statement {
  key: 'st-gay-hunt-invitation',
  name: 'Announcement: “aggressive to LGBT” sports young people invited to cooperate',
  stance: 'assertion',
  text: 'We invite to cooperation “aggressive to LGBT” sports young people who own fighting equipment.',
  text_from: 'doc-003-2'
});
MATCH (a:Organization {key: 'gay-hunt-organizers'}), (b:Statement {key: 'st-gay-hunt-invitation'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-invitation'}), (b:Document {key: 'doc-003-2'}) CREATE (a)-[:REPORTED_IN {quote: 'The announcement of the search for “gay hunters” appeared in runet. We invite to cooperation “aggressive to LGBT” sports young people who own fighting equipment.'}]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-invitation'}), (b:Document {key: 'gay-hunt-announcement'}) CREATE (a)-[:MADE_IN]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-invitation'}), (b:Document {key: 'gay-hunt-announcement'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-gay-hunt-up-to-300-thousand-rubles',
  name: 'Gay-hunt organizers promise up to 300 thousand rubles for violence',
  stance: 'assertion',
  text: 'For violence against a person of “wrong” orientation, the organizers of “geykhanterstvo” promise to pay up to 300 thousand rubles.',
  text_from: 'doc-003-2',
  topic: 'payments (rubles)',
  figure_min: 300000,
  figure_max: 300000,
  qualifier: 'up to',
  figure_text: 'up to 300 thousand rubles'
});
MATCH (a:Organization {key: 'gay-hunt-organizers'}), (b:Statement {key: 'st-gay-hunt-up-to-300-thousand-rubles'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-up-to-300-thousand-rubles'}), (b:Document {key: 'doc-003-2'}) CREATE (a)-[:REPORTED_IN {quote: 'For violence against a person of “wrong” orientation, the organizers of “geykhanterstvo” promise to pay up to 300 thousand rubles.'}]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-up-to-300-thousand-rubles'}), (b:Document {key: 'gay-hunt-announcement'}) CREATE (a)-[:MADE_IN]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-up-to-300-thousand-rubles'}), (b:Document {key: 'gay-hunt-announcement'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-gay-hunt-site-union-of-homophobes',
  name: 'The announcement’s site (created 2014) presents itself as a resource of the Union of Homophobes',
  stance: 'assertion',
  text: 'Informational announcement was published on a special site on January 19. It was created in 2014 and positions itself as an information resource of the Union of Homophobes of Russia, the CIS countries, Syria and Iran.',
  text_from: 'doc-003-2'
});
MATCH (a:Statement {key: 'st-gay-hunt-site-union-of-homophobes'}), (b:Document {key: 'doc-003-2'}) CREATE (a)-[:REPORTED_IN {quote: 'Informational announcement was published on a special site on January 19. It was created in 2014 and positions itself as an information resource of the Union of Homophobes of Russia, the CIS countries, Syria and Iran.'}]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-site-union-of-homophobes'}), (b:Document {key: 'gay-hunt-announcement'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-site-union-of-homophobes'}), (b:Organization {key: 'union-of-homophobes'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-gay-hunt-tasks',
  name: 'Tasks of the “hunters”, including transporting LGBT people to Chechnya',
  stance: 'assertion',
  text: 'Among the tasks that “hunters” will have to perform are identifying members of sexual minorities, disrupting LGBT actions, fighting in gay clubs, and beating up gay people, setting up a base, transporting LGBT people to the Republic of Chechnya.',
  text_from: 'doc-003-2'
});
MATCH (a:Organization {key: 'gay-hunt-organizers'}), (b:Statement {key: 'st-gay-hunt-tasks'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-tasks'}), (b:Document {key: 'doc-003-2'}) CREATE (a)-[:REPORTED_IN {quote: 'Among the tasks that “hunters” will have to perform are identifying members of sexual minorities, disrupting LGBT actions, fighting in gay clubs, and beating up gay people, setting up a base, transporting LGBT people to the Republic of Chechnya.'}]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-tasks'}), (b:Document {key: 'gay-hunt-announcement'}) CREATE (a)-[:MADE_IN]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-tasks'}), (b:Document {key: 'gay-hunt-announcement'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-tasks'}), (b:Place {key: 'chechnya'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-gay-hunt-except-killings',
  name: 'Announcement: “Almost everything can be done except for the killings”',
  stance: 'assertion',
  text: 'Almost everything can be done except for the killings',
  text_from: 'doc-003-2'
});
MATCH (a:Organization {key: 'gay-hunt-organizers'}), (b:Statement {key: 'st-gay-hunt-except-killings'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-except-killings'}), (b:Document {key: 'doc-003-2'}) CREATE (a)-[:REPORTED_IN {quote: '“Almost everything can be done except for the killings,” says the announcement, which is accompanied by a photograph of the leader of Chechnya, Ramzan Kadyrov.'}]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-except-killings'}), (b:Document {key: 'gay-hunt-announcement'}) CREATE (a)-[:MADE_IN]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-except-killings'}), (b:Document {key: 'gay-hunt-announcement'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-except-killings'}), (b:Person {key: 'ramzan-kadyrov'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-gay-hunt-10-thousand-rubles',
  name: 'Gay-hunt organizers promise 10 thousand rubles for a test task',
  stance: 'assertion',
  text: 'Those who are ready to open the hunt for “stinking homosexuals” are invited to send resumes by mail. For the fulfillment of the test task, the “gayhanters” promise to pay 10 thousand rubles, in the future the rates will increase, indicated on the website.',
  text_from: 'doc-003-2',
  topic: 'payments (rubles)',
  figure_min: 10000,
  figure_max: 10000,
  qualifier: 'exactly',
  figure_text: '10 thousand rubles'
});
MATCH (a:Organization {key: 'gay-hunt-organizers'}), (b:Statement {key: 'st-gay-hunt-10-thousand-rubles'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-10-thousand-rubles'}), (b:Document {key: 'doc-003-2'}) CREATE (a)-[:REPORTED_IN {quote: 'Those who are ready to open the hunt for “stinking homosexuals” are invited to send resumes by mail. For the fulfillment of the test task, the “gayhanters” promise to pay 10 thousand rubles, in the future the rates will increase, indicated on the website.'}]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-10-thousand-rubles'}), (b:Document {key: 'gay-hunt-announcement'}) CREATE (a)-[:MADE_IN]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-10-thousand-rubles'}), (b:Document {key: 'gay-hunt-announcement'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-gay-hunt-first-regions',
  name: 'Regions where the “hunt” is planned to start',
  stance: 'assertion',
  text: '“Hunting for gays” is planned to start in the following regions: Stavropol Territory, Chechen Republic, Republic of Dagestan, Samara Region, Sverdlovsk Region, Republic of Bashkortostan, Tatarstan and Udmurtia, Chelyabinsk Region, Perm Region, Saratov and Orenburg Regions.',
  text_from: 'doc-003-2'
});
MATCH (a:Statement {key: 'st-gay-hunt-first-regions'}), (b:Document {key: 'doc-003-2'}) CREATE (a)-[:REPORTED_IN {quote: '“Hunting for gays” is planned to start in the following regions: Stavropol Territory, Chechen Republic, Republic of Dagestan, Samara Region, Sverdlovsk Region, Republic of Bashkortostan, Tatarstan and Udmurtia, Chelyabinsk Region, Perm Region, Saratov and Orenburg Regions.'}]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-first-regions'}), (b:Document {key: 'gay-hunt-announcement'}) CREATE (a)-[:MADE_IN]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-first-regions'}), (b:Document {key: 'gay-hunt-announcement'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-first-regions'}), (b:Place {key: 'stavropol-territory'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-first-regions'}), (b:Place {key: 'chechnya'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-first-regions'}), (b:Place {key: 'dagestan'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-first-regions'}), (b:Place {key: 'samara-region'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-first-regions'}), (b:Place {key: 'sverdlovsk-region'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-first-regions'}), (b:Place {key: 'bashkortostan'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-first-regions'}), (b:Place {key: 'tatarstan'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-first-regions'}), (b:Place {key: 'udmurtia'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-first-regions'}), (b:Place {key: 'chelyabinsk-region'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-first-regions'}), (b:Place {key: 'perm-region'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-first-regions'}), (b:Place {key: 'saratov-region'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-first-regions'}), (b:Place {key: 'orenburg-region'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-gay-hunt-future-cities',
  name: 'Places where “hunting” is planned later',
  stance: 'assertion',
  text: 'In the future, it is also planned to open hunting in Moscow, St. Petersburg, Arkhangelsk, Murmansk, Yaroslavl, Tula, Voronezh, Nizhny Novgorod, Ulyanovsk, Volgograd, Ryazan, Penza, Novy Urengoy, Omsk and Novosibirsk.',
  text_from: 'doc-003-2'
});
MATCH (a:Statement {key: 'st-gay-hunt-future-cities'}), (b:Document {key: 'doc-003-2'}) CREATE (a)-[:REPORTED_IN {quote: 'In the future, it is also planned to open hunting in Moscow, St. Petersburg, Arkhangelsk, Murmansk, Yaroslavl, Tula, Voronezh, Nizhny Novgorod, Ulyanovsk, Volgograd, Ryazan, Penza, Novy Urengoy, Omsk and Novosibirsk.'}]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-future-cities'}), (b:Document {key: 'gay-hunt-announcement'}) CREATE (a)-[:MADE_IN]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-future-cities'}), (b:Document {key: 'gay-hunt-announcement'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-future-cities'}), (b:Place {key: 'moscow'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-future-cities'}), (b:Place {key: 'st-petersburg'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-future-cities'}), (b:Place {key: 'arkhangelsk'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-future-cities'}), (b:Place {key: 'murmansk'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-future-cities'}), (b:Place {key: 'yaroslavl'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-future-cities'}), (b:Place {key: 'tula'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-future-cities'}), (b:Place {key: 'voronezh'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-future-cities'}), (b:Place {key: 'nizhny-novgorod'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-future-cities'}), (b:Place {key: 'ulyanovsk'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-future-cities'}), (b:Place {key: 'volgograd'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-future-cities'}), (b:Place {key: 'ryazan'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-future-cities'}), (b:Place {key: 'penza'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-future-cities'}), (b:Place {key: 'novy-urengoy'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-future-cities'}), (b:Place {key: 'omsk'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-gay-hunt-future-cities'}), (b:Place {key: 'novosibirsk'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-network-about-40-detained',
  name: 'Russian LGBT Network: about 40 detained',
  stance: 'assertion',
  text: 'According to representatives of the Russian LGBT network, about 40 men and women of non-traditional sexual orientation were detained',
  text_from: 'doc-003-2',
  topic: 'detentions',
  figure_min: 40,
  figure_max: 40,
  qualifier: 'about',
  figure_text: 'about 40 (doc-003-2); “this number”, i.e. Mironov’s “approximately 40” (doc-003-5)',
  note: 'MADE_IN the January 14 press release according to doc-003-5; doc-003-2 says only “according to representatives”.'
});
MATCH (a:Organization {key: 'russian-lgbt-network'}), (b:Statement {key: 'st-network-about-40-detained'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-network-about-40-detained'}), (b:Document {key: 'doc-003-2'}) CREATE (a)-[:REPORTED_IN {quote: 'According to representatives of the Russian LGBT network, about 40 men and women of non-traditional sexual orientation were detained, two of them died in police departments.'}]->(b);
MATCH (a:Statement {key: 'st-network-about-40-detained'}), (b:Document {key: 'doc-003-5'}) CREATE (a)-[:REPORTED_IN {quote: 'The LGBT Network, which for almost two years has led the evacuation effort to move targeted individuals living in Russia’s North Caucasus to safety, confirmed this number in a January 14 press release.'}]->(b);
MATCH (a:Statement {key: 'st-network-about-40-detained'}), (b:Document {key: 'russian-lgbt-network-press-release-january-14'}) CREATE (a)-[:MADE_IN]->(b);
MATCH (a:Statement {key: 'st-network-about-40-detained'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-network-representatives-two-died-police-departments',
  name: 'LGBT Network representatives: two died in police departments',
  stance: 'assertion',
  text: 'two of them died in police departments',
  text_from: 'doc-003-2',
  topic: 'deaths',
  figure_min: 2,
  figure_max: 2,
  qualifier: 'exactly',
  figure_text: 'two'
});
MATCH (a:Organization {key: 'russian-lgbt-network'}), (b:Statement {key: 'st-network-representatives-two-died-police-departments'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-network-representatives-two-died-police-departments'}), (b:Document {key: 'doc-003-2'}) CREATE (a)-[:REPORTED_IN {quote: 'about 40 men and women of non-traditional sexual orientation were detained, two of them died in police departments.'}]->(b);
MATCH (a:Statement {key: 'st-network-representatives-two-died-police-departments'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-network-representatives-two-died-police-departments'}), (b:Place {key: 'chechnya-police-departments'}) CREATE (a)-[:ABOUT]->(b);

// ======================================================================
// doc-003-3 (LGBT World Beside)
// ======================================================================

CREATE (:Statement {
  key: 'st-lgbt-world-beside-solidarity-action',
  name: 'LGBT World Beside held an action of international solidarity on January 19, 2019',
  stance: 'assertion',
  text: 'On January 19, 2019, we held an action of international solidarity with LGBT refugees from Chechnya. Thanks for supporting RUSALGBT and Voices4.',
  text_from: 'doc-003-3',
  date: '2019-01-19'
});
MATCH (a:Organization {key: 'lgbt-world-beside'}), (b:Statement {key: 'st-lgbt-world-beside-solidarity-action'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-lgbt-world-beside-solidarity-action'}), (b:Document {key: 'doc-003-3'}) CREATE (a)-[:REPORTED_IN {quote: 'On January 19, 2019, we held an action of international solidarity with LGBT refugees from Chechnya. Thanks for supporting RUSALGBT and Voices4.'}]->(b);
MATCH (a:Statement {key: 'st-lgbt-world-beside-solidarity-action'}), (b:Event {key: 'solidarity-action-2019-01-19'}) CREATE (a)-[:ABOUT]->(b);

// ======================================================================
// doc-003-4 (two rapporteurs)
// ======================================================================

CREATE (:Statement {
  key: 'st-rapporteurs-condemn-attacks',
  name: 'Schwabe and De Bruyn condemn the recent alleged attacks on the LGBTI community in Chechnya',
  stance: 'condemnation',
  text: 'today condemned the recent alleged attacks on the LGBTI community in Chechnya, during which two people were reportedly tortured to death and around forty detained by the authorities.',
  text_from: 'doc-003-4'
});
MATCH (a:Person {key: 'frank-schwabe'}), (b:Statement {key: 'st-rapporteurs-condemn-attacks'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Person {key: 'piet-de-bruyn'}), (b:Statement {key: 'st-rapporteurs-condemn-attacks'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-rapporteurs-condemn-attacks'}), (b:Document {key: 'doc-003-4'}) CREATE (a)-[:REPORTED_IN {quote: 'today condemned the recent alleged attacks on the LGBTI community in Chechnya, during which two people were reportedly tortured to death and around forty detained by the authorities.'}]->(b);
MATCH (a:Statement {key: 'st-rapporteurs-condemn-attacks'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-rapporteurs-two-tortured-to-death',
  name: 'Rapporteurs: two people reportedly tortured to death',
  stance: 'condemnation',
  text: 'two people were reportedly tortured to death',
  text_from: 'doc-003-4',
  topic: 'deaths',
  figure_min: 2,
  figure_max: 2,
  qualifier: 'exactly',
  figure_text: 'two (reportedly)'
});
MATCH (a:Person {key: 'frank-schwabe'}), (b:Statement {key: 'st-rapporteurs-two-tortured-to-death'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Person {key: 'piet-de-bruyn'}), (b:Statement {key: 'st-rapporteurs-two-tortured-to-death'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-rapporteurs-two-tortured-to-death'}), (b:Document {key: 'doc-003-4'}) CREATE (a)-[:REPORTED_IN {quote: 'during which two people were reportedly tortured to death and around forty detained by the authorities.'}]->(b);
MATCH (a:Statement {key: 'st-rapporteurs-two-tortured-to-death'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-rapporteurs-around-forty-detained',
  name: 'Rapporteurs: around forty detained by the authorities',
  stance: 'condemnation',
  text: 'around forty detained by the authorities',
  text_from: 'doc-003-4',
  topic: 'detentions',
  figure_min: 40,
  figure_max: 40,
  qualifier: 'about',
  figure_text: 'around forty'
});
MATCH (a:Person {key: 'frank-schwabe'}), (b:Statement {key: 'st-rapporteurs-around-forty-detained'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Person {key: 'piet-de-bruyn'}), (b:Statement {key: 'st-rapporteurs-around-forty-detained'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-rapporteurs-around-forty-detained'}), (b:Document {key: 'doc-003-4'}) CREATE (a)-[:REPORTED_IN {quote: 'during which two people were reportedly tortured to death and around forty detained by the authorities.'}]->(b);
MATCH (a:Statement {key: 'st-rapporteurs-around-forty-detained'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-de-bruyn-assembly-called-for-investigation',
  name: 'De Bruyn: since 2017 the Assembly has called for an investigation',
  stance: 'demand',
  text: 'Since the first such allegations came to light in 2017, the Assembly has called on the authorities to investigate the persecution of LGBTI people in the Chechen Republic, bring to justice those responsible and ensure the safety of victims',
  text_from: 'doc-003-4'
});
MATCH (a:Person {key: 'piet-de-bruyn'}), (b:Statement {key: 'st-de-bruyn-assembly-called-for-investigation'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-de-bruyn-assembly-called-for-investigation'}), (b:Document {key: 'doc-003-4'}) CREATE (a)-[:REPORTED_IN {quote: '“Since the first such allegations came to light in 2017, the Assembly has called on the authorities to investigate the persecution of LGBTI people in the Chechen Republic, bring to justice those responsible and ensure the safety of victims,” said Mr De Bruyn.'}]->(b);
MATCH (a:Statement {key: 'st-de-bruyn-assembly-called-for-investigation'}), (b:Organization {key: 'the-assembly'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-de-bruyn-assembly-called-for-investigation'}), (b:Event {key: 'chechnya-persecution-2017'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-de-bruyn-resolution-2230',
  name: 'De Bruyn: as stated in Resolution 2230 (2018), the Assembly condemns all forms of persecution',
  stance: 'condemnation',
  text: 'As stated in Resolution 2230 (2018), the Assembly condemns in the strongest terms all forms of persecution, hate speech, discrimination and harassment, on any grounds, including sexual orientation and gender identity',
  text_from: 'doc-003-4'
});
MATCH (a:Person {key: 'piet-de-bruyn'}), (b:Statement {key: 'st-de-bruyn-resolution-2230'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-de-bruyn-resolution-2230'}), (b:Document {key: 'doc-003-4'}) CREATE (a)-[:REPORTED_IN {quote: '“As stated in Resolution 2230 (2018), the Assembly condemns in the strongest terms all forms of persecution, hate speech, discrimination and harassment, on any grounds, including sexual orientation and gender identity,” he underlined.'}]->(b);
MATCH (a:Statement {key: 'st-de-bruyn-resolution-2230'}), (b:Document {key: 'resolution-2230'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-de-bruyn-resolution-2230'}), (b:Organization {key: 'the-assembly'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-schwabe-outrages-contempt',
  name: 'Schwabe: the outrages show the Chechen authorities’ contempt for human rights',
  stance: 'condemnation',
  text: 'These latest outrages underline the Chechen authorities’ contempt for even the most basic human rights and illustrate the barbaric lawlessness of their rule',
  text_from: 'doc-003-4'
});
MATCH (a:Person {key: 'frank-schwabe'}), (b:Statement {key: 'st-schwabe-outrages-contempt'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-schwabe-outrages-contempt'}), (b:Document {key: 'doc-003-4'}) CREATE (a)-[:REPORTED_IN {quote: '“These latest outrages underline the Chechen authorities’ contempt for even the most basic human rights and illustrate the barbaric lawlessness of their rule,” added Mr Schwabe.'}]->(b);
MATCH (a:Statement {key: 'st-schwabe-outrages-contempt'}), (b:Organization {key: 'chechen-authorities'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-schwabe-federal-authorities-must-act',
  name: 'Schwabe: the Russian federal authorities must act and end the impunity of the Kadyrov regime',
  stance: 'demand',
  text: 'The Russian federal authorities must take immediate, effective action to meet their constitutional and international obligations to secure the right to life, the prohibition on torture, the right to liberty and security and the right to an effective remedy, without discrimination on any ground, throughout the national territory. They must put an end to the impunity of the Kadyrov regime',
  text_from: 'doc-003-4'
});
MATCH (a:Person {key: 'frank-schwabe'}), (b:Statement {key: 'st-schwabe-federal-authorities-must-act'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-schwabe-federal-authorities-must-act'}), (b:Document {key: 'doc-003-4'}) CREATE (a)-[:REPORTED_IN {quote: 'without discrimination on any ground, throughout the national territory. They must put an end to the impunity of the Kadyrov regime,” he concluded.'}]->(b);
MATCH (a:Statement {key: 'st-schwabe-federal-authorities-must-act'}), (b:Organization {key: 'russian-authorities'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-schwabe-federal-authorities-must-act'}), (b:Organization {key: 'chechen-authorities'}) CREATE (a)-[:ABOUT]->(b);

// ======================================================================
// doc-003-5 (Meduza)
// ======================================================================

CREATE (:Statement {
  key: 'st-lgbtq-community-up-to-20-killed',
  name: 'LGBTQ community (Meduza subtitle): up to 20 killed within the past month',
  stance: 'accusation',
  text: 'LGBTQ community reports dozens imprisoned and up to 20 killed in Chechnya within past month',
  text_from: 'doc-003-5',
  speaker: 'LGBTQ community',
  topic: 'deaths',
  figure_min: 20,
  figure_max: 20,
  qualifier: 'up to',
  figure_text: 'up to 20'
});
MATCH (a:Statement {key: 'st-lgbtq-community-up-to-20-killed'}), (b:Document {key: 'doc-003-5'}) CREATE (a)-[:REPORTED_IN {quote: 'LGBTQ community reports dozens imprisoned and up to 20 killed in Chechnya within past month'}]->(b);
MATCH (a:Statement {key: 'st-lgbtq-community-up-to-20-killed'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-lgbtq-community-dozens-imprisoned',
  name: 'LGBTQ community (Meduza subtitle): dozens imprisoned within the past month',
  stance: 'accusation',
  text: 'LGBTQ community reports dozens imprisoned and up to 20 killed in Chechnya within past month',
  text_from: 'doc-003-5',
  speaker: 'LGBTQ community',
  topic: 'detentions',
  figure_text: 'dozens'
});
MATCH (a:Statement {key: 'st-lgbtq-community-dozens-imprisoned'}), (b:Document {key: 'doc-003-5'}) CREATE (a)-[:REPORTED_IN {quote: 'LGBTQ community reports dozens imprisoned and up to 20 killed in Chechnya within past month'}]->(b);
MATCH (a:Statement {key: 'st-lgbtq-community-dozens-imprisoned'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-novaya-persecution-increased',
  name: 'Novaya Gazeta (Friday, January 11): persecution drastically increased since late December',
  stance: 'assertion',
  text: 'On Friday, January 11, Novaya Gazeta reported that persecution of individuals thought to be LGBTQ has drastically increased since late December in the Russian republic of Chechnya.',
  text_from: 'doc-003-5'
});
MATCH (a:Organization {key: 'novaya-gazeta'}), (b:Statement {key: 'st-novaya-persecution-increased'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-novaya-persecution-increased'}), (b:Document {key: 'doc-003-5'}) CREATE (a)-[:REPORTED_IN {quote: 'On Friday, January 11, Novaya Gazeta reported that persecution of individuals thought to be LGBTQ has drastically increased since late December in the Russian republic of Chechnya.'}]->(b);
MATCH (a:Statement {key: 'st-novaya-persecution-increased'}), (b:Document {key: 'novaya-gazeta-report-january-11'}) CREATE (a)-[:MADE_IN]->(b);
MATCH (a:Statement {key: 'st-novaya-persecution-increased'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-escalating-efforts-chechen-police',
  name: 'LGBT Network and community sources: escalating efforts by Chechen police to hunt down, arrest and torture',
  stance: 'accusation',
  text: 'Meduza has received information from the Russian LGBT Network as well as named and anonymous sources within the Russian LGBTQ community describing escalating efforts among Chechen police to hunt down, illegally arrest, and torture Chechens who are suspected of having LGBTQ identities.',
  text_from: 'doc-003-5'
});
MATCH (a:Organization {key: 'russian-lgbt-network'}), (b:Statement {key: 'st-escalating-efforts-chechen-police'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-escalating-efforts-chechen-police'}), (b:Document {key: 'doc-003-5'}) CREATE (a)-[:REPORTED_IN {quote: 'Meduza has received information from the Russian LGBT Network as well as named and anonymous sources within the Russian LGBTQ community describing escalating efforts among Chechen police to hunt down, illegally arrest, and torture Chechens who are suspected of having LGBTQ identities.'}]->(b);
MATCH (a:Statement {key: 'st-escalating-efforts-chechen-police'}), (b:Organization {key: 'meduza'}) CREATE (a)-[:MADE_TO]->(b);
MATCH (a:Statement {key: 'st-escalating-efforts-chechen-police'}), (b:Organization {key: 'chechen-police'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-escalating-efforts-chechen-police'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-sharp-increase-late-december-2018',
  name: 'A sharp increase in illegal arrests allegedly began in late December 2018',
  stance: 'assertion',
  text: 'While advocates have reported similar systems of persecution for two years, a sharp increase in illegal arrests allegedly began less than one month ago, in late December 2018.',
  text_from: 'doc-003-5'
});
MATCH (a:Statement {key: 'st-sharp-increase-late-december-2018'}), (b:Document {key: 'doc-003-5'}) CREATE (a)-[:REPORTED_IN {quote: 'While advocates have reported similar systems of persecution for two years, a sharp increase in illegal arrests allegedly began less than one month ago, in late December 2018.'}]->(b);
MATCH (a:Statement {key: 'st-sharp-increase-late-december-2018'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-mironov-fled-north-ossetia',
  name: 'Mironov: he fled North Ossetia after persecution because he is gay',
  stance: 'testimony',
  text: 'Aleksandr Mironov is a young man who says he fled North Ossetia, another region in the North Caucasus, after experiencing persecution because he is gay.',
  text_from: 'doc-003-5'
});
MATCH (a:Person {key: 'aleksandr-mironov'}), (b:Statement {key: 'st-mironov-fled-north-ossetia'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-mironov-fled-north-ossetia'}), (b:Document {key: 'doc-003-5'}) CREATE (a)-[:REPORTED_IN {quote: 'Aleksandr Mironov is a young man who says he fled North Ossetia, another region in the North Caucasus, after experiencing persecution because he is gay.'}]->(b);
MATCH (a:Statement {key: 'st-mironov-fled-north-ossetia'}), (b:Organization {key: 'meduza'}) CREATE (a)-[:MADE_TO]->(b);
MATCH (a:Statement {key: 'st-mironov-fled-north-ossetia'}), (b:Place {key: 'north-ossetia'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-mironov-fled-north-ossetia'}), (b:Person {key: 'aleksandr-mironov'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-mironov-everything-lost',
  name: 'Mironov: “everything I had to lose, I have already lost”',
  stance: 'testimony',
  text: 'everything I had to lose, I have already lost.',
  text_from: 'doc-003-5'
});
MATCH (a:Person {key: 'aleksandr-mironov'}), (b:Statement {key: 'st-mironov-everything-lost'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-mironov-everything-lost'}), (b:Document {key: 'doc-003-5'}) CREATE (a)-[:REPORTED_IN {quote: 'He asked that his surname be changed to protect the safety of his relatives but said he provided his real first name, adding, “everything I had to lose, I have already lost.”'}]->(b);
MATCH (a:Statement {key: 'st-mironov-everything-lost'}), (b:Organization {key: 'meduza'}) CREATE (a)-[:MADE_TO]->(b);
MATCH (a:Statement {key: 'st-mironov-everything-lost'}), (b:Person {key: 'aleksandr-mironov'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-mironov-lives-in-france',
  name: 'Mironov lives in France and keeps contact with Chechen friends',
  stance: 'assertion',
  text: 'Mironov currently lives in France but has maintained contact with a number of Chechen friends.',
  text_from: 'doc-003-5'
});
MATCH (a:Statement {key: 'st-mironov-lives-in-france'}), (b:Document {key: 'doc-003-5'}) CREATE (a)-[:REPORTED_IN {quote: 'Mironov currently lives in France but has maintained contact with a number of Chechen friends.'}]->(b);
MATCH (a:Statement {key: 'st-mironov-lives-in-france'}), (b:Person {key: 'aleksandr-mironov'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-mironov-lives-in-france'}), (b:Place {key: 'france'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-mironov-story-being-verified',
  name: 'Meduza: Mironov provided images verifying his location; verification of his story is ongoing',
  stance: 'assertion',
  text: 'Mironov has provided Meduza with images that verify his location and some of his identifying information. Efforts to verify his story while protecting his safety are ongoing',
  text_from: 'doc-003-5'
});
MATCH (a:Statement {key: 'st-mironov-story-being-verified'}), (b:Document {key: 'doc-003-5'}) CREATE (a)-[:REPORTED_IN {quote: 'Mironov has provided Meduza with images that verify his location and some of his identifying information. Efforts to verify his story while protecting his safety are ongoing, and Mironov has been put in contact with representatives of the Russian LGBT Network.'}]->(b);
MATCH (a:Statement {key: 'st-mironov-story-being-verified'}), (b:Person {key: 'aleksandr-mironov'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-mironov-lived-in-moscow',
  name: 'Mironov lived in Moscow with gay men who had escaped Chechnya',
  stance: 'testimony',
  text: 'He described living in Moscow for a period of time with a group of gay men who had also escaped Chechnya.',
  text_from: 'doc-003-5'
});
MATCH (a:Person {key: 'aleksandr-mironov'}), (b:Statement {key: 'st-mironov-lived-in-moscow'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-mironov-lived-in-moscow'}), (b:Document {key: 'doc-003-5'}) CREATE (a)-[:REPORTED_IN {quote: 'He described living in Moscow for a period of time with a group of gay men who had also escaped Chechnya.'}]->(b);
MATCH (a:Statement {key: 'st-mironov-lived-in-moscow'}), (b:Organization {key: 'meduza'}) CREATE (a)-[:MADE_TO]->(b);
MATCH (a:Statement {key: 'st-mironov-lived-in-moscow'}), (b:Place {key: 'moscow'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-mironov-lived-in-moscow'}), (b:Person {key: 'aleksandr-mironov'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-mironov-information-firsthand',
  name: 'Mironov: his information comes from first-hand witnesses',
  stance: 'assertion',
  text: 'He told Meduza that all of the information he provided came directly from people who had witnessed the current crisis in Chechnya firsthand.',
  text_from: 'doc-003-5'
});
MATCH (a:Person {key: 'aleksandr-mironov'}), (b:Statement {key: 'st-mironov-information-firsthand'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-mironov-information-firsthand'}), (b:Document {key: 'doc-003-5'}) CREATE (a)-[:REPORTED_IN {quote: 'He told Meduza that all of the information he provided came directly from people who had witnessed the current crisis in Chechnya firsthand.'}]->(b);
MATCH (a:Statement {key: 'st-mironov-information-firsthand'}), (b:Organization {key: 'meduza'}) CREATE (a)-[:MADE_TO]->(b);
MATCH (a:Statement {key: 'st-mironov-information-firsthand'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-mironov-sources-about-40-arrested',
  name: 'Mironov’s sources: Chechen police illegally arrested approximately 40 people',
  stance: 'accusation',
  text: 'Mironov’s sources told him that within the past month, Chechen police have illegally arrested approximately 40 people, including both men and women, based on suspicions about their sexual orientation.',
  text_from: 'doc-003-5',
  topic: 'detentions',
  figure_min: 40,
  figure_max: 40,
  qualifier: 'about',
  figure_text: 'approximately 40'
});
MATCH (a:Person {key: 'aleksandr-mironov'}), (b:Statement {key: 'st-mironov-sources-about-40-arrested'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-mironov-sources-about-40-arrested'}), (b:Document {key: 'doc-003-5'}) CREATE (a)-[:REPORTED_IN {quote: 'Mironov’s sources told him that within the past month, Chechen police have illegally arrested approximately 40 people, including both men and women, based on suspicions about their sexual orientation.'}]->(b);
MATCH (a:Statement {key: 'st-mironov-sources-about-40-arrested'}), (b:Organization {key: 'meduza'}) CREATE (a)-[:MADE_TO]->(b);
MATCH (a:Statement {key: 'st-mironov-sources-about-40-arrested'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-mironov-sources-about-40-arrested'}), (b:Organization {key: 'chechen-police'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-network-at-least-two-died-torture',
  name: 'LGBT Network: word of at least two people who died while being tortured',
  stance: 'assertion',
  text: 'However, while the LGBT Network received word of at least two people who died in the course of being tortured',
  text_from: 'doc-003-5',
  topic: 'deaths',
  figure_min: 2,
  figure_max: 2,
  qualifier: 'at least',
  figure_text: 'at least two'
});
MATCH (a:Organization {key: 'russian-lgbt-network'}), (b:Statement {key: 'st-network-at-least-two-died-torture'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-network-at-least-two-died-torture'}), (b:Document {key: 'doc-003-5'}) CREATE (a)-[:REPORTED_IN {quote: 'However, while the LGBT Network received word of at least two people who died in the course of being tortured, Mironov said he puts the number of those killed at 10 to 20'}]->(b);
MATCH (a:Statement {key: 'st-network-at-least-two-died-torture'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-mironov-10-to-20-killed',
  name: 'Mironov: 10 to 20 killed',
  stance: 'accusation',
  text: 'Mironov said he puts the number of those killed at 10 to 20',
  text_from: 'doc-003-5',
  topic: 'deaths',
  figure_min: 10,
  figure_max: 20,
  qualifier: 'between',
  figure_text: '10 to 20'
});
MATCH (a:Person {key: 'aleksandr-mironov'}), (b:Statement {key: 'st-mironov-10-to-20-killed'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-mironov-10-to-20-killed'}), (b:Document {key: 'doc-003-5'}) CREATE (a)-[:REPORTED_IN {quote: 'Mironov said he puts the number of those killed at 10 to 20, saying that one of his friends personally saw more than two bodies being carried away from the location where he was held.'}]->(b);
MATCH (a:Statement {key: 'st-mironov-10-to-20-killed'}), (b:Organization {key: 'meduza'}) CREATE (a)-[:MADE_TO]->(b);
MATCH (a:Statement {key: 'st-mironov-10-to-20-killed'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-mironov-friend-saw-more-than-two-bodies',
  name: 'Mironov: a friend saw more than two bodies carried away',
  stance: 'testimony',
  text: 'saying that one of his friends personally saw more than two bodies being carried away from the location where he was held.',
  text_from: 'doc-003-5',
  topic: 'deaths',
  figure_min: 2,
  figure_max: 2,
  qualifier: 'more than',
  figure_text: 'more than two bodies'
});
MATCH (a:Person {key: 'aleksandr-mironov'}), (b:Statement {key: 'st-mironov-friend-saw-more-than-two-bodies'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-mironov-friend-saw-more-than-two-bodies'}), (b:Document {key: 'doc-003-5'}) CREATE (a)-[:REPORTED_IN {quote: 'Mironov said he puts the number of those killed at 10 to 20, saying that one of his friends personally saw more than two bodies being carried away from the location where he was held.'}]->(b);
MATCH (a:Statement {key: 'st-mironov-friend-saw-more-than-two-bodies'}), (b:Organization {key: 'meduza'}) CREATE (a)-[:MADE_TO]->(b);
MATCH (a:Statement {key: 'st-mironov-friend-saw-more-than-two-bodies'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-network-source-not-surprised',
  name: 'A source within the LGBT Network: “I would not be surprised if Aleksandr is correct”',
  stance: 'assertion',
  text: 'I would not be surprised if Aleksandr is correct.',
  text_from: 'doc-003-5',
  speaker: 'a source within the LGBT Network'
});
MATCH (a:Statement {key: 'st-network-source-not-surprised'}), (b:Document {key: 'doc-003-5'}) CREATE (a)-[:REPORTED_IN {quote: 'A source within the LGBT Network wrote to Meduza, “I would not be surprised if Aleksandr is correct.”'}]->(b);
MATCH (a:Statement {key: 'st-network-source-not-surprised'}), (b:Organization {key: 'meduza'}) CREATE (a)-[:MADE_TO]->(b);
MATCH (a:Statement {key: 'st-network-source-not-surprised'}), (b:Person {key: 'aleksandr-mironov'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-mironov-crisis-is-genocide',
  name: 'Mironov: the present crisis is “a genocide”',
  stance: 'accusation',
  text: 'Mironov told Meduza that the present crisis is “a genocide” and that he chose to speak out because his friends and his community are finding themselves in an increasingly drastic situation.',
  text_from: 'doc-003-5'
});
MATCH (a:Person {key: 'aleksandr-mironov'}), (b:Statement {key: 'st-mironov-crisis-is-genocide'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-mironov-crisis-is-genocide'}), (b:Document {key: 'doc-003-5'}) CREATE (a)-[:REPORTED_IN {quote: 'Mironov told Meduza that the present crisis is “a genocide” and that he chose to speak out because his friends and his community are finding themselves in an increasingly drastic situation.'}]->(b);
MATCH (a:Statement {key: 'st-mironov-crisis-is-genocide'}), (b:Organization {key: 'meduza'}) CREATE (a)-[:MADE_TO]->(b);
MATCH (a:Statement {key: 'st-mironov-crisis-is-genocide'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-mironov-fears-more-arrests',
  name: 'Mironov fears the authorities will increase arrests and killings',
  stance: 'warning',
  text: 'the young man said he fears the first response among Chechen authorities will be to increase the rate of arrests and killings.',
  text_from: 'doc-003-5'
});
MATCH (a:Person {key: 'aleksandr-mironov'}), (b:Statement {key: 'st-mironov-fears-more-arrests'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-mironov-fears-more-arrests'}), (b:Document {key: 'doc-003-5'}) CREATE (a)-[:REPORTED_IN {quote: 'News about the crisis began to break on Friday, and the young man said he fears the first response among Chechen authorities will be to increase the rate of arrests and killings.'}]->(b);
MATCH (a:Statement {key: 'st-mironov-fears-more-arrests'}), (b:Organization {key: 'meduza'}) CREATE (a)-[:MADE_TO]->(b);
MATCH (a:Statement {key: 'st-mironov-fears-more-arrests'}), (b:Organization {key: 'chechen-authorities'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-mironov-torture-in-argun',
  name: 'Mironov confirmed that victims are being tortured in Argun',
  stance: 'testimony',
  text: 'Mironov confirmed that victims are being tortured in Argun.',
  text_from: 'doc-003-5'
});
MATCH (a:Person {key: 'aleksandr-mironov'}), (b:Statement {key: 'st-mironov-torture-in-argun'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-mironov-torture-in-argun'}), (b:Document {key: 'doc-003-5'}) CREATE (a)-[:REPORTED_IN {quote: 'Mironov confirmed that victims are being tortured in Argun.'}]->(b);
MATCH (a:Statement {key: 'st-mironov-torture-in-argun'}), (b:Organization {key: 'meduza'}) CREATE (a)-[:MADE_TO]->(b);
MATCH (a:Statement {key: 'st-mironov-torture-in-argun'}), (b:Place {key: 'argun'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-mironov-torture-in-argun'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-argun-former-police-building-torture-chambers',
  name: 'A former police building in Argun was reportedly refitted with secret torture chambers',
  stance: 'assertion',
  text: 'It has been reported for more than a year that a former police building there was refitted to house secret torture chambers for men and women suspected of being LGBTQ.',
  text_from: 'doc-003-5'
});
MATCH (a:Statement {key: 'st-argun-former-police-building-torture-chambers'}), (b:Document {key: 'doc-003-5'}) CREATE (a)-[:REPORTED_IN {quote: 'It has been reported for more than a year that a former police building there was refitted to house secret torture chambers for men and women suspected of being LGBTQ.'}]->(b);
MATCH (a:Statement {key: 'st-argun-former-police-building-torture-chambers'}), (b:Place {key: 'argun-former-police-building'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-mironov-evidence-difficult',
  name: 'Mironov and others: concrete evidence is hard to get because police confiscate phones',
  stance: 'assertion',
  text: 'Mironov and other sources also said that finding concrete evidence on individual cases is extremely difficult because police confiscate cell phones and any other means of communication a victim may have.',
  text_from: 'doc-003-5'
});
MATCH (a:Person {key: 'aleksandr-mironov'}), (b:Statement {key: 'st-mironov-evidence-difficult'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-mironov-evidence-difficult'}), (b:Document {key: 'doc-003-5'}) CREATE (a)-[:REPORTED_IN {quote: 'Mironov and other sources also said that finding concrete evidence on individual cases is extremely difficult because police confiscate cell phones and any other means of communication a victim may have.'}]->(b);
MATCH (a:Statement {key: 'st-mironov-evidence-difficult'}), (b:Organization {key: 'meduza'}) CREATE (a)-[:MADE_TO]->(b);
MATCH (a:Statement {key: 'st-mironov-evidence-difficult'}), (b:Organization {key: 'chechen-police'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-mironov-genocide-based-on-religion',
  name: 'Mironov: “a genocide based on religion”',
  stance: 'accusation',
  text: 'This is a genocide based on religion. In fact, religion is only a smokescreen here. They are hiding behind Islam and Sharia law to stir up chaos illegally.',
  text_from: 'doc-003-5'
});
MATCH (a:Person {key: 'aleksandr-mironov'}), (b:Statement {key: 'st-mironov-genocide-based-on-religion'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-mironov-genocide-based-on-religion'}), (b:Document {key: 'doc-003-5'}) CREATE (a)-[:REPORTED_IN {quote: 'He explained, “This is a genocide based on religion. In fact, religion is only a smokescreen here. They are hiding behind Islam and Sharia law to stir up chaos illegally.”'}]->(b);
MATCH (a:Statement {key: 'st-mironov-genocide-based-on-religion'}), (b:Organization {key: 'meduza'}) CREATE (a)-[:MADE_TO]->(b);
MATCH (a:Statement {key: 'st-mironov-genocide-based-on-religion'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-mironov-blood-on-his-hands',
  name: 'Mironov: under Sharia law a person with blood on his hands should be blamed first',
  stance: 'accusation',
  text: 'He added that “according to Sharia law, a person who has blood on his hands” should be the first person to be blamed.',
  text_from: 'doc-003-5'
});
MATCH (a:Person {key: 'aleksandr-mironov'}), (b:Statement {key: 'st-mironov-blood-on-his-hands'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-mironov-blood-on-his-hands'}), (b:Document {key: 'doc-003-5'}) CREATE (a)-[:REPORTED_IN {quote: 'He added that “according to Sharia law, a person who has blood on his hands” should be the first person to be blamed.'}]->(b);
MATCH (a:Statement {key: 'st-mironov-blood-on-his-hands'}), (b:Organization {key: 'meduza'}) CREATE (a)-[:MADE_TO]->(b);

CREATE (:Statement {
  key: 'st-mironov-more-victims',
  name: 'Mironov: if left as it is, there will be even more victims',
  stance: 'warning',
  text: 'if this is left the way it is, then there will be even more victims.',
  text_from: 'doc-003-5'
});
MATCH (a:Person {key: 'aleksandr-mironov'}), (b:Statement {key: 'st-mironov-more-victims'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-mironov-more-victims'}), (b:Document {key: 'doc-003-5'}) CREATE (a)-[:REPORTED_IN {quote: 'Mironov believes that “if this is left the way it is, then there will be even more victims.”'}]->(b);
MATCH (a:Statement {key: 'st-mironov-more-victims'}), (b:Organization {key: 'meduza'}) CREATE (a)-[:MADE_TO]->(b);
MATCH (a:Statement {key: 'st-mironov-more-victims'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-osce-call-to-investigate-2017',
  name: 'OSCE call to investigate the 2017 wave of torture and killings',
  stance: 'demand',
  text: 'news of increasing persecution has emerged amid a call from the Organization for Security and Co-operation in Europe to investigate the wave of torture and killings that hit Chechnya in 2017.',
  text_from: 'doc-003-5'
});
MATCH (a:Organization {key: 'osce'}), (b:Statement {key: 'st-osce-call-to-investigate-2017'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-osce-call-to-investigate-2017'}), (b:Document {key: 'doc-003-5'}) CREATE (a)-[:REPORTED_IN {quote: 'As Meduza reported on Friday, news of increasing persecution has emerged amid a call from the Organization for Security and Co-operation in Europe to investigate the wave of torture and killings that hit Chechnya in 2017.'}]->(b);
MATCH (a:Statement {key: 'st-osce-call-to-investigate-2017'}), (b:Event {key: 'chechnya-persecution-2017'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-benedek-recommends-inquiry',
  name: 'Benedek recommended an OSCE inquiry and a criminal case over the persecution of Maksim Lapunov',
  stance: 'demand',
  text: 'The author of the OSCE’s report, Dr. Wolfgang Benedek, recommended that the OSCE “open an inquiry into the actions of the government of the Chechen Republic toward LGBTI people” as well as a criminal case connected to the persecution of Maksim Lapunov',
  text_from: 'doc-003-5'
});
MATCH (a:Person {key: 'wolfgang-benedek'}), (b:Statement {key: 'st-benedek-recommends-inquiry'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-benedek-recommends-inquiry'}), (b:Document {key: 'doc-003-5'}) CREATE (a)-[:REPORTED_IN {quote: 'The author of the OSCE’s report, Dr. Wolfgang Benedek, recommended that the OSCE “open an inquiry into the actions of the government of the Chechen Republic toward LGBTI people” as well as a criminal case connected to the persecution of Maksim Lapunov'}]->(b);
MATCH (a:Statement {key: 'st-benedek-recommends-inquiry'}), (b:Document {key: 'osce-report'}) CREATE (a)-[:MADE_IN]->(b);
MATCH (a:Statement {key: 'st-benedek-recommends-inquiry'}), (b:Organization {key: 'osce'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-benedek-recommends-inquiry'}), (b:Organization {key: 'chechen-authorities'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-benedek-recommends-inquiry'}), (b:Person {key: 'maksim-lapunov'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-network-benedek-refused-entry',
  name: 'LGBT Network: Benedek was refused entry to Russia; no meaningful Russian investigation',
  stance: 'accusation',
  text: 'The LGBT Network reported in their press release that Benedek was refused entry to the Russian Federation and that Russian authorities have still failed to conduct any meaningful investigation of the “systemic persecution” that began nearly two years ago.',
  text_from: 'doc-003-5',
  note: '“their press release” follows the mention of the January 14 press release in the same article.'
});
MATCH (a:Organization {key: 'russian-lgbt-network'}), (b:Statement {key: 'st-network-benedek-refused-entry'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-network-benedek-refused-entry'}), (b:Document {key: 'doc-003-5'}) CREATE (a)-[:REPORTED_IN {quote: 'The LGBT Network reported in their press release that Benedek was refused entry to the Russian Federation and that Russian authorities have still failed to conduct any meaningful investigation of the “systemic persecution” that began nearly two years ago.'}]->(b);
MATCH (a:Statement {key: 'st-network-benedek-refused-entry'}), (b:Document {key: 'russian-lgbt-network-press-release-january-14'}) CREATE (a)-[:MADE_IN]->(b);
MATCH (a:Statement {key: 'st-network-benedek-refused-entry'}), (b:Person {key: 'wolfgang-benedek'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-network-benedek-refused-entry'}), (b:Organization {key: 'russian-authorities'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-network-benedek-refused-entry'}), (b:Place {key: 'russia'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-network-benedek-refused-entry'}), (b:Event {key: 'chechnya-persecution-2017'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-social-media-confirmed-increase',
  name: 'Anonymous members of social media groups confirmed the increase in police attacks',
  stance: 'assertion',
  text: 'Anonymous members of social media groups dedicated to the LGBTQ community in the Caucasus have confirmed and spread information about the recent increase in police attacks.',
  text_from: 'doc-003-5',
  speaker: 'anonymous members of social media groups dedicated to the LGBTQ community in the Caucasus'
});
MATCH (a:Statement {key: 'st-social-media-confirmed-increase'}), (b:Document {key: 'doc-003-5'}) CREATE (a)-[:REPORTED_IN {quote: 'Anonymous members of social media groups dedicated to the LGBTQ community in the Caucasus have confirmed and spread information about the recent increase in police attacks.'}]->(b);
MATCH (a:Statement {key: 'st-social-media-confirmed-increase'}), (b:Event {key: 'chechnya-persecution-2018-2019'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-social-media-delete-data-and-leave',
  name: 'Social media posts urge LGBTQ people to wipe their devices and leave Chechnya',
  stance: 'warning',
  text: 'Many of them are urging LGBTQ people in affected areas to delete any information from their devices that might reveal their sexual orientation, change their phone numbers, and destroy their devices if possible. The posts in question all urge potential victims to leave Chechnya and the North Caucasus as soon as possible.',
  text_from: 'doc-003-5',
  speaker: 'anonymous members of social media groups dedicated to the LGBTQ community in the Caucasus'
});
MATCH (a:Statement {key: 'st-social-media-delete-data-and-leave'}), (b:Document {key: 'doc-003-5'}) CREATE (a)-[:REPORTED_IN {quote: 'Many of them are urging LGBTQ people in affected areas to delete any information from their devices that might reveal their sexual orientation, change their phone numbers, and destroy their devices if possible.'}]->(b);
MATCH (a:Statement {key: 'st-social-media-delete-data-and-leave'}), (b:Document {key: 'caucasus-lgbtq-group-posts'}) CREATE (a)-[:MADE_IN]->(b);
MATCH (a:Statement {key: 'st-social-media-delete-data-and-leave'}), (b:Place {key: 'chechnya'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-social-media-delete-data-and-leave'}), (b:Place {key: 'north-caucasus'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-network-vowed-to-continue',
  name: 'The Russian LGBT Network vowed to continue relocating people',
  stance: 'assertion',
  text: 'For its part, the Russian LGBT Network has vowed to continue relocating people who now find themselves in ever increasing danger.',
  text_from: 'doc-003-5'
});
MATCH (a:Organization {key: 'russian-lgbt-network'}), (b:Statement {key: 'st-network-vowed-to-continue'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-network-vowed-to-continue'}), (b:Document {key: 'doc-003-5'}) CREATE (a)-[:REPORTED_IN {quote: 'For its part, the Russian LGBT Network has vowed to continue relocating people who now find themselves in ever increasing danger.'}]->(b);
MATCH (a:Statement {key: 'st-network-vowed-to-continue'}), (b:Event {key: 'russian-lgbt-network-evacuations'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-systemic-nature-since-2017',
  name: 'Anti-LGBTQ persecution in Chechnya took on a new, systemic nature in 2017',
  stance: 'assertion',
  text: 'Since anti-LGBTQ persecution in Chechnya took on a new, systemic nature in 2017',
  text_from: 'doc-003-5'
});
MATCH (a:Statement {key: 'st-systemic-nature-since-2017'}), (b:Document {key: 'doc-003-5'}) CREATE (a)-[:REPORTED_IN {quote: 'Since anti-LGBTQ persecution in Chechnya took on a new, systemic nature in 2017, the organization has relocated approximately 150 people, more than 130 of whom were able to leave Russia altogether.'}]->(b);
MATCH (a:Statement {key: 'st-systemic-nature-since-2017'}), (b:Event {key: 'chechnya-persecution-2017'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-meduza-more-than-130-left-russia',
  name: 'More than 130 of those relocated left Russia altogether',
  stance: 'assertion',
  text: 'more than 130 of whom were able to leave Russia altogether.',
  text_from: 'doc-003-5',
  topic: 'relocations abroad',
  figure_min: 130,
  figure_max: 130,
  qualifier: 'more than',
  figure_text: 'more than 130'
});
MATCH (a:Statement {key: 'st-meduza-more-than-130-left-russia'}), (b:Document {key: 'doc-003-5'}) CREATE (a)-[:REPORTED_IN {quote: 'Since anti-LGBTQ persecution in Chechnya took on a new, systemic nature in 2017, the organization has relocated approximately 150 people, more than 130 of whom were able to leave Russia altogether.'}]->(b);
MATCH (a:Statement {key: 'st-meduza-more-than-130-left-russia'}), (b:Event {key: 'russian-lgbt-network-evacuations'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-meduza-more-than-130-left-russia'}), (b:Organization {key: 'russian-lgbt-network'}) CREATE (a)-[:ABOUT]->(b);

// ======================================================================
// doc-004 (QNews)
// ======================================================================

CREATE (:Statement {
  key: 'st-over-100-fled-past-year',
  name: 'Over 100 gay and bisexual people fled Chechnya in the past year',
  stance: 'assertion',
  text: 'Over 100 gay and bisexual men and women have fled Chechnya to escape persecution in the past year, according to a Russian LGBTIQ rights group one year after the country’s brutal “gay purge” was first exposed.',
  text_from: 'doc-004',
  speaker: 'a Russian LGBTIQ rights group',
  topic: 'people who fled',
  figure_min: 100,
  figure_max: 100,
  qualifier: 'more than',
  figure_text: 'Over 100 (headline: More Than 100)',
  note: 'The sentence names the group only as “a Russian LGBTIQ rights group”.'
});
MATCH (a:Statement {key: 'st-over-100-fled-past-year'}), (b:Document {key: 'doc-004'}) CREATE (a)-[:REPORTED_IN {quote: 'Over 100 gay and bisexual men and women have fled Chechnya to escape persecution in the past year, according to a Russian LGBTIQ rights group one year after the country’s brutal “gay purge” was first exposed.'}]->(b);
MATCH (a:Statement {key: 'st-over-100-fled-past-year'}), (b:Place {key: 'chechnya'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-over-100-fled-past-year'}), (b:Event {key: 'chechnya-persecution-2017'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-novaya-men-abducted-tortured',
  name: 'Novaya Gazeta first reported that men had been abducted and tortured in an alleged “anti-gay purge”',
  stance: 'accusation',
  text: 'Independent Russian newspaper Novaya Gazeta first reported last year that men had been abducted and tortured as part of an alleged Chechen “anti-gay purge,”',
  text_from: 'doc-004'
});
MATCH (a:Organization {key: 'novaya-gazeta'}), (b:Statement {key: 'st-novaya-men-abducted-tortured'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-novaya-men-abducted-tortured'}), (b:Document {key: 'doc-004'}) CREATE (a)-[:REPORTED_IN {quote: 'Independent Russian newspaper Novaya Gazeta first reported last year that men had been abducted and tortured as part of an alleged Chechen “anti-gay purge,” repeatedly denied by authorities but confirmed by human rights groups.'}]->(b);
MATCH (a:Statement {key: 'st-novaya-men-abducted-tortured'}), (b:Document {key: 'novaya-gazeta-2017-revelations'}) CREATE (a)-[:MADE_IN]->(b);
MATCH (a:Statement {key: 'st-novaya-men-abducted-tortured'}), (b:Event {key: 'chechnya-persecution-2017'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-authorities-repeatedly-denied-purge',
  name: 'The “anti-gay purge” was repeatedly denied by authorities',
  stance: 'denial',
  text: 'repeatedly denied by authorities',
  text_from: 'doc-004',
  speaker: 'authorities',
  note: 'The text does not say which authorities.'
});
MATCH (a:Statement {key: 'st-authorities-repeatedly-denied-purge'}), (b:Document {key: 'doc-004'}) CREATE (a)-[:REPORTED_IN {quote: 'as part of an alleged Chechen “anti-gay purge,” repeatedly denied by authorities but confirmed by human rights groups.'}]->(b);
MATCH (a:Statement {key: 'st-authorities-repeatedly-denied-purge'}), (b:Event {key: 'chechnya-persecution-2017'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-human-rights-groups-confirmed-purge',
  name: 'The “anti-gay purge” was confirmed by human rights groups',
  stance: 'assertion',
  text: 'confirmed by human rights groups',
  text_from: 'doc-004',
  speaker: 'human rights groups'
});
MATCH (a:Statement {key: 'st-human-rights-groups-confirmed-purge'}), (b:Document {key: 'doc-004'}) CREATE (a)-[:REPORTED_IN {quote: 'as part of an alleged Chechen “anti-gay purge,” repeatedly denied by authorities but confirmed by human rights groups.'}]->(b);
MATCH (a:Statement {key: 'st-human-rights-groups-confirmed-purge'}), (b:Event {key: 'chechnya-persecution-2017'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-network-at-least-200-secret-prisons',
  name: 'LGBT Network report: at least 200 detained in secret prisons in the last 12 months',
  stance: 'accusation',
  text: 'The St Petersburg-based Russian LGBT Network said in a report this week that in the last 12 months at least 200 LGBTIQ people had been detained in secret prisons throughout the region.',
  text_from: 'doc-004',
  topic: 'detentions',
  figure_min: 200,
  figure_max: 200,
  qualifier: 'at least',
  figure_text: 'at least 200'
});
MATCH (a:Organization {key: 'russian-lgbt-network'}), (b:Statement {key: 'st-network-at-least-200-secret-prisons'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-network-at-least-200-secret-prisons'}), (b:Document {key: 'doc-004'}) CREATE (a)-[:REPORTED_IN {quote: 'The St Petersburg-based Russian LGBT Network said in a report this week that in the last 12 months at least 200 LGBTIQ people had been detained in secret prisons throughout the region.'}]->(b);
MATCH (a:Statement {key: 'st-network-at-least-200-secret-prisons'}), (b:Document {key: 'russian-lgbt-network-report'}) CREATE (a)-[:MADE_IN]->(b);
MATCH (a:Statement {key: 'st-network-at-least-200-secret-prisons'}), (b:Event {key: 'chechnya-persecution-2017'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-network-at-least-200-secret-prisons'}), (b:Place {key: 'chechnya-secret-prisons'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-network-36-beaten-electrocuted',
  name: 'LGBT Network: thirty-six had been beaten and electrocuted',
  stance: 'accusation',
  text: 'Thirty-six of them had been beaten and electrocuted, the group said.',
  text_from: 'doc-004',
  topic: 'torture',
  figure_min: 36,
  figure_max: 36,
  qualifier: 'exactly',
  figure_text: 'Thirty-six'
});
MATCH (a:Organization {key: 'russian-lgbt-network'}), (b:Statement {key: 'st-network-36-beaten-electrocuted'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-network-36-beaten-electrocuted'}), (b:Document {key: 'doc-004'}) CREATE (a)-[:REPORTED_IN {quote: 'Thirty-six of them had been beaten and electrocuted, the group said.'}]->(b);
MATCH (a:Statement {key: 'st-network-36-beaten-electrocuted'}), (b:Document {key: 'russian-lgbt-network-report'}) CREATE (a)-[:MADE_IN]->(b);
MATCH (a:Statement {key: 'st-network-36-beaten-electrocuted'}), (b:Event {key: 'chechnya-persecution-2017'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-network-abuses-directed-by-highest-officials',
  name: 'LGBT Network: victims say the abuses were “directed by the highest officials of Chechnya”',
  stance: 'accusation',
  text: 'The LGBT Network said this week they had been told by victims the abuses were “directed by the highest officials of Chechnya”',
  text_from: 'doc-004'
});
MATCH (a:Organization {key: 'russian-lgbt-network'}), (b:Statement {key: 'st-network-abuses-directed-by-highest-officials'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-network-abuses-directed-by-highest-officials'}), (b:Document {key: 'doc-004'}) CREATE (a)-[:REPORTED_IN {quote: 'The LGBT Network said this week they had been told by victims the abuses were “directed by the highest officials of Chechnya”'}]->(b);
MATCH (a:Statement {key: 'st-network-abuses-directed-by-highest-officials'}), (b:Organization {key: 'chechen-authorities'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-network-abuses-directed-by-highest-officials'}), (b:Event {key: 'chechnya-persecution-2017'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-network-evacuated-119',
  name: 'LGBT Network: its activists evacuated 119 people',
  stance: 'assertion',
  text: 'the network’s activists had evacuated 119 people from the region to safety.',
  text_from: 'doc-004',
  topic: 'evacuations',
  figure_min: 119,
  figure_max: 119,
  qualifier: 'exactly',
  figure_text: '119'
});
MATCH (a:Organization {key: 'russian-lgbt-network'}), (b:Statement {key: 'st-network-evacuated-119'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-network-evacuated-119'}), (b:Document {key: 'doc-004'}) CREATE (a)-[:REPORTED_IN {quote: 'and the network’s activists had evacuated 119 people from the region to safety.'}]->(b);
MATCH (a:Statement {key: 'st-network-evacuated-119'}), (b:Event {key: 'russian-lgbt-network-evacuations'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-network-evacuated-119'}), (b:Organization {key: 'russian-lgbt-network'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-network-victims-subjected-to-torture',
  name: 'LGBT Network: the victims were subjected to tortures and humiliations',
  stance: 'accusation',
  text: 'The victims were subjected to tortures, humiliations, and other measures that harm their physical and psychological well-being',
  text_from: 'doc-004'
});
MATCH (a:Organization {key: 'russian-lgbt-network'}), (b:Statement {key: 'st-network-victims-subjected-to-torture'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-network-victims-subjected-to-torture'}), (b:Document {key: 'doc-004'}) CREATE (a)-[:REPORTED_IN {quote: '“The victims were subjected to tortures, humiliations, and other measures that harm their physical and psychological well-being,” the group said.'}]->(b);
MATCH (a:Statement {key: 'st-network-victims-subjected-to-torture'}), (b:Event {key: 'chechnya-persecution-2017'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-testimonies-abuse-by-police-and-military',
  name: 'Survivors’ testimonies describe abuse by Chechen police and military personnel',
  stance: 'testimony',
  text: 'Testimonies from survivors published in the report, reported by UK’s The Independent, describe abuse by Chechen police and military personnel.',
  text_from: 'doc-004',
  speaker: 'survivors (testimonies published in the Russian LGBT Network report)'
});
MATCH (a:Statement {key: 'st-testimonies-abuse-by-police-and-military'}), (b:Document {key: 'doc-004'}) CREATE (a)-[:REPORTED_IN {quote: 'Testimonies from survivors published in the report, reported by UK’s The Independent, describe abuse by Chechen police and military personnel.'}]->(b);
MATCH (a:Statement {key: 'st-testimonies-abuse-by-police-and-military'}), (b:Document {key: 'russian-lgbt-network-report'}) CREATE (a)-[:MADE_IN]->(b);
MATCH (a:Statement {key: 'st-testimonies-abuse-by-police-and-military'}), (b:Organization {key: 'chechen-police'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-testimonies-abuse-by-police-and-military'}), (b:Organization {key: 'chechen-military-personnel'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-testimonies-abuse-by-police-and-military'}), (b:Event {key: 'chechnya-persecution-2017'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-ij-testimony',
  name: 'IJ: thrown to the floor and beaten',
  stance: 'testimony',
  text: 'They threw me to the floor and beat me,” one victim, known as IJ, said. “They beat my chest and my face with their feet, and they hit my head against the floor. “One of them said, ‘Do not beat him until the shock stage, at that point he will stop feeling pain. We don’t need that.’',
  text_from: 'doc-004',
  note: 'Testimonies from survivors published in the Russian LGBT Network report, as reported by The Independent.'
});
MATCH (a:Person {key: 'ij'}), (b:Statement {key: 'st-ij-testimony'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-ij-testimony'}), (b:Document {key: 'doc-004'}) CREATE (a)-[:REPORTED_IN {quote: '“They threw me to the floor and beat me,” one victim, known as IJ, said. “They beat my chest and my face with their feet, and they hit my head against the floor.'}]->(b);
MATCH (a:Statement {key: 'st-ij-testimony'}), (b:Document {key: 'russian-lgbt-network-report'}) CREATE (a)-[:MADE_IN]->(b);
MATCH (a:Statement {key: 'st-ij-testimony'}), (b:Event {key: 'chechnya-persecution-2017'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-ef-testimony',
  name: 'EF: car raided by police who threatened to shoot',
  stance: 'testimony',
  text: 'Another victim known as EF described their car being raided by police who on finding a leather bag and bracelets told them, “Are you a faggot? If you are, I’ll shoot you right here.”',
  text_from: 'doc-004'
});
MATCH (a:Person {key: 'ef'}), (b:Statement {key: 'st-ef-testimony'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-ef-testimony'}), (b:Document {key: 'doc-004'}) CREATE (a)-[:REPORTED_IN {quote: 'Another victim known as EF described their car being raided by police who on finding a leather bag and bracelets told them, “Are you a faggot? If you are, I’ll shoot you right here.”'}]->(b);
MATCH (a:Statement {key: 'st-ef-testimony'}), (b:Document {key: 'russian-lgbt-network-report'}) CREATE (a)-[:MADE_IN]->(b);
MATCH (a:Statement {key: 'st-ef-testimony'}), (b:Organization {key: 'chechen-police'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-ef-testimony'}), (b:Event {key: 'chechnya-persecution-2017'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-network-continues-to-document',
  name: 'LGBT Network continues to document detentions; authorities visit survivors’ houses',
  stance: 'accusation',
  text: 'The LGBT Network said it continues to document reports of detentions in Chechnya with authorities “visiting the houses of some previously detained survivors to learn if they stayed or left the region,” The Independent reported.',
  text_from: 'doc-004'
});
MATCH (a:Organization {key: 'russian-lgbt-network'}), (b:Statement {key: 'st-network-continues-to-document'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-network-continues-to-document'}), (b:Document {key: 'doc-004'}) CREATE (a)-[:REPORTED_IN {quote: 'The LGBT Network said it continues to document reports of detentions in Chechnya with authorities “visiting the houses of some previously detained survivors to learn if they stayed or left the region,” The Independent reported.'}]->(b);
MATCH (a:Statement {key: 'st-network-continues-to-document'}), (b:Document {key: 'independent-article'}) CREATE (a)-[:MADE_IN]->(b);
MATCH (a:Statement {key: 'st-network-continues-to-document'}), (b:Place {key: 'chechnya'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-kochetkov-work-the-state-should-do',
  name: 'Kochetkov: the Network and Novaya Gazeta did the state’s work; the authorities do not want to investigate',
  stance: 'accusation',
  text: 'Over the past year, the Russian LGBT Network and Novaya Gazeta have undertaken the work the state was supposed to do. We have ensured the safety of victims and collected and publicized their testimonies. “But one thing we could not do is launch an investigation and ensure criminal prosecution of the perpetrators. The Russian authorities, apparently, do not want to do this.',
  text_from: 'doc-004'
});
MATCH (a:Person {key: 'igor-kochetkov'}), (b:Statement {key: 'st-kochetkov-work-the-state-should-do'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-kochetkov-work-the-state-should-do'}), (b:Document {key: 'doc-004'}) CREATE (a)-[:REPORTED_IN {quote: 'The group’s founder Igor Kochetkov said in a statement, “Over the past year, the Russian LGBT Network and Novaya Gazeta have undertaken the work the state was supposed to do.'}]->(b);
MATCH (a:Statement {key: 'st-kochetkov-work-the-state-should-do'}), (b:Document {key: 'kochetkov-statement'}) CREATE (a)-[:MADE_IN]->(b);
MATCH (a:Statement {key: 'st-kochetkov-work-the-state-should-do'}), (b:Organization {key: 'russian-authorities'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-kochetkov-work-the-state-should-do'}), (b:Organization {key: 'novaya-gazeta'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-kochetkov-work-the-state-should-do'}), (b:Organization {key: 'russian-lgbt-network'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-kadyrov-gibberish',
  name: 'Kadyrov (HBO interview): the reports are “gibberish”',
  stance: 'denial',
  text: 'In an interview with HBO last year, President Ramzan Kadyrov slammed the reports any sort of crackdown as “gibberish”.',
  text_from: 'doc-004'
});
MATCH (a:Person {key: 'ramzan-kadyrov'}), (b:Statement {key: 'st-kadyrov-gibberish'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-kadyrov-gibberish'}), (b:Document {key: 'doc-004'}) CREATE (a)-[:REPORTED_IN {quote: 'In an interview with HBO last year, President Ramzan Kadyrov slammed the reports any sort of crackdown as “gibberish”.'}]->(b);
MATCH (a:Statement {key: 'st-kadyrov-gibberish'}), (b:Document {key: 'kadyrov-hbo-interview'}) CREATE (a)-[:MADE_IN]->(b);
MATCH (a:Statement {key: 'st-kadyrov-gibberish'}), (b:Organization {key: 'hbo'}) CREATE (a)-[:MADE_TO]->(b);
MATCH (a:Statement {key: 'st-kadyrov-gibberish'}), (b:Event {key: 'chechnya-persecution-2017'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-kadyrov-canada-hbo',
  name: 'Kadyrov: “We don’t have such people. If there are any — take them to Canada.”',
  stance: 'denial',
  text: 'We don’t have such people. If there are any — take them to Canada. For the sake of Allah. Then, they would be far away from us',
  text_from: 'doc-004',
  note: 'Follows the mention of the HBO interview; similar words are dated July 2017 by doc-000/doc-001 (st-kadyrov-canada-july-2017).'
});
MATCH (a:Person {key: 'ramzan-kadyrov'}), (b:Statement {key: 'st-kadyrov-canada-hbo'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-kadyrov-canada-hbo'}), (b:Document {key: 'doc-004'}) CREATE (a)-[:REPORTED_IN {quote: '“We don’t have such people. If there are any — take them to Canada. For the sake of Allah. Then, they would be far away from us,” he said.'}]->(b);
MATCH (a:Statement {key: 'st-kadyrov-canada-hbo'}), (b:Document {key: 'kadyrov-hbo-interview'}) CREATE (a)-[:MADE_IN]->(b);
MATCH (a:Statement {key: 'st-kadyrov-canada-hbo'}), (b:Place {key: 'canada'}) CREATE (a)-[:ABOUT]->(b);
MATCH (a:Statement {key: 'st-kadyrov-canada-hbo'}), (b:Event {key: 'chechnya-persecution-2017'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-karimov-impossible-to-detain',
  name: 'Karimov: impossible to detain those who don’t exist in the Republic',
  stance: 'denial',
  text: 'It is impossible to detain and oppress those who simply don’t exist in the Republic',
  text_from: 'doc-004'
});
MATCH (a:Person {key: 'alvi-karimov'}), (b:Statement {key: 'st-karimov-impossible-to-detain'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-karimov-impossible-to-detain'}), (b:Document {key: 'doc-004'}) CREATE (a)-[:REPORTED_IN {quote: 'Kadyrov’s press secretary Alvi Karimov last year also denied there were homosexuals in Chechnya but also delivered a chilling warning. “It is impossible to detain and oppress those who simply don’t exist in the Republic,” he said.'}]->(b);
MATCH (a:Statement {key: 'st-karimov-impossible-to-detain'}), (b:Event {key: 'chechnya-persecution-2017'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-karimov-place-of-no-return',
  name: 'Karimov: relatives would send them to a place of no return',
  stance: 'warning',
  text: 'If there were such people in Chechnya, the law-enforcement agencies wouldn’t need to have anything to do with them, because their relatives would send them to a place of no return.',
  text_from: 'doc-004'
});
MATCH (a:Person {key: 'alvi-karimov'}), (b:Statement {key: 'st-karimov-place-of-no-return'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-karimov-place-of-no-return'}), (b:Document {key: 'doc-004'}) CREATE (a)-[:REPORTED_IN {quote: '“If there were such people in Chechnya, the law-enforcement agencies wouldn’t need to have anything to do with them, because their relatives would send them to a place of no return.”'}]->(b);
MATCH (a:Statement {key: 'st-karimov-place-of-no-return'}), (b:Place {key: 'chechnya'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-zakharova-justice-for-victims',
  name: 'Zakharova: the crackdown “is not over”; the group demands justice for the victims',
  stance: 'demand',
  text: 'Russian LGBT Network board member Svetlana Zakharova said the country’s gay crackdown “is not over” and the group is demanding “justice for the victims in Chechnya, for their relatives and their loved ones.”',
  text_from: 'doc-004'
});
MATCH (a:Person {key: 'svetlana-zakharova'}), (b:Statement {key: 'st-zakharova-justice-for-victims'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-zakharova-justice-for-victims'}), (b:Document {key: 'doc-004'}) CREATE (a)-[:REPORTED_IN {quote: 'Russian LGBT Network board member Svetlana Zakharova said the country’s gay crackdown “is not over” and the group is demanding “justice for the victims in Chechnya, for their relatives and their loved ones.”'}]->(b);
MATCH (a:Statement {key: 'st-zakharova-justice-for-victims'}), (b:Event {key: 'chechnya-persecution-2017'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-zakharova-serious-investigation',
  name: 'Zakharova: the Russian authorities must start a serious investigation',
  stance: 'demand',
  text: 'The Russian authorities must fulfill their duties, and start a serious investigation of this crime against humanity',
  text_from: 'doc-004'
});
MATCH (a:Person {key: 'svetlana-zakharova'}), (b:Statement {key: 'st-zakharova-serious-investigation'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-zakharova-serious-investigation'}), (b:Document {key: 'doc-004'}) CREATE (a)-[:REPORTED_IN {quote: '“The Russian authorities must fulfill their duties, and start a serious investigation of this crime against humanity,” she said.'}]->(b);
MATCH (a:Statement {key: 'st-zakharova-serious-investigation'}), (b:Organization {key: 'russian-authorities'}) CREATE (a)-[:ABOUT]->(b);

CREATE (:Statement {
  key: 'st-zakharova-authorities-done-nothing',
  name: 'Zakharova: the Russian authorities have done nothing; the number of victims is unknown',
  stance: 'accusation',
  text: 'The Russian authorities have not done anything to stop the atrocities or to punish those who are responsible. We still don’t know exactly how many people suffered during this state-sponsored campaign to ‘purify Chechen blood.',
  text_from: 'doc-004'
});
MATCH (a:Person {key: 'svetlana-zakharova'}), (b:Statement {key: 'st-zakharova-authorities-done-nothing'}) CREATE (a)-[:SAID]->(b);
MATCH (a:Statement {key: 'st-zakharova-authorities-done-nothing'}), (b:Document {key: 'doc-004'}) CREATE (a)-[:REPORTED_IN {quote: '“The Russian authorities have not done anything to stop the atrocities or to punish those who are responsible. We still don’t know exactly how many people suffered during this state-sponsored campaign to ‘purify Chechen blood.\'”'}]->(b);
MATCH (a:Statement {key: 'st-zakharova-authorities-done-nothing'}), (b:Organization {key: 'russian-authorities'}) CREATE (a)-[:ABOUT]->(b);
