//! `<option>` lists for long selects, built in Rust: the pool search page has over a
//! thousand options, and building them here costs a fraction of a template loop.

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            _ => out.push(c),
        }
    }
    out
}

/// The options for `(value, label)` pairs, marking the one equal to `selected`.
pub fn options<'a>(choices: impl IntoIterator<Item = (String, &'a str)>, selected: &str) -> minijinja::Value {
    let mut html = String::new();
    for (value, label) in choices {
        let mark = if value == selected { " selected" } else { "" };
        html.push_str(&format!(
            "<option value=\"{}\"{mark}>{}</option>",
            escape(&value),
            escape(label)
        ));
    }
    minijinja::Value::from_safe_string(html)
}

/// A long option list rendered once; each page only marks its chosen option.
#[derive(Debug, Clone, Default)]
pub struct OptionList {
    html: String,
}

impl OptionList {
    pub fn new<'a>(choices: impl IntoIterator<Item = (String, &'a str)>) -> Self {
        Self {
            html: options(choices, "").to_string(),
        }
    }

    /// The options with the one whose value is `selected` marked (none if it is not there).
    pub fn selecting(&self, selected: &str) -> minijinja::Value {
        let tag = format!("<option value=\"{}\">", escape(selected));
        let html = match self.html.find(&tag) {
            Some(at) if !selected.is_empty() => {
                let end = at + tag.len() - 1;
                format!("{} selected{}", &self.html[..end], &self.html[end..])
            }
            _ => self.html.clone(),
        };
        minijinja::Value::from_safe_string(html)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_prerendered_list_marks_only_the_exact_value() {
        let list = super::OptionList::new([("1".to_string(), "One"), ("12".to_string(), "Twelve")]);
        let fresh = |selected: &str| {
            super::options([("1".to_string(), "One"), ("12".to_string(), "Twelve")], selected).to_string()
        };
        for selected in ["", "1", "12", "2", "\"><script>"] {
            assert_eq!(list.selecting(selected).to_string(), fresh(selected), "{selected}");
        }
    }

    #[test]
    fn escapes_and_selects() {
        let html = super::options(
            [("1".to_string(), "Bins & <recycling>"), ("2".to_string(), "Parking")],
            "2",
        )
        .to_string();
        assert_eq!(
            html,
            "<option value=\"1\">Bins &amp; &lt;recycling&gt;</option><option value=\"2\" selected>Parking</option>"
        );
    }
}
