// Dossier bundled graph — 30: Places.
// kind: country, region, city, building, place of detention.
// Where a place sits is recorded with LOCATED_IN (with sources and quotes),
// never from outside knowledge.

CREATE (:Place {key: 'russia', name: 'Russia', kind: 'country', aliases: ['Russian Federation']});
CREATE (:Place {key: 'chechnya', name: 'Chechnya', kind: 'region', aliases: ['Chechen Republic', 'Chechen republic', 'Republic of Chechnya']});
CREATE (:Place {key: 'north-caucasus', name: 'North Caucasus', kind: 'region', aliases: []});
CREATE (:Place {key: 'caucasus', name: 'Caucasus', kind: 'region', aliases: []});
CREATE (:Place {key: 'north-ossetia', name: 'North Ossetia', kind: 'region', aliases: []});
CREATE (:Place {key: 'argun', name: 'Argun', kind: 'city', aliases: [], note: 'doc-000 calls it “the town of Argun”, doc-001 “the city of Argun”; both put it about 20 kilometers east of Grozny.'});
CREATE (:Place {key: 'argun-prison', name: 'Prison in Argun', kind: 'building', aliases: []});
CREATE (:Place {key: 'argun-former-police-building', name: 'Former police building in Argun', kind: 'building', aliases: [], note: 'doc-003-5: reported “for more than a year” to have been refitted to house secret torture chambers. The text does not say whether it is the prison named in doc-000/doc-001.'});
CREATE (:Place {key: 'chechnya-secret-prisons', name: 'Secret prisons in Chechnya', kind: 'place of detention', aliases: []});
CREATE (:Place {key: 'chechnya-police-departments', name: 'Police departments in Chechnya', kind: 'place of detention', aliases: []});
CREATE (:Place {key: 'grozny', name: 'Grozny', kind: 'city', aliases: []});
CREATE (:Place {key: 'moscow', name: 'Moscow', kind: 'city', aliases: []});
CREATE (:Place {key: 'st-petersburg', name: 'St. Petersburg', kind: 'city', aliases: ['St Petersburg']});
CREATE (:Place {key: 'yaroslavl', name: 'Yaroslavl', kind: 'city', aliases: []});
CREATE (:Place {key: 'nizhny-novgorod', name: 'Nizhny Novgorod', kind: 'city', aliases: []});
CREATE (:Place {key: 'georgia', name: 'Georgia', kind: 'country', aliases: []});
CREATE (:Place {key: 'batumi', name: 'Batumi', kind: 'city', aliases: []});
CREATE (:Place {key: 'canada', name: 'Canada', kind: 'country', aliases: []});
CREATE (:Place {key: 'united-states', name: 'United States', kind: 'country', aliases: ['US']});
CREATE (:Place {key: 'germany', name: 'Germany', kind: 'country', aliases: []});
CREATE (:Place {key: 'belgium', name: 'Belgium', kind: 'country', aliases: []});
CREATE (:Place {key: 'switzerland', name: 'Switzerland', kind: 'country', aliases: []});
CREATE (:Place {key: 'france', name: 'France', kind: 'country', aliases: []});
CREATE (:Place {key: 'uk', name: 'UK', kind: 'country', aliases: []});
// Regions and cities where the “gay hunt” announcement (doc-003-2) plans to operate
CREATE (:Place {key: 'stavropol-territory', name: 'Stavropol Territory', kind: 'region', aliases: []});
CREATE (:Place {key: 'dagestan', name: 'Republic of Dagestan', kind: 'region', aliases: []});
CREATE (:Place {key: 'samara-region', name: 'Samara Region', kind: 'region', aliases: []});
CREATE (:Place {key: 'sverdlovsk-region', name: 'Sverdlovsk Region', kind: 'region', aliases: []});
CREATE (:Place {key: 'bashkortostan', name: 'Republic of Bashkortostan', kind: 'region', aliases: []});
CREATE (:Place {key: 'tatarstan', name: 'Tatarstan', kind: 'region', aliases: []});
CREATE (:Place {key: 'udmurtia', name: 'Udmurtia', kind: 'region', aliases: []});
CREATE (:Place {key: 'chelyabinsk-region', name: 'Chelyabinsk Region', kind: 'region', aliases: []});
CREATE (:Place {key: 'perm-region', name: 'Perm Region', kind: 'region', aliases: []});
CREATE (:Place {key: 'saratov-region', name: 'Saratov Region', kind: 'region', aliases: ['Saratov']});
CREATE (:Place {key: 'orenburg-region', name: 'Orenburg Region', kind: 'region', aliases: []});
CREATE (:Place {key: 'arkhangelsk', name: 'Arkhangelsk', kind: 'city', aliases: []});
CREATE (:Place {key: 'murmansk', name: 'Murmansk', kind: 'city', aliases: []});
CREATE (:Place {key: 'tula', name: 'Tula', kind: 'city', aliases: []});
CREATE (:Place {key: 'voronezh', name: 'Voronezh', kind: 'city', aliases: []});
CREATE (:Place {key: 'ulyanovsk', name: 'Ulyanovsk', kind: 'city', aliases: []});
CREATE (:Place {key: 'volgograd', name: 'Volgograd', kind: 'city', aliases: []});
CREATE (:Place {key: 'ryazan', name: 'Ryazan', kind: 'city', aliases: []});
CREATE (:Place {key: 'penza', name: 'Penza', kind: 'city', aliases: []});
CREATE (:Place {key: 'novy-urengoy', name: 'Novy Urengoy', kind: 'city', aliases: []});
CREATE (:Place {key: 'omsk', name: 'Omsk', kind: 'city', aliases: []});
CREATE (:Place {key: 'novosibirsk', name: 'Novosibirsk', kind: 'city', aliases: []});
