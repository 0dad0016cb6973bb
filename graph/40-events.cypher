// Dossier bundled graph — 40: Events.
// `start` / `end` are ISO 8601 prefixes at the precision the text gives.
// Where the text gives a day without a year, the words are kept in
// `start_text` / `end_text` and `start` / `end` are left out.
// Who took part is recorded with PARTICIPATED_IN (with sources and quotes)
// only where the documents state it as fact; accusations about who carried
// out arrests or torture stay in Statements.

CREATE (:Event {key: 'chechnya-persecution-2017', name: 'Persecution of gay men and LGBT people in Chechnya in 2017', kind: 'persecution wave', start: '2017', start_text: 'From spring to summer of 2017 (doc-000, doc-001); in 2017 (doc-003-5)', note: 'doc-002 dates systematic persecution by Kadyrov “Since 2016”.'});
CREATE (:Event {key: 'chechnya-persecution-2018-2019', name: 'New wave of arrests and torture of LGBT people in Chechnya from late December 2018', kind: 'persecution wave', start: '2018-12', start_text: 'since the end of December (doc-000, doc-001); since late December (doc-002); in late December 2018 (doc-003-5)'});
CREATE (:Event {key: 'vkontakte-administrator-arrest', name: 'Arrest of the administrator of a VKontakte group', kind: 'arrest', start: '2018-12', start_text: '29. December (doc-000); December 29 (doc-001); December 29th (doc-002); in December (doc-003-5)', note: 'The day is given without a year; the year comes from doc-003-5 (“in late December 2018”), so `start` stops at the month.'});
CREATE (:Event {key: 'russian-investigation', name: 'Investigation opened by Moscow under pressure', kind: 'investigation', note: 'doc-000: “to open an investigation”; doc-001: “to initiate a preliminary investigation”.'});
CREATE (:Event {key: 'merkel-putin-exchange', name: 'Angela Merkel and Vladimir Putin on the persecution in Chechnya', kind: 'diplomatic exchange', note: 'doc-000: “German Chancellor Angela Merkel, President Vladimir Putin spoke on the topic”; doc-001: “Chancellor Angela Merkel addressed President Vladimir Putin on the subject”.'});
CREATE (:Event {key: 'kadyrov-magnizkij-listing', name: 'Ramzan Kadyrov put on the Magnizkij list by the United States', kind: 'sanction', aliases: ['Magnizkij-list', 'Magnizkij list']});
CREATE (:Event {key: 'kadyrov-profiles-blocked', name: 'Ramzan Kadyrov’s Facebook and Instagram profiles blocked', kind: 'account blocking'});
CREATE (:Event {key: 'savelgbtinrussia-campaign', name: '#saveLGBTinRussia campaign (week of unified actions)', kind: 'campaign', aliases: ['# saveLGBTinRussia', '#saveLGBTinRussia'], start_text: 'January 20', end_text: 'January 27th'});
CREATE (:Event {key: 'savelgbtinrussia-pickets', name: 'Pickets in support of LGBT people in Yaroslavl, Nizhny Novgorod, St. Petersburg and Batumi', kind: 'picket'});
CREATE (:Event {key: 'nizhny-novgorod-picket-attack', name: 'Attack on an activist at a picket in Nizhny Novgorod', kind: 'attack'});
CREATE (:Event {key: 'solidarity-action-2019-01-19', name: 'Action of international solidarity with LGBT refugees from Chechnya', kind: 'action', start: '2019-01-19', end: '2019-01-19'});
CREATE (:Event {key: 'all-out-campaign', name: 'All Out campaign urging world leaders to stop the persecution in Chechnya', kind: 'campaign'});
CREATE (:Event {key: 'world-economic-forum', name: 'World Economic Forum in Switzerland', kind: 'forum', start_text: 'Next week (doc-002)'});
CREATE (:Event {key: 'osce-investigation', name: 'Investigation by Wolfgang Benedek in conjunction with the OSCE', kind: 'investigation'});
CREATE (:Event {key: 'russian-lgbt-network-evacuations', name: 'Evacuation of people from Chechnya by the Russian LGBT Network', kind: 'evacuation', start: '2017-04', start_text: 'since April 2017 (doc-002); for almost two years (doc-003-5)'});
