//! How people's words are kept for full-text search. English words are kept by their
//! stems, so "walking" finds "walks"; Welsh words are kept as written, since English
//! rules would make different Welsh words one ("tynged", fate, would be found by "tyng",
//! swears). Accents are folded away either way, so "Sian" finds
//! "Siân" and "Llyr" finds "Llŷr". Reference data (roles, skills) is English and always
//! stemmed. The backends index a document in its language (PostgreSQL with a stemming or
//! a plain configuration, SQLite with a column of English stems beside the words), and
//! a search matches each word as written or by its English stem.

use crate::language::Lang;
use crate::written_in::written_in;
use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};

/// The language a document's own words are indexed in: Welsh only when its words say so
/// (most of what councils write here is English).
pub fn language_of(texts: &[&str]) -> Lang {
    written_in(&texts.join(" ")).unwrap_or(Lang::En)
}

/// A word lower-cased with its accents folded away, as the full-text indexes fold them.
pub fn folded(word: &str) -> String {
    word.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The English stems of every word of `texts`, one space between each: what a document
/// written in English is found by.
pub fn stems(texts: &[&str]) -> String {
    let stemmer = Stemmer::create(Algorithm::English);
    let mut out = String::new();
    for word in texts
        .iter()
        .flat_map(|t| t.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&stemmer.stem(&folded(word)));
    }
    out
}

/// The stems a document is found by beside its words: every word's when it is written in
/// English, none when in Welsh, whose words are found only as written.
pub fn stems_in(language: Lang, texts: &[&str]) -> String {
    match language {
        Lang::En => stems(texts),
        Lang::Cy => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stem(word: &str) -> String {
        stems(&[word])
    }

    #[test]
    fn english_words_share_a_stem() {
        assert_eq!(stem("walking"), stem("walks"));
        assert_eq!(stem("Researchers"), stem("research"));
        assert_eq!(stems(&["User research,", "walking"]), "user research walk");
    }

    #[test]
    fn accents_are_folded_before_stemming() {
        assert_eq!(folded("Siân Llŷr"), "sian llyr");
        assert_eq!(stem("Siân"), stem("sian"));
        assert_eq!(stems(&["Dŵr"]), "dwr");
    }

    #[test]
    fn an_english_stemmer_would_join_different_welsh_words() {
        // Why Welsh documents are not stemmed: these are different words.
        assert_eq!(stem("tynged"), stem("tyng"));
        assert_eq!(stem("cyfres"), stem("cyfre"));
    }

    #[test]
    fn documents_are_indexed_in_the_language_of_their_words() {
        assert_eq!(
            language_of(&["Mae'r merched yn gweithio gyda'r cyngor", "tynged y dref"]),
            Lang::Cy
        );
        assert_eq!(
            language_of(&["User researcher", "I have been working with the council"]),
            Lang::En
        );
        assert_eq!(language_of(&["Siân", ""]), Lang::En);
        assert_eq!(stems_in(Lang::Cy, &["tynged"]), "");
        assert_eq!(stems_in(Lang::En, &["walking"]), "walk");
    }
}
