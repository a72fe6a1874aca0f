//! Calendar dates from Unix time, in the few formats mp-golive writes. One algorithm
//! (Howard Hinnant's civil-from-days), so no date crate is needed.

/// Days since 1970-01-01 to (year, month, day).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// `2026-01-31` for Unix seconds (UTC).
pub fn ymd(unix_secs: i64) -> String {
    let (y, m, d) = civil_from_days(unix_secs.div_euclid(86_400));
    format!("{y:04}-{m:02}-{d:02}")
}

/// `2026-01-31T09:05:07.123-03:00`: Unix milliseconds shown at a fixed UTC offset in hours,
/// the shape Mercado Pago's API uses for dates.
pub fn iso_at_offset(unix_millis: i64, offset_hours: i64) -> String {
    let local = unix_millis + offset_hours * 3_600_000;
    let (secs, ms) = (local.div_euclid(1000), local.rem_euclid(1000));
    let tod = secs.rem_euclid(86_400);
    let sign = if offset_hours < 0 { '-' } else { '+' };
    format!(
        "{}T{:02}:{:02}:{:02}.{ms:03}{sign}{:02}:00",
        ymd(secs),
        tod / 3600,
        tod % 3600 / 60,
        tod % 60,
        offset_hours.abs()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_civil() {
        assert_eq!(ymd(0), "1970-01-01");
        assert_eq!(ymd(1_767_225_600), "2026-01-01");
        assert_eq!(ymd(951_782_400), "2000-02-29");
        assert_eq!(ymd(-86_400), "1969-12-31");
    }

    #[test]
    fn offsets_shift_the_day() {
        assert_eq!(
            iso_at_offset(1_742_505_638_683, -4),
            "2025-03-20T17:20:38.683-04:00"
        );
        assert_eq!(iso_at_offset(0, -3), "1969-12-31T21:00:00.000-03:00");
    }
}
