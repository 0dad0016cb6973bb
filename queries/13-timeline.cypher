// Timeline: what happened when? Every dated event, statement and document, in date order.
// Dates are ISO 8601 prefixes at the precision the text gives ('2017', '2018-12',
// '2019-01-19'), so they sort as text. Things dated only in words ("January 20", "last
// year") are in `date_text` / `start_text` and are not listed here (see query 17).
MATCH (n)
WHERE (n:Event AND n.start IS NOT NULL) OR ((n:Statement OR n:Document) AND n.date IS NOT NULL)
WITH n,
     CASE WHEN n:Event THEN n.start ELSE n.date END AS date,
     CASE WHEN n:Event THEN 'Event' WHEN n:Statement THEN 'Statement' ELSE 'Document' END AS kind
RETURN date, n.end AS until, kind, n.name AS what, n.key AS key
ORDER BY date, kind, key
