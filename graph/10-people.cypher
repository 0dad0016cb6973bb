// Dossier bundled graph — 10: People.
// `aliases` lists every other spelling of the name seen in the corpus.
// Titles and roles are not stored on the person: they are kept per source on
// MEMBER_OF / LEADS / WORKS_FOR (with sources and quotes) and on MENTIONS
// (`role`, as the mentioning document gives it), because sources disagree.

CREATE (:Person {key: 'igor-kochetkov', name: 'Igor Kochetkov', aliases: ['kotchetkov']});
CREATE (:Person {key: 'svetlana-zakharova', name: 'Svetlana Zakharova', aliases: []});
CREATE (:Person {key: 'ramzan-kadyrov', name: 'Ramzan Kadyrov', aliases: []});
CREATE (:Person {key: 'alvi-karimov', name: 'Alvi Karimov', aliases: ['Alwi Karimov']});
CREATE (:Person {key: 'vladimir-putin', name: 'Vladimir Putin', aliases: []});
CREATE (:Person {key: 'angela-merkel', name: 'Angela Merkel', aliases: []});
CREATE (:Person {key: 'yuri-guaiana', name: 'Yuri Guaiana', aliases: [], note: 'doc-002 calls Guaiana “an activist” and later writes “For her part, Guaiana”.'});
CREATE (:Person {key: 'michelle-bachelet', name: 'Michelle Bachelet', aliases: []});
CREATE (:Person {key: 'wolfgang-benedek', name: 'Wolfgang Benedek', aliases: []});
CREATE (:Person {key: 'frank-schwabe', name: 'Frank Schwabe', aliases: []});
CREATE (:Person {key: 'piet-de-bruyn', name: 'Piet De Bruyn', aliases: []});
CREATE (:Person {key: 'aleksandr-mironov', name: 'Aleksandr Mironov', aliases: [], note: 'Meduza: his surname was changed at his request; he says Aleksandr is his real first name.'});
CREATE (:Person {key: 'maksim-lapunov', name: 'Maksim Lapunov', aliases: []});
// Victims known only by initials (doc-004)
CREATE (:Person {key: 'ij', name: 'IJ', aliases: [], kind: 'victim known by initials'});
CREATE (:Person {key: 'ef', name: 'EF', aliases: [], kind: 'victim known by initials'});
// Unnamed person at the start of the new wave
CREATE (:Person {key: 'vkontakte-group-administrator', name: 'Administrator of a VKontakte group (unnamed)', aliases: [], kind: 'unnamed'});
// Byline of doc-000, unrelated to its article (no AUTHORED_BY)
CREATE (:Person {key: 'sam-yoon', name: 'Sam Yoon', aliases: [], note: 'Appears only in the closing byline paragraph of doc-000, which is unrelated to the article.'});
// Photo credit of doc-003-2
CREATE (:Person {key: 'roberto-finizio', name: 'Roberto Finizio', aliases: []});
