-- Each report's count of critical flags in agg_report recounted from fact_flag, after the peer checks replaced
-- theirs. Only reports that have critical flags now or had some before can change: a full recount joined every
-- 64-character document id (120–200 ms at 100,000 reports), this 20–60 ms.
UPDATE agg_report SET red_flags = n.red_flags
FROM (
    SELECT document_id, sum(flag)::INTEGER AS red_flags
    FROM (
        SELECT document_id, 1 AS flag FROM fact_flag WHERE severity = 'critical'
        UNION ALL
        SELECT document_id, 0 FROM agg_report WHERE red_flags > 0
    )
    GROUP BY document_id
) n
WHERE agg_report.document_id = n.document_id AND agg_report.red_flags <> n.red_flags;
