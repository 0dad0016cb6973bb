// Which events and documents are dated only in words (a day without a
// year, or a relative time such as "last year" or "on Monday")? These are left out of the
// timeline (13-timeline.cypher) because the text gives no year.
MATCH (n)
WHERE n.date_text IS NOT NULL OR n.start_text IS NOT NULL OR n.end_text IS NOT NULL
RETURN CASE WHEN n:Event THEN 'Event' ELSE 'Document' END AS kind, n.name AS what,
       n.date AS date, n.start AS start, n.date_text AS date_text, n.start_text AS start_text,
       n.end_text AS end_text, n.key AS key
ORDER BY kind, key
