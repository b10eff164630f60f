//! Which language people's own words are written in, Welsh or English, so that a page can
//! mark them (`lang`) when they differ from the page's: a screen reader then reads an
//! English opportunity on a Welsh page in an English voice (WCAG 3.1.2, language of parts).
//! The words are counted, not guessed at: each language's commonest short words (which
//! the other language does not use), Welsh's letters ŵ and ŷ, the openings of words only
//! Welsh has (ll-, dd-, rh-, ff-) and endings only English has (-ing, -tion, -ment). Text
//! with no such word — a name, a code, a number — is said to be in neither.

use crate::language::Lang;

/// Welsh words that English does not have, among the commonest of written Welsh.
const WELSH: &[&str] = &[
    "y",
    "yr",
    "yn",
    "ac",
    "ag",
    "ei",
    "eu",
    "mae",
    "maen",
    "oes",
    "ydy",
    "ydyn",
    "yw",
    "ddim",
    "hefyd",
    "gyda",
    "gan",
    "ond",
    "neu",
    "ein",
    "eich",
    "wedi",
    "bydd",
    "byddem",
    "byddwn",
    "sy",
    "sydd",
    "fel",
    "hyn",
    "hwn",
    "hon",
    "yma",
    "chi",
    "ni",
    "nhw",
    "dros",
    "drwy",
    "trwy",
    "rhwng",
    "pan",
    "os",
    "roedd",
    "cael",
    "gael",
    "gwneud",
    "wneud",
    "gwaith",
    "cyngor",
    "cynghorau",
    "i'r",
    "o'r",
    "a'r",
    "yng",
    "ym",
    "fy",
    "dy",
    "eto",
    "iawn",
    "mwy",
    "pob",
    "rhaid",
    "gallu",
    "angen",
    "gwasanaeth",
    "gwasanaethau",
    "digidol",
    "ymchwil",
    "defnyddwyr",
    "rydym",
    "rydyn",
    "dyma",
    "hynny",
    "felly",
    "beth",
    "pwy",
    "sut",
    "pryd",
    "ble",
    "bod",
    "fod",
    "wrth",
    "heb",
    "tua",
    "ar-lein",
    "cymraeg",
    "cymru",
    "diolch",
    "croeso",
    "grŵp",
    "cyfarfod",
    "trafod",
];

/// English words that Welsh does not have, among the commonest of written English.
const ENGLISH: &[&str] = &[
    "the",
    "and",
    "of",
    "to",
    "is",
    "for",
    "with",
    "on",
    "our",
    "we",
    "be",
    "this",
    "that",
    "it",
    "are",
    "by",
    "from",
    "as",
    "will",
    "you",
    "your",
    "an",
    "or",
    "have",
    "has",
    "was",
    "were",
    "not",
    "can",
    "who",
    "what",
    "which",
    "their",
    "they",
    "in",
    "into",
    "about",
    "how",
    "when",
    "all",
    "more",
    "new",
    "help",
    "team",
    "service",
    "services",
    "council",
    "councils",
    "work",
    "residents",
    "people",
    "data",
    "would",
    "should",
    "could",
    "need",
    "needs",
    "it's",
    "we'd",
    "we're",
    "don't",
    "does",
    "do",
    "its",
    "each",
    "use",
    "used",
    "so",
    "but",
    "if",
    "there",
    "here",
    "one",
    "two",
    "out",
    "up",
    "week",
    "weeks",
    "hours",
    "day",
    "days",
    "problem",
    "project",
    "meeting",
    "contract",
    "review",
    "show",
    "tell",
    "bring",
    "future",
    "themes",
    "welcome",
    "introductions",
    "actions",
    "user",
    "research",
    "design",
    "forms",
    "waste",
    "digital",
];

fn is_welsh(word: &str) -> bool {
    WELSH.contains(&word)
        || word.contains(['ŵ', 'ŷ'])
        || (word.chars().count() > 3 && ["ll", "dd", "rh", "ff"].iter().any(|p| word.starts_with(p)))
}

fn is_english(word: &str) -> bool {
    ENGLISH.contains(&word)
        || (word.chars().count() > 5 && ["ing", "tion", "ment", "ness"].iter().any(|s| word.ends_with(s)))
}

/// The language `text` is written in, if its words say: the one with more of its own
/// words, English when they are level (most of what councils write here is English).
pub fn written_in(text: &str) -> Option<Lang> {
    let (mut welsh, mut english) = (0usize, 0usize);
    for word in text
        .split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’' || c == '-'))
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphabetic())
                .replace('’', "'")
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
    {
        if is_welsh(&word) {
            welsh += 1;
        } else if is_english(&word) {
            english += 1;
        }
    }
    match (welsh, english) {
        (0, 0) => None,
        (w, e) if w > e => Some(Lang::Cy),
        _ => Some(Lang::En),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_sentences_and_titles() {
        for text in [
            "Help our small team improve a service residents use every week, working remotely a few hours a week.",
            "We'd reuse this for our garden waste rounds: does it take a CSV of rounds?",
            "Bring a problem",
            "Show and tell",
            "Review of actions",
            "Find out when each council’s forms contract ends",
            "User researcher",
            "Missed bin collection",
        ] {
            assert_eq!(written_in(text), Some(Lang::En), "{text}");
        }
    }

    #[test]
    fn welsh_sentences_and_titles() {
        for text in [
            "Mae angen ymchwilydd defnyddwyr arnom ni am ychydig oriau bob wythnos.",
            "Gwasanaethau digidol y cyngor",
            "Byddem yn ailddefnyddio hwn ar gyfer ein casgliadau gwastraff gardd.",
            "Llwybrau beicio",
            "Dŵr a charthffosiaeth",
            "Rhannu gwaith rhwng cynghorau",
        ] {
            assert_eq!(written_in(text), Some(Lang::Cy), "{text}");
        }
    }

    #[test]
    fn names_codes_and_numbers_are_in_neither() {
        for text in [
            "Siân Davies",
            "MC-000007",
            "2026-W52",
            "",
            "  ",
            "Wokingham",
            "£1,250.00",
        ] {
            assert_eq!(written_in(text), None, "{text:?}");
        }
    }

    #[test]
    fn mixed_text_goes_by_the_greater_part() {
        assert_eq!(
            written_in("Cyfarfod y grŵp: the agenda is below and we will meet in Cardiff"),
            Some(Lang::En)
        );
        assert_eq!(
            written_in("The meeting: mae'r agenda isod ac rydym yn cyfarfod yng Nghaerdydd gyda'r grŵp"),
            Some(Lang::Cy)
        );
    }
}
