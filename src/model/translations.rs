//! Text of an event, a trip or the document in other languages beside the original, keyed by a BCP 47 tag
//! (`fr`, `fr-CA`). Views show the interface language's text where there is one and the original otherwise.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use thin_vec::ThinVec;

use super::text::Text;
use crate::i18n::Lang;

/// The translatable text of one thing in one language. A field left empty falls back to the original.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub title: Text,
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub notes: Text,
    #[serde(default, skip_serializing_if = "ThinVec::is_empty")]
    pub objectives: ThinVec<Text>,
}

impl Translation {
    pub fn is_empty(&self) -> bool {
        self.title.is_empty() && self.notes.is_empty() && self.objectives.is_empty()
    }
}

/// Translations by language tag, in the file's order of tags (sorted, so saving is stable).
pub type Translations = BTreeMap<Text, Translation>;

/// A field that can be translated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Title,
    Notes,
}

/// Why a tag cannot name a translation's language, if it cannot: it must be a BCP 47 language identifier (as
/// icu4x parses them) whose language is an ISO 639 code of two or three letters: `fr`, `fr-CA`, `en-GB`, `iu`.
pub fn tag_problem(tag: &str) -> Option<String> {
    match icu_locale_core::LanguageIdentifier::try_from_str(tag) {
        Err(_) => Some(crate::tr!("translation-bad-tag", tag = tag)),
        Ok(id) if !(2..=3).contains(&id.language.as_str().len()) => {
            Some(crate::tr!("translation-bad-tag", tag = tag))
        }
        Ok(_) => None,
    }
}

/// The language of the interface that a tag is written in, if it is one of ours.
pub fn lang_of_tag(tag: &str) -> Option<Lang> {
    let id = icu_locale_core::LanguageIdentifier::try_from_str(tag).ok()?;
    Lang::from_tag(id.language.as_str())
}

/// The tag of the translation into `lang`: the language's own tag ("fr") first, then the first regional one
/// ("fr-CA").
fn tag_for(translations: &Translations, lang: Lang) -> Option<&Text> {
    translations
        .keys()
        .find(|tag| tag.as_str() == lang.tag())
        .or_else(|| {
            translations
                .keys()
                .find(|tag| lang_of_tag(tag) == Some(lang))
        })
}

/// The translation into `lang`, found as `tag_for` finds its tag.
pub fn for_lang(translations: Option<&Translations>, lang: Lang) -> Option<&Translation> {
    let translations = translations?;
    translations.get(tag_for(translations, lang)?)
}

/// Text to show for `field` in `lang`: the translation where it has one, otherwise the original; and whether
/// the original stands in for a missing translation (so a view can mark it quietly).
///
/// The original is taken to be written in English, as the office writes its files first in English: in English
/// it is always shown unmarked; in French it stands in, marked, wherever no French text is given.
pub fn shown<'a>(
    original: &'a str,
    translations: Option<&'a Translations>,
    field: Field,
    lang: Lang,
) -> (&'a str, bool) {
    if lang == Lang::En || original.is_empty() {
        return (original, false);
    }
    let text = for_lang(translations, lang).map(|t| match field {
        Field::Title => t.title.as_str(),
        Field::Notes => t.notes.as_str(),
    });
    match text {
        Some(text) if !text.is_empty() => (text, false),
        _ => (original, true),
    }
}

/// Changes the translation into `lang` (the entry `for_lang` finds, or a new one under the language's own tag),
/// and drops it, and the map, once they hold nothing, so an emptied translation leaves no trace in the file.
pub fn edit(
    translations: &mut Option<Box<Translations>>,
    lang: Lang,
    change: impl FnOnce(&mut Translation),
) {
    let all = translations.get_or_insert_with(Box::default);
    let tag: Text = tag_for(all, lang)
        .cloned()
        .unwrap_or_else(|| lang.tag().into());
    let entry = all.entry(tag.clone()).or_default();
    change(entry);
    if entry.is_empty() {
        all.remove(&tag);
    }
    if all.is_empty() {
        *translations = None;
    }
}

/// Shown text for the interface's language (see `shown`), for events, trips and the document alike.
macro_rules! translated_text {
    ($owner:ty) => {
        impl $owner {
            /// The title in the interface's language, or the original.
            pub fn shown_title(&self) -> &str {
                self.title_in(crate::i18n::current()).0
            }

            /// The title in `lang`, and whether the original stands in for a missing translation.
            pub fn title_in(&self, lang: Lang) -> (&str, bool) {
                shown(
                    &self.title,
                    self.translations.as_deref(),
                    Field::Title,
                    lang,
                )
            }

            /// The notes in the interface's language, or the original.
            pub fn shown_notes(&self) -> &str {
                shown(
                    &self.notes,
                    self.translations.as_deref(),
                    Field::Notes,
                    crate::i18n::current(),
                )
                .0
            }

            /// The translation into `lang` (exact tag, else regional), if any.
            pub fn translation(&self, lang: Lang) -> Option<&Translation> {
                for_lang(self.translations.as_deref(), lang)
            }

            /// Every translated text, for search.
            pub fn translated_texts(&self) -> impl Iterator<Item = &str> {
                self.translations.iter().flat_map(|all| {
                    all.values().flat_map(|t| {
                        [t.title.as_str(), t.notes.as_str()]
                            .into_iter()
                            .chain(t.objectives.iter().map(Text::as_str))
                    })
                })
            }
        }
    };
}

translated_text!(super::timeline::Event);
translated_text!(super::timeline::Trip);
translated_text!(super::timeline::Timeline);

impl super::timeline::Event {
    /// The objectives in the interface's language: the translation's where it gives them, else the original's.
    pub fn shown_objectives(&self) -> &[Text] {
        let lang = crate::i18n::current();
        match self.translation(lang) {
            Some(t) if lang != Lang::En && !t.objectives.is_empty() => &t.objectives,
            _ => &self.objectives,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn french(title: &str) -> Translations {
        let mut t = Translations::new();
        t.insert(
            "fr".into(),
            Translation {
                title: title.into(),
                ..Translation::default()
            },
        );
        t
    }

    #[test]
    fn french_text_is_shown_in_french_and_the_original_otherwise() {
        let t = french("Visite en France");
        assert_eq!(
            shown("Visit to France", Some(&t), Field::Title, Lang::Fr),
            ("Visite en France", false)
        );
        assert_eq!(
            shown("Visit to France", Some(&t), Field::Title, Lang::En),
            ("Visit to France", false)
        );
        assert_eq!(
            shown("Lunch", Some(&t), Field::Notes, Lang::Fr),
            ("Lunch", true),
            "a missing translation falls back to the original, marked"
        );
    }

    #[test]
    fn editing_a_translation_to_nothing_leaves_no_map_behind() {
        let mut t: Option<Box<Translations>> = None;
        edit(&mut t, Lang::Fr, |t| t.title = "Visite en France".into());
        assert_eq!(
            t.as_deref()
                .and_then(|t| t.get("fr"))
                .map(|t| t.title.as_str()),
            Some("Visite en France")
        );
        edit(&mut t, Lang::Fr, |t| t.title = Text::new());
        assert_eq!(t, None);
    }

    #[test]
    fn editing_keeps_a_regional_tag_the_file_already_uses() {
        let mut t = Some(Box::new(french("x")));
        let regional = t.as_deref_mut().and_then(|t| t.remove("fr"));
        t.as_deref_mut()
            .map(|t| t.insert("fr-CA".into(), regional.unwrap_or_default()));
        edit(&mut t, Lang::Fr, |t| t.notes = "Déjeuner".into());
        let all = t.expect("kept");
        assert_eq!(all.keys().map(Text::as_str).collect::<Vec<_>>(), ["fr-CA"]);
    }

    #[test]
    fn a_regional_tag_serves_its_language() {
        let mut t = Translations::new();
        t.insert(
            "fr-CA".into(),
            Translation {
                title: "Mission commerciale".into(),
                ..Translation::default()
            },
        );
        assert_eq!(
            for_lang(Some(&t), Lang::Fr).map(|t| t.title.as_str()),
            Some("Mission commerciale")
        );
        assert!(for_lang(Some(&t), Lang::En).is_none());
    }

    #[test]
    fn tags_are_checked_as_bcp_47_with_an_iso_639_language() {
        for good in ["fr", "fr-CA", "en-GB", "iu", "zh-Hant-TW"] {
            assert_eq!(tag_problem(good), None, "{good}");
        }
        for bad in ["french", "fr_CA!", "", "f", "12"] {
            assert!(tag_problem(bad).is_some(), "{bad:?}");
        }
    }
}
