//! Bar charts drawn as SVG on the server, so they need no JavaScript. Each has a title
//! and a description for screen readers; the page shows the same figures in a table.

use crate::options::escape;

/// GOV.UK colours that stay distinct for common colour blindness.
pub const BLUE: &str = "#1d70b8";
pub const ORANGE: &str = "#f47738";

pub struct Series<'a> {
    pub name: &'a str,
    pub colour: &'a str,
    pub values: Vec<i64>,
}

const WIDTH: i64 = 640;
const HEIGHT: i64 = 260;
const LEFT: i64 = 70;
const BOTTOM: i64 = 40;
const TOP: i64 = 30;

fn scale_max(values: impl Iterator<Item = i64>) -> i64 {
    values.map(|v| v.abs()).max().unwrap_or(0).max(1)
}

/// Bars for each category, one per series side by side, with a legend, value axis labels
/// at zero and the maximum, and category labels below.
pub fn grouped_bars(
    id: &str,
    title: &str,
    description: &str,
    categories: &[String],
    series: &[Series<'_>],
    label: impl Fn(i64) -> String,
) -> String {
    let max = scale_max(series.iter().flat_map(|s| s.values.iter().copied()));
    let plot_w = WIDTH - LEFT - 10;
    let plot_h = HEIGHT - BOTTOM - TOP;
    let group_w = plot_w / (categories.len().max(1) as i64);
    let bar_w = ((group_w - 6) / (series.len().max(1) as i64)).max(2);
    let mut svg = format!(
        "<svg class=\"app-chart\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" \
         xmlns=\"http://www.w3.org/2000/svg\"><title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        escape(title),
        escape(description)
    );
    let base = TOP + plot_h;
    svg.push_str(&format!(
        "<line x1=\"{LEFT}\" y1=\"{base}\" x2=\"{}\" y2=\"{base}\" stroke=\"#0b0c0c\"/>",
        WIDTH - 10
    ));
    svg.push_str(&format!(
        "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"12\" fill=\"#0b0c0c\">{}</text>\
         <text x=\"{}\" y=\"{base}\" text-anchor=\"end\" font-size=\"12\" fill=\"#0b0c0c\">{}</text>",
        LEFT - 6,
        TOP + 4,
        escape(&label(max)),
        LEFT - 6,
        escape(&label(0))
    ));
    for (ci, category) in categories.iter().enumerate() {
        let gx = LEFT + ci as i64 * group_w + 3;
        for (si, s) in series.iter().enumerate() {
            let v = s.values.get(ci).copied().unwrap_or(0).max(0);
            let h = v * plot_h / max;
            svg.push_str(&format!(
                "<rect x=\"{}\" y=\"{}\" width=\"{bar_w}\" height=\"{h}\" fill=\"{}\"/>",
                gx + si as i64 * bar_w,
                base - h,
                s.colour
            ));
        }
        svg.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#0b0c0c\">{}</text>",
            gx + group_w / 2 - 3,
            base + 16,
            escape(category)
        ));
    }
    for (si, s) in series.iter().enumerate() {
        let x = LEFT + si as i64 * 180;
        svg.push_str(&format!(
            "<rect x=\"{x}\" y=\"6\" width=\"14\" height=\"14\" fill=\"{}\"/>\
             <text x=\"{}\" y=\"18\" font-size=\"13\" fill=\"#0b0c0c\">{}</text>",
            s.colour,
            x + 20,
            escape(s.name)
        ));
    }
    svg.push_str("</svg>");
    svg
}

/// One horizontal bar per row, labelled with its name and value.
pub fn horizontal_bars(
    id: &str,
    title: &str,
    description: &str,
    rows: &[(String, i64)],
    label: impl Fn(i64) -> String,
) -> String {
    let row_h = 26;
    let height = rows.len().max(1) as i64 * row_h + 10;
    let max = scale_max(rows.iter().map(|r| r.1));
    let name_w = 250;
    let plot_w = WIDTH - name_w - 110;
    let mut svg = format!(
        "<svg class=\"app-chart\" viewBox=\"0 0 {WIDTH} {height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" \
         xmlns=\"http://www.w3.org/2000/svg\"><title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        escape(title),
        escape(description)
    );
    for (i, (name, value)) in rows.iter().enumerate() {
        let y = 5 + i as i64 * row_h;
        let w = value.max(&0) * plot_w / max;
        let short: String = name.chars().take(38).collect();
        svg.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"12\" fill=\"#0b0c0c\">{}</text>\
             <rect x=\"{name_w}\" y=\"{y}\" width=\"{w}\" height=\"18\" fill=\"{BLUE}\"/>\
             <text x=\"{}\" y=\"{}\" font-size=\"12\" fill=\"#0b0c0c\">{}</text>",
            name_w - 6,
            y + 13,
            escape(&short),
            name_w + w + 6,
            y + 13,
            escape(&label(*value))
        ));
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest_value_and_text_is_escaped() {
        let svg = grouped_bars(
            "c",
            "Income & spend",
            "By month",
            &["Nov".into(), "Dec".into()],
            &[
                Series {
                    name: "Income",
                    colour: BLUE,
                    values: vec![50, 100],
                },
                Series {
                    name: "Spend",
                    colour: ORANGE,
                    values: vec![0, 25],
                },
            ],
            |v| v.to_string(),
        );
        assert!(svg.contains("<title id=\"c-title\">Income &amp; spend</title>"));
        // The plot is 190 high: 100 fills it, 50 half of it.
        assert!(svg.contains("height=\"190\"") && svg.contains("height=\"95\""));
        let h = horizontal_bars("h", "By role", "d", &[("<Developer>".into(), 10)], |v| v.to_string());
        assert!(h.contains("&lt;Developer&gt;") && !h.contains("<Developer>"));
        assert!(horizontal_bars("e", "t", "d", &[], |v| v.to_string()).ends_with("</svg>"));
    }
}
