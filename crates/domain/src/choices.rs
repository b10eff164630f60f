//! Finding one entry of a long reference list (the 978 services of the Local Government
//! Service List) from words a person types, instead of scrolling a drop-down.

/// How many matching entries a person is offered to choose from at once.
pub const SHOWN: usize = 12;

/// What the words typed found.
#[derive(Debug, PartialEq, Eq)]
pub enum Found<T> {
    /// Nothing was typed.
    Empty,
    /// The words name one entry: exactly, or as the only one containing them all.
    One(T),
    /// Several contain every word: the first `SHOWN`, best first, and whether there are more.
    Several { first: Vec<T>, more: bool },
    /// None contains every word.
    NoMatch,
}

fn fold(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The entries whose label contains every typed word (any case): those that start with
/// what was typed first, then those with a word starting so, then the rest, each in list
/// order. An exact label wins outright.
pub fn find<'a, T>(items: &'a [T], label: impl Fn(&T) -> &str, typed: &str) -> Found<&'a T> {
    let typed = fold(typed);
    if typed.is_empty() {
        return Found::Empty;
    }
    let words: Vec<&str> = typed.split(' ').collect();
    let mut matching: Vec<(u8, &T)> = Vec::new();
    for item in items {
        let text = fold(label(item));
        if text == typed {
            return Found::One(item);
        }
        if words.iter().all(|w| text.contains(w)) {
            let rank = if text.starts_with(&typed) {
                0
            } else if text.split(' ').any(|w| w.starts_with(words[0])) {
                1
            } else {
                2
            };
            matching.push((rank, item));
        }
    }
    matching.sort_by_key(|(rank, _)| *rank);
    match matching.len() {
        0 => Found::NoMatch,
        1 => Found::One(matching[0].1),
        n => Found::Several {
            first: matching.into_iter().take(SHOWN).map(|(_, item)| item).collect(),
            more: n > SHOWN,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SERVICES: &[&str] = &[
        "Bin collection - missed",
        "Bulky waste collection",
        "Garden waste collection",
        "Missed bin collection",
        "Council tax - discounts",
        "Housing benefit",
    ];

    fn find_label(typed: &str) -> Found<&'static str> {
        match find(SERVICES, |s| s, typed) {
            Found::One(s) => Found::One(*s),
            Found::Several { first, more } => Found::Several {
                first: first.into_iter().copied().collect(),
                more,
            },
            Found::Empty => Found::Empty,
            Found::NoMatch => Found::NoMatch,
        }
    }

    #[test]
    fn exact_names_and_single_matches_are_chosen() {
        assert_eq!(find_label("  housing BENEFIT "), Found::One("Housing benefit"));
        assert_eq!(find_label("tax"), Found::One("Council tax - discounts"));
        assert_eq!(find_label("missed bin collection"), Found::One("Missed bin collection"));
    }

    #[test]
    fn several_matches_put_the_likeliest_first() {
        assert_eq!(
            find_label("waste coll"),
            Found::Several {
                first: vec!["Bulky waste collection", "Garden waste collection"],
                more: false
            }
        );
        assert_eq!(
            find_label("bin"),
            Found::Several {
                first: vec!["Bin collection - missed", "Missed bin collection"],
                more: false
            }
        );
        assert_eq!(
            find_label("coll"),
            Found::Several {
                first: vec![
                    "Bin collection - missed",
                    "Bulky waste collection",
                    "Garden waste collection",
                    "Missed bin collection"
                ],
                more: false
            }
        );
    }

    #[test]
    fn nothing_typed_or_nothing_found() {
        assert_eq!(find_label("   "), Found::Empty);
        assert_eq!(find_label("parking permit"), Found::NoMatch);
    }

    #[test]
    fn long_lists_say_there_are_more() {
        let many: Vec<String> = (0..30).map(|i| format!("Service {i}")).collect();
        match find(&many, |s| s.as_str(), "service") {
            Found::Several { first, more } => {
                assert_eq!(first.len(), SHOWN);
                assert!(more);
            }
            other => panic!("{other:?}"),
        }
    }
}
