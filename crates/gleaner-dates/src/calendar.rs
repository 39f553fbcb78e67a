//! Calendar points of TIMEX3 values ("2022-01-18", "2022-W03", "1998-Q3", "199"), their
//! arithmetic, and the rules that pick a year or a day from the publication date and the tense.

use crate::lexicon::{Tense, Unit};
use gleaner_core::jiff::Span;
use gleaner_core::jiff::civil::{Date, ISOWeekDate, Weekday};

/// A calendar point at some granularity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Point {
    Century(i32),
    Decade(i32),
    Year(i32),
    Half(i32, u8),
    Quarter(i32, u8),
    Season(i32, &'static str),
    Month(i32, u8),
    /// ISO week-numbering year and week.
    Week(i32, u8),
    Weekend(i32, u8),
    Day(Date),
}

/// Years we write as four digits; anything else is not a calendar year.
const YEARS: std::ops::RangeInclusive<i32> = 1..=9999;

impl Point {
    /// The TIMEX3 value.
    pub fn value(&self) -> String {
        match *self {
            Point::Century(c) => format!("{c:02}"),
            Point::Decade(d) => format!("{d:03}"),
            Point::Year(y) => format!("{y:04}"),
            Point::Half(y, h) => format!("{y:04}-H{h}"),
            Point::Quarter(y, q) => format!("{y:04}-Q{q}"),
            Point::Season(y, s) => format!("{y:04}-{s}"),
            Point::Month(y, m) => format!("{y:04}-{m:02}"),
            Point::Week(y, w) => format!("{y:04}-W{w:02}"),
            Point::Weekend(y, w) => format!("{y:04}-W{w:02}-WE"),
            Point::Day(d) => format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
        }
    }

    pub fn year(&self) -> i32 {
        match *self {
            Point::Century(c) => c * 100,
            Point::Decade(d) => d * 10,
            Point::Year(y)
            | Point::Half(y, _)
            | Point::Quarter(y, _)
            | Point::Season(y, _)
            | Point::Month(y, _)
            | Point::Week(y, _)
            | Point::Weekend(y, _) => y,
            Point::Day(d) => i32::from(d.year()),
        }
    }

    /// The point `n` units later (earlier when `n < 0`), kept at this point's granularity.
    /// `None` when the unit is finer than the point ("three days after 2018") or out of range.
    pub fn shift(&self, unit: Unit, n: i32) -> Option<Point> {
        let months = match unit {
            Unit::Month => Some(n),
            Unit::Quarter => n.checked_mul(3),
            Unit::Year => n.checked_mul(12),
            Unit::Decade => n.checked_mul(120),
            Unit::Century => n.checked_mul(1200),
            Unit::Millennium => n.checked_mul(12000),
            _ => None,
        };
        let days = match unit {
            Unit::Day => Some(n),
            Unit::Week | Unit::Weekend => n.checked_mul(7),
            Unit::Fortnight => n.checked_mul(14),
            _ => None,
        };
        let point = match *self {
            Point::Day(d) => match (days, months) {
                (Some(days), _) => Point::Day(add_days(d, days)?),
                (_, Some(months)) => Point::Day(add_months(d, months)?),
                _ => return None,
            },
            Point::Week(y, w) | Point::Weekend(y, w) => {
                let monday = week_monday(y, w)?;
                let moved = match (days, months) {
                    (Some(days), _) => add_days(monday, days)?,
                    (_, Some(months)) => add_months(monday, months)?,
                    _ => return None,
                };
                let (y, w) = iso_week(moved);
                if matches!(self, Point::Weekend(..)) {
                    Point::Weekend(y, w)
                } else {
                    Point::Week(y, w)
                }
            }
            Point::Month(y, m) => {
                let total = (y * 12 + i32::from(m) - 1).checked_add(months?)?;
                Point::Month(total.div_euclid(12), (total.rem_euclid(12) + 1) as u8)
            }
            Point::Quarter(y, q) => {
                let quarters = match unit {
                    Unit::Quarter => n,
                    _ => months? / 3,
                };
                if months? % 3 != 0 {
                    return None;
                }
                let total = (y * 4 + i32::from(q) - 1).checked_add(quarters)?;
                Point::Quarter(total.div_euclid(4), (total.rem_euclid(4) + 1) as u8)
            }
            Point::Half(y, h) => {
                if months? % 6 != 0 {
                    return None;
                }
                let total = (y * 2 + i32::from(h) - 1).checked_add(months? / 6)?;
                Point::Half(total.div_euclid(2), (total.rem_euclid(2) + 1) as u8)
            }
            Point::Year(y) | Point::Season(y, _) => {
                if months? % 12 != 0 {
                    return None;
                }
                let y = y.checked_add(months? / 12)?;
                match *self {
                    Point::Season(_, s) => Point::Season(y, s),
                    _ => Point::Year(y),
                }
            }
            Point::Decade(d) => {
                if months? % 120 != 0 {
                    return None;
                }
                Point::Decade(d.checked_add(months? / 120)?)
            }
            Point::Century(c) => {
                if months? % 1200 != 0 {
                    return None;
                }
                Point::Century(c.checked_add(months? / 1200)?)
            }
        };
        YEARS.contains(&point.year()).then_some(point)
    }

    /// This point cut to the granularity of `unit` ("that year" of a day is its year).
    pub fn at_granularity(&self, unit: Unit) -> Option<Point> {
        let day = self.first_day();
        let year = self.year();
        Some(match unit {
            Unit::Day => Point::Day(day?),
            Unit::Week => {
                let (y, w) = iso_week(day?);
                Point::Week(y, w)
            }
            Unit::Weekend => {
                let (y, w) = iso_week(day?);
                Point::Weekend(y, w)
            }
            Unit::Month => match *self {
                Point::Month(..) => *self,
                _ => {
                    let d = day?;
                    Point::Month(i32::from(d.year()), d.month() as u8)
                }
            },
            Unit::Quarter => match *self {
                Point::Quarter(..) => *self,
                Point::Month(y, m) => Point::Quarter(y, (m - 1) / 3 + 1),
                _ => {
                    let d = day?;
                    Point::Quarter(i32::from(d.year()), (d.month() as u8 - 1) / 3 + 1)
                }
            },
            Unit::Year => Point::Year(year),
            Unit::Decade => Point::Decade(year.div_euclid(10)),
            Unit::Century => Point::Century(year.div_euclid(100)),
            _ => return None,
        })
    }

    /// The first day of a point of a month or finer.
    fn first_day(&self) -> Option<Date> {
        match *self {
            Point::Day(d) => Some(d),
            Point::Week(y, w) | Point::Weekend(y, w) => week_monday(y, w),
            Point::Month(y, m) => date(y, m, 1),
            _ => None,
        }
    }
}

pub fn date(year: i32, month: u8, day: u8) -> Option<Date> {
    let year = i16::try_from(year).ok()?;
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

pub fn add_days(d: Date, days: i32) -> Option<Date> {
    let span = Span::new().try_days(i64::from(days)).ok()?;
    d.checked_add(span).ok()
}

/// Add months, clamping the day to the month's length (Jan 31 + 1 month is Feb 28 or 29).
pub fn add_months(d: Date, months: i32) -> Option<Date> {
    let span = Span::new().try_months(i64::from(months)).ok()?;
    d.checked_add(span).ok()
}

/// ISO week-numbering year and week of a date (Jan 1 2021 is in 2020-W53).
pub fn iso_week(d: Date) -> (i32, u8) {
    let w = d.iso_week_date();
    (i32::from(w.year()), w.week() as u8)
}

pub fn week_monday(year: i32, week: u8) -> Option<Date> {
    let year = i16::try_from(year).ok()?;
    let week = i8::try_from(week).ok()?;
    ISOWeekDate::new(year, week, Weekday::Monday)
        .ok()
        .map(|w| w.date())
}

/// ISO weekday number, Monday = 1.
pub fn weekday_number(d: Date) -> u8 {
    d.weekday().to_monday_one_offset() as u8
}

/// The `weekday` (1-7) nearest `dct` in the direction the tense says: on or before it for the
/// past (and when the tense is unknown: news reports what happened), on or after it for the future.
pub fn resolve_weekday(dct: Date, weekday: u8, tense: Tense) -> Option<Date> {
    let today = i32::from(weekday_number(dct));
    let target = i32::from(weekday);
    match tense {
        Tense::Future => add_days(dct, (target - today).rem_euclid(7)),
        _ => add_days(dct, -(today - target).rem_euclid(7)),
    }
}

/// The weekday strictly before (`last Friday`) or strictly after (`next Friday`) the date.
pub fn strict_weekday(dct: Date, weekday: u8, forward: bool) -> Option<Date> {
    let today = i32::from(weekday_number(dct));
    let target = i32::from(weekday);
    if forward {
        let ahead = (target - today).rem_euclid(7);
        add_days(dct, if ahead == 0 { 7 } else { ahead })
    } else {
        let back = (today - target).rem_euclid(7);
        add_days(dct, -(if back == 0 { 7 } else { back }))
    }
}

/// Days from `a` to `b`.
pub fn days_between(a: Date, b: Date) -> i64 {
    a.until(b)
        .ok()
        .map_or(i64::MAX / 4, |s| i64::from(s.get_days()))
}

/// The year for a month and day written without one: the occurrence nearest the publication
/// date, unless the tense says the other side and the nearest is more than about two and a half
/// months off. (News announces dates a
/// few weeks ahead in the past tense: "said it will redeem the shares Dec. 7".)
pub fn resolve_month_day(dct: Date, month: u8, day: u8, tense: Tense) -> Option<Date> {
    let year = i32::from(dct.year());
    let candidates: Vec<Date> = [year - 1, year, year + 1]
        .iter()
        .filter_map(|&y| date(y, month, day))
        .collect();
    let nearest = *candidates
        .iter()
        .min_by_key(|c| days_between(dct, **c).abs())?;
    let offset = days_between(dct, nearest);
    match tense {
        Tense::Past if offset > 75 => candidates.iter().rev().find(|c| **c <= dct).copied(),
        Tense::Future if offset < -75 => candidates.iter().find(|c| **c >= dct).copied(),
        // With no tense, news reports what happened: a date far ahead is the last one.
        Tense::Unknown if offset > 120 => candidates.iter().rev().find(|c| **c <= dct).copied(),
        _ => Some(nearest),
    }
}

/// The year of a month written without one ("in March"): the latest such month up to the
/// publication month for the past, the next one from it for the future, else the nearest.
pub fn resolve_month(dct: Date, month: u8, tense: Tense) -> i32 {
    let year = i32::from(dct.year());
    let now = dct.month() as u8;
    match tense {
        // A past-tense sentence may still be about a month just ahead ("set for mid-November").
        Tense::Past => {
            let ahead = (i32::from(month) - i32::from(now)).rem_euclid(12);
            if ahead == 1 {
                if month < now { year + 1 } else { year }
            } else if month <= now {
                year
            } else {
                year - 1
            }
        }
        Tense::Future => {
            if month >= now {
                year
            } else {
                year + 1
            }
        }
        // No tense: news mostly reports the past, but a month just ahead is an upcoming one.
        _ => {
            let ahead = (i32::from(month) - i32::from(now)).rem_euclid(12);
            match (ahead <= 3, month < now) {
                (true, true) => year + 1,
                (true, false) => year,
                (false, _) if month <= now => year,
                (false, _) => year - 1,
            }
        }
    }
}

/// The month a season is mostly in, to compare seasons with dates.
pub fn season_month(season: &str) -> u8 {
    match season {
        "SP" => 4,
        "SU" => 7,
        "FA" => 10,
        _ => 1,
    }
}

/// Western Easter Sunday (anonymous Gregorian algorithm).
pub fn easter(year: i32) -> Option<Date> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    date(year, month as u8, day as u8)
}

/// The `nth` ISO weekday of a month (`nth == 0`: the last one).
pub fn nth_weekday(year: i32, month: u8, nth: u8, weekday: u8) -> Option<Date> {
    let first = date(year, month, 1)?;
    if nth == 0 {
        let last = first.last_of_month();
        let back = (i32::from(weekday_number(last)) - i32::from(weekday)).rem_euclid(7);
        return add_days(last, -back);
    }
    let ahead = (i32::from(weekday) - i32::from(weekday_number(first))).rem_euclid(7);
    let d = add_days(first, ahead + 7 * (i32::from(nth) - 1))?;
    (d.month() as u8 == month).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap_or_default()
    }

    #[test]
    fn weekdays_follow_the_tense() {
        // 2022-01-27 is a Thursday.
        let dct = d("2022-01-27");
        assert_eq!(resolve_weekday(dct, 2, Tense::Past), Some(d("2022-01-25")));
        assert_eq!(
            resolve_weekday(dct, 2, Tense::Unknown),
            Some(d("2022-01-25"))
        );
        assert_eq!(
            resolve_weekday(dct, 2, Tense::Future),
            Some(d("2022-02-01"))
        );
        assert_eq!(resolve_weekday(dct, 4, Tense::Past), Some(dct));
        assert_eq!(resolve_weekday(dct, 4, Tense::Future), Some(dct));
        assert_eq!(strict_weekday(dct, 4, false), Some(d("2022-01-20")));
        assert_eq!(strict_weekday(dct, 4, true), Some(d("2022-02-03")));
    }

    #[test]
    fn iso_weeks_across_year_ends() {
        assert_eq!(iso_week(d("2021-01-01")), (2020, 53));
        assert_eq!(iso_week(d("2024-12-30")), (2025, 1));
        assert_eq!(iso_week(d("2022-01-27")), (2022, 4));
        assert_eq!(
            Point::Week(2021, 1).shift(Unit::Week, -1),
            Some(Point::Week(2020, 53))
        );
        assert_eq!(
            Point::Week(2020, 53).shift(Unit::Week, 1),
            Some(Point::Week(2021, 1))
        );
        assert_eq!(Point::Week(2022, 3).value(), "2022-W03");
    }

    #[test]
    fn leap_years() {
        assert_eq!(
            date(2024, 2, 29).map(|x| x.to_string()),
            Some("2024-02-29".into())
        );
        assert_eq!(date(2023, 2, 29), None);
        assert_eq!(date(1900, 2, 29), None);
        assert!(date(2000, 2, 29).is_some());
        assert_eq!(add_months(d("2024-02-29"), -12), Some(d("2023-02-28")));
        assert_eq!(
            Point::Day(d("2024-02-29")).shift(Unit::Year, 4),
            Some(Point::Day(d("2028-02-29")))
        );
        assert_eq!(
            Point::Day(d("2024-02-28")).shift(Unit::Day, 1),
            Some(Point::Day(d("2024-02-29")))
        );
        // Feb 29 without a year, published in 2025: the nearest Feb 29 is 2024's.
        assert_eq!(
            resolve_month_day(d("2025-03-10"), 2, 29, Tense::Unknown),
            Some(d("2024-02-29"))
        );
    }

    #[test]
    fn month_days_and_months_follow_the_tense() {
        let dct = d("1989-10-31");
        assert_eq!(
            resolve_month_day(dct, 1, 31, Tense::Past),
            Some(d("1989-01-31"))
        );
        assert_eq!(
            resolve_month_day(dct, 1, 31, Tense::Future),
            Some(d("1990-01-31"))
        );
        assert_eq!(
            resolve_month_day(dct, 12, 15, Tense::Unknown),
            Some(d("1989-12-15"))
        );
        // A few weeks ahead stays ahead even in a past-tense sentence.
        assert_eq!(
            resolve_month_day(dct, 11, 3, Tense::Past),
            Some(d("1989-11-03"))
        );
        assert_eq!(
            resolve_month_day(dct, 12, 7, Tense::Past),
            Some(d("1989-12-07"))
        );
        assert_eq!(resolve_month(d("2021-06-24"), 3, Tense::Past), 2021);
        assert_eq!(resolve_month(d("2021-06-24"), 9, Tense::Past), 2020);
        assert_eq!(resolve_month(d("2021-06-24"), 7, Tense::Past), 2021);
        assert_eq!(resolve_month(d("2022-01-27"), 3, Tense::Past), 2021);
        assert_eq!(resolve_month(d("2021-06-24"), 3, Tense::Future), 2022);
        assert_eq!(resolve_month(d("2021-12-20"), 1, Tense::Unknown), 2022);
        assert_eq!(resolve_month(d("1989-10-30"), 3, Tense::Unknown), 1989);
        assert_eq!(resolve_month(d("1989-10-30"), 11, Tense::Unknown), 1989);
        assert_eq!(resolve_month(d("1989-10-30"), 1, Tense::Unknown), 1990);
        assert_eq!(resolve_month(d("1989-03-30"), 12, Tense::Unknown), 1988);
    }

    #[test]
    fn points_shift_at_their_granularity() {
        assert_eq!(
            Point::Quarter(1989, 3).shift(Unit::Year, -1),
            Some(Point::Quarter(1988, 3))
        );
        assert_eq!(
            Point::Quarter(1989, 1).shift(Unit::Quarter, -1),
            Some(Point::Quarter(1988, 4))
        );
        assert_eq!(
            Point::Month(2022, 1).shift(Unit::Month, -1),
            Some(Point::Month(2021, 12))
        );
        assert_eq!(
            Point::Year(2018).shift(Unit::Year, 1),
            Some(Point::Year(2019))
        );
        assert_eq!(Point::Year(2018).shift(Unit::Day, 1), None);
        assert_eq!(Point::Decade(199).value(), "199");
        assert_eq!(Point::Century(18).value(), "18");
        assert_eq!(
            Point::Day(d("2022-01-27")).at_granularity(Unit::Week),
            Some(Point::Week(2022, 4))
        );
    }

    #[test]
    fn holidays() {
        assert_eq!(easter(2024), Some(d("2024-03-31")));
        assert_eq!(easter(2019), Some(d("2019-04-21")));
        assert_eq!(nth_weekday(2022, 11, 4, 4), Some(d("2022-11-24")));
        assert_eq!(nth_weekday(2022, 5, 0, 1), Some(d("2022-05-30")));
    }
}
