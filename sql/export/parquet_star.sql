-- The star schema as Parquet files for other tools, one file per table; {folder} is the target folder (a quoted
-- SQL literal's content). source_document leaves out the extracted text, which is large and belongs to the reports.
COPY dim_region TO '{folder}/dim_region.parquet' (FORMAT parquet);
COPY dim_unit TO '{folder}/dim_unit.parquet' (FORMAT parquet);
COPY dim_year TO '{folder}/dim_year.parquet' (FORMAT parquet);
COPY dim_report_kind TO '{folder}/dim_report_kind.parquet' (FORMAT parquet);
COPY dim_category TO '{folder}/dim_category.parquet' (FORMAT parquet);
COPY dim_indicator TO '{folder}/dim_indicator.parquet' (FORMAT parquet);
COPY (SELECT * EXCLUDE (extracted_text) FROM source_document) TO '{folder}/source_document.parquet' (FORMAT parquet);
COPY fact_report TO '{folder}/fact_report.parquet' (FORMAT parquet);
COPY fact_indicator TO '{folder}/fact_indicator.parquet' (FORMAT parquet);
COPY fact_spending TO '{folder}/fact_spending.parquet' (FORMAT parquet);
COPY fact_flag TO '{folder}/fact_flag.parquet' (FORMAT parquet);
COPY fact_evidence TO '{folder}/fact_evidence.parquet' (FORMAT parquet);
