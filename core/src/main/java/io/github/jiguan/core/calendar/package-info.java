/**
 * The work calendar: working days, rest days and night hours of Chinese government agencies,
 * asked in Asia/Shanghai, for the rules of docs/reconciliation.md that depend on them (非工作时间用车, the
 * overnight parking check, day counts).
 *
 * <p>{@link io.github.jiguan.core.calendar.WorkCalendar#chinaOfficial()} ships the State Council's
 * holiday arrangements, 《国务院办公厅关于YYYY年部分节假日安排的通知》 for 2020 through 2026 and the
 * 2020 Spring Festival extension (国办发明电〔2020〕1号), as data resources
 * ({@code china-notices.csv}, {@code china-holidays.csv}) that cite each notice's number and date.
 * Each date has a {@link io.github.jiguan.core.calendar.DayKind}; overrides come from code or from
 * a calendar.csv ({@link io.github.jiguan.core.calendar.CalendarCsv}, docs/formats.md). A year without
 * data raises {@link io.github.jiguan.core.calendar.CalendarYearNotCoveredException} unless the
 * caller accepts Monday-to-Friday for such years. Intervals of time are half-open
 * ({@link io.github.jiguan.core.calendar.TimeInterval}).
 *
 * <p>Null policy: parameters are non-null; a null or bad value raises
 * {@link io.github.jiguan.core.InvalidValueException} naming the field. Thread-safety: every type
 * is immutable and thread-safe.
 */
package io.github.jiguan.core.calendar;
