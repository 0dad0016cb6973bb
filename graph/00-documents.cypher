// Dossier bundled graph — 00: Documents.
//
// Corpus documents have `file` (a file in the seeds folder) and, where one
// file holds several articles, `part` (1, 2, ...). Referred-to documents (a
// video, a press release, a report, an interview, a resolution, a post...)
// have no `file`. `date` is an ISO 8601 prefix at the precision the text
// gives; where the text gives a day or month without a year, the words are
// kept in `date_text` and `date` is left out. No corpus document states its
// own publication date, so none has `date`.

// ---------------------------------------------------------------- corpus
// Files 000 and 001 are two different English translations of one article
// (same paragraphs, same quotes, different wording). Both point to the
// original with TRANSLATION_OF (see 60-document-links.cypher).
CREATE (:Document {key: 'doc-000', name: 'It is a solemn warning … (English translation A, file 000)', kind: 'article', language: 'en', file: '000_3f21af7c1d81af99.txt', byline: 'Sam Yoon', note: 'No headline. Translation of the same article as doc-001. The closing paragraph about Sam Yoon is a byline unrelated to the article: it describes a journalist covering information technology, science, sports and politics and is absent from the parallel translation doc-001; no AUTHORED_BY is recorded.'});
CREATE (:Document {key: 'doc-001', name: 'It is an urgent warning … (English translation B, file 001)', kind: 'article', language: 'en', file: '001_cf8a6214c5af7a94.txt', note: 'No headline and no byline. Translation of the same article as doc-000.'});
CREATE (:Document {key: 'doc-002', name: 'Two murders and dozens of torture cases in new LGBT+ purge in Chechnya', title: 'Two murders and dozens of torture cases in new LGBT+ purge in Chechnya', kind: 'article', language: 'en', file: '002_a2a4b6a018abb1f4.txt'});
// File 003 holds five separate pieces, one after another.
CREATE (:Document {key: 'doc-003-1', name: 'LGBT activist beaten for picket in support of Chechen gays', title: 'LGBT activist beaten for picket in support of Chechen gays.', kind: 'article', language: 'en', file: '003_eb491e05e4d87fe0.txt', part: 1, note: 'Ends with the line “Coptright Woman, prison, society.” (sic).'});
CREATE (:Document {key: 'doc-003-2', name: 'Russians were offered a gay hunt for a fee', title: 'Russians were offered a gay hunt for a fee', kind: 'article', language: 'en', file: '003_eb491e05e4d87fe0.txt', part: 2, photo_credit: 'Roberto Finizio/ Look Press'});
CREATE (:Document {key: 'doc-003-3', name: 'An action of international solidarity with LGBT refugees from Chechnya', title: 'An action of international solidarity with LGBT refugees from Chechnya.', kind: 'statement', language: 'en', file: '003_eb491e05e4d87fe0.txt', part: 3, note: 'Written in the first person by LGBT World Beside; the text breaks off after “We want to declare that:”.'});
CREATE (:Document {key: 'doc-003-4', name: 'Two rapporteurs condemn the latest alleged murder, torture and illegal detention of LGBTI persons in Chechnya', title: 'Two rapporteurs condemn the latest alleged murder, torture and illegal detention of LGBTI persons in Chechnya', kind: 'statement', language: 'en', file: '003_eb491e05e4d87fe0.txt', part: 4, date_text: 'today', note: 'The text names its body only as “the Assembly” and does not say who issued the piece.'});
CREATE (:Document {key: 'doc-003-5', name: 'New details emerge about what one source calls an anti-LGBTQ ‘genocide’', title: 'New details emerge about what one source calls an anti-LGBTQ ‘genocide’', subtitle: 'LGBTQ community reports dozens imprisoned and up to 20 killed in Chechnya within past month', kind: 'article', language: 'en', file: '003_eb491e05e4d87fe0.txt', part: 5});
CREATE (:Document {key: 'doc-004', name: 'More Than 100 Gay People Have Fled Chechnya’s Brutal ‘Gay Purge’ To Safety', title: 'More Than 100 Gay People Have Fled Chechnya’s Brutal ‘Gay Purge’ To Safety', kind: 'article', language: 'en', file: '004_c92a1196cf442421.txt', photo_credit: 'Kremlin.ru', note: 'Publisher inferred from the closing tag line “QNews, Brisbane Gay, App, Gay App, LGBTI, LGBTI News, Gay Australia”.'});

// ---------------------------------------------------------------- not in the corpus
// The original of doc-000 and doc-001. The corpus does not give its title,
// language, publisher or date; it exists because the two files are parallel
// translations of it.
CREATE (:Document {key: 'original-of-doc-000-and-doc-001', name: 'Original article translated in doc-000 and doc-001', kind: 'article', note: 'Not in the corpus and not referred to by name: inferred from files 000 and 001 being parallel translations. Title, language, publisher and date unknown.'});

// Referred to in doc-000 / doc-001
CREATE (:Document {key: 'aul-warning-post', name: 'Warning message posted in the VKontakte group Aul', kind: 'post', date_text: 'the end of last week'});
CREATE (:Document {key: 'kochetkov-video', name: 'Igor Kochetkov video “In Chechnya, gays are being killed again”', title: 'In Chechnya, gays are being killed again', title_variants: ['In Chechnya, to be killed again Gay'], kind: 'video', date_text: 'Monday', note: 'doc-000 gives the title as “In Chechnya, to be killed again Gay”, doc-001 as “In Chechnya, gays are being killed again”.'});
CREATE (:Document {key: 'osce-report', name: 'OSCE report on Chechnya (December 2018)', kind: 'report', date: '2018-12', pages: 35, note: 'doc-000 and doc-001 say “in December” and “35 pages”; doc-002 says “In December 2018”; doc-003-5 names Dr. Wolfgang Benedek as its author.'});
CREATE (:Document {key: 'novaya-gazeta-2017-revelations', name: 'Novaya Gazeta’s first reports on the persecution of gay men in Chechnya (2017)', kind: 'article', date_text: 'two years ago (doc-000, doc-001); last year (doc-004)', note: 'doc-000/doc-001: “two years ago”; doc-004: “last year”; doc-003-5: the previous spike in persecution (2017) “was first reported by Novaya Gazeta”.'});

// Referred to in doc-002
CREATE (:Document {key: 'presentes-read-also-singer', name: 'Reports indicate that a singer was murdered in an “anti-gay” camp in Chechnya', title: 'Reports indicate that a singer was murdered in an “anti-gay” camp in Chechnya', kind: 'article'});
CREATE (:Document {key: 'presentes-read-also-crimes-against-humanity', name: 'Torture of gays in Chechnya: “These are crimes against humanity”', title: 'Torture of gays in Chechnya: “These are crimes against humanity”', kind: 'article'});

// Referred to in doc-003-2
CREATE (:Document {key: 'gay-hunt-announcement', name: 'Announcement of the search for “gay hunters”', kind: 'announcement', date_text: 'January 19', note: 'Published on a special site created in 2014 that positions itself as an information resource of the Union of Homophobes of Russia, the CIS countries, Syria and Iran.'});

// Referred to in doc-003-4
CREATE (:Document {key: 'resolution-2230', name: 'Resolution 2230 (2018)', kind: 'resolution', date: '2018'});

// Referred to in doc-003-5
CREATE (:Document {key: 'novaya-gazeta-report-january-11', name: 'Novaya Gazeta report of Friday, January 11', kind: 'article', date_text: 'Friday, January 11'});
CREATE (:Document {key: 'meduza-report-friday', name: 'Meduza report of Friday', kind: 'article', date_text: 'Friday'});
CREATE (:Document {key: 'russian-lgbt-network-press-release-january-14', name: 'Russian LGBT Network press release of January 14', kind: 'press release', date_text: 'January 14'});
// Posts in social media groups that doc-003-5 describes (“The posts in question”).
CREATE (:Document {key: 'caucasus-lgbtq-group-posts', name: 'Posts in social media groups dedicated to the LGBTQ community in the Caucasus', kind: 'post', note: 'doc-003-5: anonymous members of these groups urge LGBTQ people to wipe their devices; “The posts in question all urge potential victims to leave Chechnya and the North Caucasus as soon as possible.”'});
CREATE (:Document {key: 'kochetkov-press-release', name: 'Press release by Igor Kochetkov quoted by Meduza', kind: 'press release', note: 'Meduza says only “wrote in a press release”; it may be the January 14 press release, but the text does not say so.'});

// Referred to in doc-004
CREATE (:Document {key: 'russian-lgbt-network-report', name: 'Russian LGBT Network report with survivors’ testimonies', kind: 'report', date_text: 'this week'});
CREATE (:Document {key: 'independent-article', name: 'The Independent’s report on the Russian LGBT Network report', kind: 'article'});
CREATE (:Document {key: 'kochetkov-statement', name: 'Statement by Igor Kochetkov quoted by doc-004', kind: 'statement', note: 'doc-004: “The group’s founder Igor Kochetkov said in a statement”; its date is not given.'});
CREATE (:Document {key: 'kadyrov-hbo-interview', name: 'Ramzan Kadyrov interview with HBO', kind: 'interview', date_text: 'last year'});
