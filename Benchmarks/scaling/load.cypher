// Loads a synthetic actors-and-statements graph written by `dossier-bench scaling`
// (people and organisations say statements, reported in documents, about other actors).
// Run with $dir set to the directory holding the CSV files.

CREATE INDEX person_key FOR (n:Person) ON (n.key);
CREATE INDEX organization_key FOR (n:Organization) ON (n.key);
CREATE INDEX document_key FOR (n:Document) ON (n.key);
CREATE INDEX statement_key FOR (n:Statement) ON (n.key);

LOAD CSV WITH HEADERS FROM $dir + '/people.csv' AS row
CREATE (:Person {key: row.key, name: row.name, born: toInteger(row.born)});

LOAD CSV WITH HEADERS FROM $dir + '/organizations.csv' AS row
CREATE (:Organization {key: row.key, name: row.name, kind: row.kind});

LOAD CSV WITH HEADERS FROM $dir + '/documents.csv' AS row
CREATE (:Document {key: row.key, title: row.title, published: row.published});

LOAD CSV WITH HEADERS FROM $dir + '/statements.csv' AS row
CREATE (:Statement {key: row.key, text: row.text, topic: row.topic, said: row.said});

LOAD CSV WITH HEADERS FROM $dir + '/member_of.csv' AS row
MATCH (p:Person {key: row.person}), (o:Organization {key: row.organization})
CREATE (p)-[:MEMBER_OF {since: toInteger(row.since)}]->(o);

LOAD CSV WITH HEADERS FROM $dir + '/person_said.csv' AS row
MATCH (p:Person {key: row.actor}), (s:Statement {key: row.statement})
CREATE (p)-[:SAID]->(s);

LOAD CSV WITH HEADERS FROM $dir + '/organization_said.csv' AS row
MATCH (o:Organization {key: row.actor}), (s:Statement {key: row.statement})
CREATE (o)-[:SAID]->(s);

LOAD CSV WITH HEADERS FROM $dir + '/reported_in.csv' AS row
MATCH (s:Statement {key: row.statement}), (d:Document {key: row.document})
CREATE (s)-[:REPORTED_IN {page: toInteger(row.page)}]->(d);

LOAD CSV WITH HEADERS FROM $dir + '/about_person.csv' AS row
MATCH (s:Statement {key: row.statement}), (p:Person {key: row.actor})
CREATE (s)-[:ABOUT]->(p);

LOAD CSV WITH HEADERS FROM $dir + '/about_organization.csv' AS row
MATCH (s:Statement {key: row.statement}), (o:Organization {key: row.actor})
CREATE (s)-[:ABOUT]->(o);
