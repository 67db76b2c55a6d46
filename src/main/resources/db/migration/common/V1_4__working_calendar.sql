-- Working-day calendar (工作日历): the days that differ from the ordinary week. Monday to Friday are working
-- days and Saturday and Sunday are not, unless a row here says otherwise: HOLIDAY (放假) on a weekday, or
-- WORKDAY (调休上班) on a weekend. Reference data: administrators maintain it at /staff/admin/calendar and
-- enter each next year's schedule when the State Council (国务院办公厅) publishes it.
-- The column is calendar_day, not "day": DAY is a reserved word in H2.
CREATE TABLE working_calendar_day (
    calendar_day DATE         NOT NULL PRIMARY KEY,
    kind         VARCHAR(8)   NOT NULL,
    name         VARCHAR(32)  NOT NULL,
    updated_by   VARCHAR(128) NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_working_calendar_day_kind CHECK (kind IN ('HOLIDAY', 'WORKDAY'))
);

-- 2026 schedule: 国务院办公厅关于2026年部分节假日安排的通知.
INSERT INTO working_calendar_day (calendar_day, kind, name, updated_by, updated_at) VALUES
    (DATE '2026-01-01', 'HOLIDAY', '元旦', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-01-02', 'HOLIDAY', '元旦', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-01-03', 'HOLIDAY', '元旦', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-01-04', 'WORKDAY', '元旦调休', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-02-14', 'WORKDAY', '春节调休', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-02-15', 'HOLIDAY', '春节', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-02-16', 'HOLIDAY', '春节', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-02-17', 'HOLIDAY', '春节', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-02-18', 'HOLIDAY', '春节', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-02-19', 'HOLIDAY', '春节', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-02-20', 'HOLIDAY', '春节', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-02-21', 'HOLIDAY', '春节', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-02-22', 'HOLIDAY', '春节', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-02-23', 'HOLIDAY', '春节', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-02-28', 'WORKDAY', '春节调休', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-04-04', 'HOLIDAY', '清明节', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-04-05', 'HOLIDAY', '清明节', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-04-06', 'HOLIDAY', '清明节', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-05-01', 'HOLIDAY', '劳动节', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-05-02', 'HOLIDAY', '劳动节', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-05-03', 'HOLIDAY', '劳动节', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-05-04', 'HOLIDAY', '劳动节', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-05-05', 'HOLIDAY', '劳动节', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-05-09', 'WORKDAY', '劳动节调休', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-06-19', 'HOLIDAY', '端午节', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-06-20', 'HOLIDAY', '端午节', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-06-21', 'HOLIDAY', '端午节', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-09-20', 'WORKDAY', '国庆节调休', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-09-25', 'HOLIDAY', '中秋节', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-09-26', 'HOLIDAY', '中秋节', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-09-27', 'HOLIDAY', '中秋节', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-10-01', 'HOLIDAY', '国庆节', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-10-02', 'HOLIDAY', '国庆节', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-10-03', 'HOLIDAY', '国庆节', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-10-04', 'HOLIDAY', '国庆节', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-10-05', 'HOLIDAY', '国庆节', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-10-06', 'HOLIDAY', '国庆节', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-10-07', 'HOLIDAY', '国庆节', 'system', CURRENT_TIMESTAMP),
    (DATE '2026-10-10', 'WORKDAY', '国庆节调休', 'system', CURRENT_TIMESTAMP);
