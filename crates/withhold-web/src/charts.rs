//! Charts for the console, drawn on the server as inline SVG: no scripts, nothing fetched.
//! Every chart has a text title and description, and its numbers are printed on it, so nothing
//! is told by colour alone.

use std::fmt::Write;

/// Escapes text for SVG/HTML content and attribute values.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Fills for stacked series (the stylesheet gives them the Okabe–Ito colour-blind-safe palette),
/// told apart by the legend's text as well.
const SERIES_CLASSES: [&str; 6] = ["s0", "s1", "s2", "s3", "s4", "s5"];

/// One horizontal bar per label, sized by its value, with `shown` (the value in words and
/// units) written beside it; `empty` is said when there are no bars.
pub fn horizontal_bars(id: &str, title: &str, bars: &[(String, f64, String)], empty: &str) -> String {
    let width = 640.0;
    // Room for the longest label (about 7 px a character at the chart's 13 px type).
    let longest = bars.iter().map(|(l, _, _)| l.chars().count()).max().unwrap_or(0) as f64;
    let label_width = (longest * 7.2 + 12.0).clamp(120.0, 340.0);
    let row = 28.0;
    let height = row * bars.len().max(1) as f64 + 10.0;
    let max = bars.iter().map(|(_, v, _)| *v).fold(0.0_f64, f64::max).max(1e-9);
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg class="chart" id="{id}" role="img" aria-labelledby="{id}-t" viewBox="0 0 {width} {height}" width="100%" preserveAspectRatio="xMinYMin meet"><title id="{id}-t">{}</title>"#,
        escape(title)
    );
    if bars.is_empty() {
        let _ = write!(svg, r#"<text x="0" y="20" class="note">{}</text>"#, escape(empty));
    }
    for (i, (label, value, shown)) in bars.iter().enumerate() {
        let y = i as f64 * row + 4.0;
        let bar = (width - label_width - 110.0) * (value / max);
        let _ = write!(
            svg,
            r#"<text x="{x}" y="{ty}" class="label" text-anchor="end">{label}</text><rect x="{label_width}" y="{y}" width="{bar:.1}" height="{h}" class="bar"/><text x="{vx:.1}" y="{ty}" class="value">{shown}</text>"#,
            x = label_width - 8.0,
            ty = y + 15.0,
            label = escape(label),
            h = row - 8.0,
            vx = label_width + bar + 6.0,
            shown = escape(shown),
        );
    }
    svg.push_str("</svg>");
    svg
}

/// Columns per day, stacked by series; the legend names each series and its total.
pub fn stacked_columns(id: &str, title: &str, days: &[String], series: &[(String, Vec<i64>)]) -> String {
    let (width, height, top, bottom, left) = (640.0, 240.0, 10.0, 40.0, 36.0);
    let plot_height = height - top - bottom;
    let totals: Vec<i64> =
        (0..days.len()).map(|d| series.iter().map(|(_, v)| v.get(d).copied().unwrap_or(0)).sum()).collect();
    let max = totals.iter().copied().max().unwrap_or(0).max(1) as f64;
    let column = (width - left) / days.len().max(1) as f64;
    let legend_rows = series.len().div_ceil(3) as f64;
    let full_height = height + legend_rows * 20.0 + 6.0;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg class="chart" id="{id}" role="img" aria-labelledby="{id}-t" viewBox="0 0 {width} {full_height}" width="100%" preserveAspectRatio="xMinYMin meet"><title id="{id}-t">{}</title>"#,
        escape(title)
    );
    // Axis: zero and the maximum.
    let _ = write!(
        svg,
        r#"<line x1="{left}" y1="{base}" x2="{width}" y2="{base}" class="axis"/><text x="{lx}" y="{base}" class="tick" text-anchor="end">0</text><text x="{lx}" y="{ty}" class="tick" text-anchor="end">{max}</text>"#,
        base = top + plot_height,
        lx = left - 4.0,
        ty = top + 10.0,
        max = max as i64,
    );
    for (d, day) in days.iter().enumerate() {
        let x = left + d as f64 * column + 1.0;
        let mut y = top + plot_height;
        for (s, (name, values)) in series.iter().enumerate() {
            let v = values.get(d).copied().unwrap_or(0);
            if v == 0 {
                continue;
            }
            let h = plot_height * v as f64 / max;
            y -= h;
            let _ = write!(
                svg,
                r#"<rect x="{x:.1}" y="{y:.1}" width="{w:.1}" height="{h:.1}" class="{class}"><title>{day}: {name} {v}</title></rect>"#,
                w = (column - 2.0).max(1.0),
                class = SERIES_CLASSES[s % SERIES_CLASSES.len()],
                day = escape(day),
                name = escape(name),
            );
        }
        // A date under every seventh column, and under the last unless that would crowd the
        // one before it (labels are about four columns wide).
        let last = d + 1 == days.len();
        if d % 7 == 0 || (last && d % 7 >= 4) {
            let _ = write!(
                svg,
                r#"<text x="{x:.1}" y="{ty}" class="tick">{}</text>"#,
                escape(day.get(5..).unwrap_or(day)),
                ty = top + plot_height + 16.0
            );
        }
    }
    for (s, (name, values)) in series.iter().enumerate() {
        let (col, row) = ((s % 3) as f64, (s / 3) as f64);
        let x = left + col * 200.0;
        let y = height + row * 20.0;
        let total: i64 = values.iter().sum();
        let _ = write!(
            svg,
            r#"<rect x="{x}" y="{ry}" width="12" height="12" class="{class}"/><text x="{tx}" y="{ty}" class="label">{name}: {total}</text>"#,
            ry = y - 10.0,
            class = SERIES_CLASSES[s % SERIES_CLASSES.len()],
            tx = x + 18.0,
            ty = y,
            name = escape(name),
        );
    }
    svg.push_str("</svg>");
    svg
}

/// A count as written beside its bar.
pub fn format_number(value: f64) -> String {
    if value.fract() == 0.0 { format!("{}", value as i64) } else { format!("{value:.1}") }
}

/// A duration in the unit that fits it: milliseconds under a second, then seconds, minutes,
/// hours and days (one decimal below ten of a unit).
pub fn duration(ms: i64) -> (f64, &'static str) {
    let ms = ms.max(0) as f64;
    let (value, unit) = match ms {
        v if v < 1_000.0 => (v, "ms"),
        v if v < 60_000.0 => (v / 1_000.0, "s"),
        v if v < 3_600_000.0 => (v / 60_000.0, "min"),
        v if v < 86_400_000.0 => (v / 3_600_000.0, "h"),
        v => (v / 86_400_000.0, "days"),
    };
    let rounded = if value < 10.0 && unit != "ms" { (value * 10.0).round() / 10.0 } else { value.round() };
    (rounded, unit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_escaped_and_values_written() {
        let svg = horizontal_bars(
            "c",
            "States <all>",
            &[("needs_<b>".into(), 3.0, "3".into()), ("honored".into(), 12.0, "12".into())],
            "",
        );
        assert!(svg.contains("needs_&lt;b&gt;") && !svg.contains("<b>"));
        assert!(svg.contains("States &lt;all&gt;"));
        assert!(svg.contains(">12<") && svg.contains(">3<"));
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
    }

    #[test]
    fn stacked_columns_name_every_series_with_its_total() {
        let days = vec!["2026-11-01".to_owned(), "2026-11-02".to_owned()];
        let svg = stacked_columns("d", "Per day", &days, &[("DE".into(), vec![1, 2]), ("FR".into(), vec![0, 4])]);
        assert!(svg.contains("DE: 3") && svg.contains("FR: 4"));
        assert!(svg.contains("2026-11-02: FR 4"));
        assert!(!svg.contains("2026-11-01: FR"), "empty segments are not drawn");
    }

    #[test]
    fn empty_data_says_so() {
        assert!(horizontal_bars("e", "Nothing", &[], "No data yet.").contains("No data yet."));
    }

    #[test]
    fn durations_take_the_unit_that_fits() {
        assert_eq!(duration(42), (42.0, "ms"));
        assert_eq!(duration(850), (850.0, "ms"));
        assert_eq!(duration(1_450), (1.5, "s"));
        assert_eq!(duration(90_000), (1.5, "min"));
        assert_eq!(duration(7_200_000), (2.0, "h"));
        assert_eq!(duration(3 * 86_400_000), (3.0, "days"));
    }

    #[test]
    fn the_last_date_label_does_not_crowd_the_one_before() {
        let days: Vec<String> = (1..=30).map(|d| format!("2026-11-{d:02}")).collect();
        let svg = stacked_columns("d", "Per day", &days, &[("DE".into(), vec![1; 30])]);
        let labels: Vec<&str> = svg.split("class=\"tick\">").skip(1).map(|r| r.split('<').next().unwrap()).collect();
        assert!(labels.contains(&"11-29") && !labels.contains(&"11-30"), "{labels:?}");
        let days: Vec<String> = (1..=26).map(|d| format!("2026-11-{d:02}")).collect();
        let svg = stacked_columns("d", "Per day", &days, &[("DE".into(), vec![1; 26])]);
        assert!(svg.contains(">11-26<") && svg.contains(">11-22<"));
    }
}
