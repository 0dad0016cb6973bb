// Loads the LDBC SNB SF0.1 CSV files (manifest: ../shared/bench/ldbc_common.py) into Dossier.
// Run with the parameter $data set to the data directory, e.g.
//   dossier-bench ldbc --data ../shared/bench-data/ldbc-sf01 ...
// Columns are read by position; files with a header line skip it (WITH row SKIP 1).

CREATE INDEX person_id FOR (n:Person) ON (n.id);
CREATE INDEX comment_id FOR (n:Comment) ON (n.id);
CREATE INDEX post_id FOR (n:Post) ON (n.id);
CREATE INDEX forum_id FOR (n:Forum) ON (n.id);
CREATE INDEX organisation_id FOR (n:Organisation) ON (n.id);
CREATE INDEX place_id FOR (n:Place) ON (n.id);
CREATE INDEX tag_id FOR (n:Tag) ON (n.id);
CREATE INDEX tagclass_id FOR (n:TagClass) ON (n.id);

// Person <- Person.csv
LOAD CSV FROM $data + '/Person.csv' AS row FIELDTERMINATOR '|'
WITH row SKIP 1
CREATE (:Person {id: toInteger(row[0]), firstName: row[1], lastName: row[2], gender: row[3], birthday: toInteger(row[4]), creationDate: toInteger(row[5]), locationIP: row[6], browserUsed: row[7]});

// Comment <- derived/Comment.csv
LOAD CSV FROM $data + '/derived/Comment.csv' AS row FIELDTERMINATOR '|'
WITH row SKIP 1
CREATE (:Comment {id: toInteger(row[0])});

// Post <- derived/Post.csv
LOAD CSV FROM $data + '/derived/Post.csv' AS row FIELDTERMINATOR '|'
WITH row SKIP 1
CREATE (:Post {id: toInteger(row[0])});

// Forum <- Forum.csv
LOAD CSV FROM $data + '/Forum.csv' AS row FIELDTERMINATOR '|'
WITH row SKIP 1
CREATE (:Forum {id: toInteger(row[0]), title: row[1], creationDate: toInteger(row[2])});

// Organisation <- Organisation.csv
LOAD CSV FROM $data + '/Organisation.csv' AS row FIELDTERMINATOR '|'
WITH row SKIP 1
CREATE (:Organisation {id: toInteger(row[0]), label: row[1], name: row[2], url: row[3]});

// Place <- Place.csv
LOAD CSV FROM $data + '/Place.csv' AS row FIELDTERMINATOR '|'
WITH row SKIP 1
CREATE (:Place {id: toInteger(row[0]), name: row[1], url: row[2], label: row[3]});

// Tag <- Tag.csv
LOAD CSV FROM $data + '/Tag.csv' AS row FIELDTERMINATOR '|'
WITH row SKIP 1
CREATE (:Tag {id: toInteger(row[0]), name: row[1], url: row[2]});

// TagClass <- TagClass.csv
LOAD CSV FROM $data + '/TagClass.csv' AS row FIELDTERMINATOR '|'
WITH row SKIP 1
CREATE (:TagClass {id: toInteger(row[0]), name: row[1], url: row[2]});

// (Person)-[:knows]->(Person) <- Person_knows_Person.csv
LOAD CSV FROM $data + '/Person_knows_Person.csv' AS row FIELDTERMINATOR '|'
WITH row SKIP 1
MATCH (a:Person {id: toInteger(row[0])}), (b:Person {id: toInteger(row[1])})
CREATE (a)-[:knows {creationDate: toInteger(row[2])}]->(b);

// (Person)-[:knows]->(Person) <- Person_knows_Person_1.csv
LOAD CSV FROM $data + '/Person_knows_Person_1.csv' AS row FIELDTERMINATOR '|'
WITH row SKIP 1
MATCH (a:Person {id: toInteger(row[0])}), (b:Person {id: toInteger(row[1])})
CREATE (a)-[:knows {creationDate: toInteger(row[2])}]->(b);

// (Comment)-[:hasCreator]->(Person) <- Comment_hasCreator_Person.csv
LOAD CSV FROM $data + '/Comment_hasCreator_Person.csv' AS row FIELDTERMINATOR '|'
WITH row SKIP 1
MATCH (a:Comment {id: toInteger(row[0])}), (b:Person {id: toInteger(row[1])})
CREATE (a)-[:hasCreator]->(b);

// (Comment)-[:hasCreator]->(Person) <- Comment_hasCreator_Person_1.csv
LOAD CSV FROM $data + '/Comment_hasCreator_Person_1.csv' AS row FIELDTERMINATOR '|'
MATCH (a:Comment {id: toInteger(row[0])}), (b:Person {id: toInteger(row[1])})
CREATE (a)-[:hasCreator]->(b);

// (Post)-[:hasCreator]->(Person) <- Post_hasCreator_Person.csv
LOAD CSV FROM $data + '/Post_hasCreator_Person.csv' AS row FIELDTERMINATOR '|'
WITH row SKIP 1
MATCH (a:Post {id: toInteger(row[0])}), (b:Person {id: toInteger(row[1])})
CREATE (a)-[:hasCreator]->(b);

// (Comment)-[:replyOf]->(Comment) <- Comment_replyOf_Comment.csv
LOAD CSV FROM $data + '/Comment_replyOf_Comment.csv' AS row FIELDTERMINATOR '|'
WITH row SKIP 1
MATCH (a:Comment {id: toInteger(row[0])}), (b:Comment {id: toInteger(row[1])})
CREATE (a)-[:replyOf]->(b);

// (Comment)-[:replyOf]->(Post) <- Comment_replyOf_Post.csv
LOAD CSV FROM $data + '/Comment_replyOf_Post.csv' AS row FIELDTERMINATOR '|'
WITH row SKIP 1
MATCH (a:Comment {id: toInteger(row[0])}), (b:Post {id: toInteger(row[1])})
CREATE (a)-[:replyOf]->(b);

// (Comment)-[:hasTag]->(Tag) <- Comment_hasTag_Tag.csv
LOAD CSV FROM $data + '/Comment_hasTag_Tag.csv' AS row FIELDTERMINATOR '|'
WITH row SKIP 1
MATCH (a:Comment {id: toInteger(row[0])}), (b:Tag {id: toInteger(row[1])})
CREATE (a)-[:hasTag]->(b);

// (Comment)-[:hasTag]->(Tag) <- Comment_hasTag_Tag_1.csv
LOAD CSV FROM $data + '/Comment_hasTag_Tag_1.csv' AS row FIELDTERMINATOR '|'
MATCH (a:Comment {id: toInteger(row[0])}), (b:Tag {id: toInteger(row[1])})
CREATE (a)-[:hasTag]->(b);

// (Post)-[:hasTag]->(Tag) <- Post_hasTag_Tag.csv
LOAD CSV FROM $data + '/Post_hasTag_Tag.csv' AS row FIELDTERMINATOR '|'
WITH row SKIP 1
MATCH (a:Post {id: toInteger(row[0])}), (b:Tag {id: toInteger(row[1])})
CREATE (a)-[:hasTag]->(b);

// (Forum)-[:hasTag]->(Tag) <- Forum_hasTag_Tag.csv
LOAD CSV FROM $data + '/Forum_hasTag_Tag.csv' AS row FIELDTERMINATOR '|'
WITH row SKIP 1
MATCH (a:Forum {id: toInteger(row[0])}), (b:Tag {id: toInteger(row[1])})
CREATE (a)-[:hasTag]->(b);

// (Comment)-[:isLocatedIn]->(Place) <- Comment_isLocatedIn_Place.csv
LOAD CSV FROM $data + '/Comment_isLocatedIn_Place.csv' AS row FIELDTERMINATOR '|'
WITH row SKIP 1
MATCH (a:Comment {id: toInteger(row[0])}), (b:Place {id: toInteger(row[1])})
CREATE (a)-[:isLocatedIn]->(b);

// (Comment)-[:isLocatedIn]->(Place) <- Comment_isLocatedIn_Place_1.csv
LOAD CSV FROM $data + '/Comment_isLocatedIn_Place_1.csv' AS row FIELDTERMINATOR '|'
MATCH (a:Comment {id: toInteger(row[0])}), (b:Place {id: toInteger(row[1])})
CREATE (a)-[:isLocatedIn]->(b);

// (Post)-[:isLocatedIn]->(Place) <- Post_isLocatedIn_Place.csv
LOAD CSV FROM $data + '/Post_isLocatedIn_Place.csv' AS row FIELDTERMINATOR '|'
WITH row SKIP 1
MATCH (a:Post {id: toInteger(row[0])}), (b:Place {id: toInteger(row[1])})
CREATE (a)-[:isLocatedIn]->(b);

// (Person)-[:isLocatedIn]->(Place) <- Person_isLocatedIn_Place.csv
LOAD CSV FROM $data + '/Person_isLocatedIn_Place.csv' AS row FIELDTERMINATOR '|'
WITH row SKIP 1
MATCH (a:Person {id: toInteger(row[0])}), (b:Place {id: toInteger(row[1])})
CREATE (a)-[:isLocatedIn]->(b);

// (Organisation)-[:isLocatedIn]->(Place) <- Organisation_isLocatedIn_Place.csv
LOAD CSV FROM $data + '/Organisation_isLocatedIn_Place.csv' AS row FIELDTERMINATOR '|'
WITH row SKIP 1
MATCH (a:Organisation {id: toInteger(row[0])}), (b:Place {id: toInteger(row[1])})
CREATE (a)-[:isLocatedIn]->(b);

// (Person)-[:likes]->(Comment) <- Person_likes_Comment.csv
LOAD CSV FROM $data + '/Person_likes_Comment.csv' AS row FIELDTERMINATOR '|'
WITH row SKIP 1
MATCH (a:Person {id: toInteger(row[0])}), (b:Comment {id: toInteger(row[1])})
CREATE (a)-[:likes {creationDate: toInteger(row[2])}]->(b);

// (Person)-[:likes]->(Comment) <- Person_likes_Comment_1.csv
LOAD CSV FROM $data + '/Person_likes_Comment_1.csv' AS row FIELDTERMINATOR '|'
WITH row SKIP 1
MATCH (a:Person {id: toInteger(row[0])}), (b:Comment {id: toInteger(row[1])})
CREATE (a)-[:likes {creationDate: toInteger(row[2])}]->(b);

// (Person)-[:likes]->(Post) <- Person_likes_Post.csv
LOAD CSV FROM $data + '/Person_likes_Post.csv' AS row FIELDTERMINATOR '|'
WITH row SKIP 1
MATCH (a:Person {id: toInteger(row[0])}), (b:Post {id: toInteger(row[1])})
CREATE (a)-[:likes {creationDate: toInteger(row[2])}]->(b);

// (Person)-[:likes]->(Post) <- Person_likes_Post_1.csv
LOAD CSV FROM $data + '/Person_likes_Post_1.csv' AS row FIELDTERMINATOR '|'
MATCH (a:Person {id: toInteger(row[0])}), (b:Post {id: toInteger(row[1])})
CREATE (a)-[:likes {creationDate: toInteger(row[2])}]->(b);

// (Forum)-[:containerOf]->(Post) <- Forum_containerOf_Post.csv
LOAD CSV FROM $data + '/Forum_containerOf_Post.csv' AS row FIELDTERMINATOR '|'
WITH row SKIP 1
MATCH (a:Forum {id: toInteger(row[0])}), (b:Post {id: toInteger(row[1])})
CREATE (a)-[:containerOf]->(b);

// (Forum)-[:hasModerator]->(Person) <- Forum_hasModerator_Person.csv
LOAD CSV FROM $data + '/Forum_hasModerator_Person.csv' AS row FIELDTERMINATOR '|'
WITH row SKIP 1
MATCH (a:Forum {id: toInteger(row[0])}), (b:Person {id: toInteger(row[1])})
CREATE (a)-[:hasModerator]->(b);

// (Person)-[:hasInterest]->(Tag) <- Person_hasInterest_Tag.csv
LOAD CSV FROM $data + '/Person_hasInterest_Tag.csv' AS row FIELDTERMINATOR '|'
WITH row SKIP 1
MATCH (a:Person {id: toInteger(row[0])}), (b:Tag {id: toInteger(row[1])})
CREATE (a)-[:hasInterest]->(b);

// (Person)-[:studyAt]->(Organisation) <- Person_studyAt_Organisation.csv
LOAD CSV FROM $data + '/Person_studyAt_Organisation.csv' AS row FIELDTERMINATOR '|'
WITH row SKIP 1
MATCH (a:Person {id: toInteger(row[0])}), (b:Organisation {id: toInteger(row[1])})
CREATE (a)-[:studyAt {classYear: toInteger(row[2])}]->(b);

// (Person)-[:workAt]->(Organisation) <- Person_workAt_Organisation.csv
LOAD CSV FROM $data + '/Person_workAt_Organisation.csv' AS row FIELDTERMINATOR '|'
WITH row SKIP 1
MATCH (a:Person {id: toInteger(row[0])}), (b:Organisation {id: toInteger(row[1])})
CREATE (a)-[:workAt {workFrom: toInteger(row[2])}]->(b);

// (Place)-[:isPartOf]->(Place) <- Place_isPartOf_Place.csv
LOAD CSV FROM $data + '/Place_isPartOf_Place.csv' AS row FIELDTERMINATOR '|'
WITH row SKIP 1
MATCH (a:Place {id: toInteger(row[0])}), (b:Place {id: toInteger(row[1])})
CREATE (a)-[:isPartOf]->(b);

// (Tag)-[:hasType]->(TagClass) <- Tag_hasType_TagClass.csv
LOAD CSV FROM $data + '/Tag_hasType_TagClass.csv' AS row FIELDTERMINATOR '|'
WITH row SKIP 1
MATCH (a:Tag {id: toInteger(row[0])}), (b:TagClass {id: toInteger(row[1])})
CREATE (a)-[:hasType]->(b);

// (TagClass)-[:isSubclassOf]->(TagClass) <- TagClass_isSubclassOf_TagClass.csv
LOAD CSV FROM $data + '/TagClass_isSubclassOf_TagClass.csv' AS row FIELDTERMINATOR '|'
WITH row SKIP 1
MATCH (a:TagClass {id: toInteger(row[0])}), (b:TagClass {id: toInteger(row[1])})
CREATE (a)-[:isSubclassOf]->(b);
