// Dossier bundled graph — 20: Organizations.
// kind: ngo, media, social network, online group, government, security force,
// intergovernmental, parliamentary body, political group, group, unknown.
// Names and abbreviations are kept as the text gives them, never expanded
// (SOC, NR, UN, “the Assembly”, RUSALGBT).

CREATE (:Organization {key: 'russian-lgbt-network', name: 'Russian LGBT Network', kind: 'ngo', aliases: ['LGBT-network', 'LGBT network', 'Russian LGBT network', 'LGBT Network']});
CREATE (:Organization {key: 'all-out', name: 'All Out', kind: 'ngo', aliases: []});
CREATE (:Organization {key: 'lgbt-world-beside', name: 'LGBT World Beside', kind: 'ngo', aliases: []});
CREATE (:Organization {key: 'rusalgbt', name: 'RUSALGBT', kind: 'unknown', aliases: [], note: 'Named only as “RUSALGBT”; the text does not say whether it is the Russian LGBT Network.'});
CREATE (:Organization {key: 'voices4', name: 'Voices4', kind: 'unknown', aliases: []});
CREATE (:Organization {key: 'alliance-of-heterosexuals-and-lgbt-for-equality', name: 'Alliance of heterosexuals and LGBT for equality', kind: 'group', aliases: ['Alliance heterosexuals and LGBT for equality']});
CREATE (:Organization {key: 'osce', name: 'Organization for Security and Co-operation in Europe', kind: 'intergovernmental', aliases: ['OSCE', 'organization for security and cooperation in Europe']});
CREATE (:Organization {key: 'the-assembly', name: 'the Assembly', kind: 'parliamentary body', aliases: [], note: 'The text names it only as “the Assembly”.'});
CREATE (:Organization {key: 'soc', name: 'SOC', kind: 'unknown', aliases: [], note: 'Abbreviation not expanded in the text.'});
CREATE (:Organization {key: 'nr', name: 'NR', kind: 'unknown', aliases: [], note: 'Abbreviation not expanded in the text.'});
CREATE (:Organization {key: 'un', name: 'UN', kind: 'intergovernmental', aliases: []});
CREATE (:Organization {key: 'novaya-gazeta', name: 'Novaya Gazeta', kind: 'media', aliases: []});
CREATE (:Organization {key: 'meduza', name: 'Meduza', kind: 'media', aliases: []});
CREATE (:Organization {key: 'presentes', name: 'Presentes', kind: 'media', aliases: []});
CREATE (:Organization {key: 'qnews', name: 'QNews', kind: 'media', aliases: []});
CREATE (:Organization {key: 'the-independent', name: 'The Independent', kind: 'media', aliases: []});
CREATE (:Organization {key: 'hbo', name: 'HBO', kind: 'media', aliases: []});
CREATE (:Organization {key: 'interfax', name: 'Interfax', kind: 'media', aliases: ['Interfax news agency', 'news Agency Interfax']});
CREATE (:Organization {key: 'woman-prison-society', name: 'Woman, prison, society', kind: 'unknown', aliases: [], note: 'Only in the line “Coptright Woman, prison, society.” closing doc-003-1.'});
CREATE (:Organization {key: 'look-press', name: 'Look Press', kind: 'unknown', aliases: []});
CREATE (:Organization {key: 'kremlin-ru', name: 'Kremlin.ru', kind: 'unknown', aliases: []});
CREATE (:Organization {key: 'vkontakte', name: 'VKontakte', kind: 'social network', aliases: ['Vkontakte']});
CREATE (:Organization {key: 'caucasus-lgbtq-online-groups', name: 'Online groups for LGBTQ residents of the Caucasus', kind: 'online group', aliases: [], note: 'doc-003-5: Meduza received information from them. The same article speaks of anonymous members of “social media groups dedicated to the LGBTQ community in the Caucasus”; it does not say whether these are the same groups.'});
CREATE (:Organization {key: 'aul', name: 'Aul', kind: 'online group', aliases: ['the Aul']});
CREATE (:Organization {key: 'facebook', name: 'Facebook', kind: 'social network', aliases: []});
CREATE (:Organization {key: 'instagram', name: 'Instagram', kind: 'social network', aliases: []});
CREATE (:Organization {key: 'kremlin', name: 'Kremlin', kind: 'government', aliases: []});
CREATE (:Organization {key: 'chechen-authorities', name: 'Chechen authorities', kind: 'government', aliases: ['government of the Chechen Republic', 'regime in Chechnya', 'Kadyrov regime']});
CREATE (:Organization {key: 'russian-authorities', name: 'Russian authorities', kind: 'government', aliases: ['Russian federal authorities']});
CREATE (:Organization {key: 'chechen-police', name: 'Chechen police', kind: 'security force', aliases: []});
CREATE (:Organization {key: 'national-guard', name: 'National Guard', kind: 'security force', aliases: ['national guard']});
CREATE (:Organization {key: 'kadyrov-secret-service', name: 'Ramzan Kadyrov’s secret service', kind: 'security force', aliases: [], note: 'doc-002: “his secret service”. doc-000/doc-001 speak of Kadyrov’s “security apparatus”, doc-003-5 of “[Chechen] security agencies”; the text does not say these are the same body.'});
CREATE (:Organization {key: 'kadyrov-security-apparatus', name: 'Ramzan Kadyrov’s security apparatus', kind: 'security force', aliases: [], note: 'doc-000/doc-001: “the Chechen ruler Ramzan Kadyrov and his security apparatus”. The text does not say whether it is the “secret service” of doc-002.'});
CREATE (:Organization {key: 'chechen-military-personnel', name: 'Chechen military personnel', kind: 'security force', aliases: [], note: 'doc-004: survivors’ testimonies “describe abuse by Chechen police and military personnel”.'});
CREATE (:Organization {key: 'chechen-security-agencies', name: 'Chechen security agencies', kind: 'security force', aliases: [], note: 'doc-003-5 quotes Kochetkov: “the staff of [Chechen] security agencies” (the brackets are Meduza’s).'});
CREATE (:Organization {key: 'union-of-homophobes', name: 'Union of Homophobes of Russia, the CIS countries, Syria and Iran', kind: 'group', aliases: []});
CREATE (:Organization {key: 'gay-hunt-organizers', name: 'organizers of “geykhanterstvo”', kind: 'group', aliases: ['“gayhanters”']});
