//! The interface's languages: English and French, from the Fluent message files in `locales/`.
//!
//! Text is looked up in the current thread's language, so two windows (or two tests) in different languages can
//! run side by side; a thread that never chose one uses the process's, which the window and the CLI set at start.
//! English is the fallback for any message a translation lacks.

pub mod collate;
pub mod dates;
pub mod numbers;

use std::borrow::Cow;
use std::cell::Cell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, static_loader};
use serde::{Deserialize, Serialize};

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Text goes into egui labels, files and terminals: no Unicode isolation marks around arguments. Numbers
        // are grouped by thousands as the bundle's language writes them.
        customise: |bundle| {
            bundle.set_use_isolating(false);
            let french = bundle.locales.first().is_some_and(|l| l.language.as_str() == "fr");
            bundle.set_formatter(Some(if french { numbers::french } else { numbers::english }));
        },
    };
}

/// A language of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "en")]
    En,
    #[serde(rename = "fr")]
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// The BCP 47 tag: "en", "fr".
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// The language's own name, as a language menu shows it: "English", "Français".
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
        }
    }

    /// The language a tag or locale names ("fr", "fr-CA", "fr_CA.UTF-8", "en_US"), if it is one of ours.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            _ => None,
        }
    }

    /// The language the system asks for, from `LC_ALL`, `LC_MESSAGES` and `LANG` in that order (the first that
    /// is set and not empty decides, as POSIX has it); English when it names neither of ours.
    pub fn from_env() -> Lang {
        Self::from_locale_vars(|name| std::env::var(name).ok())
    }

    /// The system's language, read from the environment once per run.
    pub fn system() -> Lang {
        static SYSTEM: std::sync::OnceLock<Lang> = std::sync::OnceLock::new();
        *SYSTEM.get_or_init(Lang::from_env)
    }

    /// `from_env` with the variables read through `var`, for tests.
    pub fn from_locale_vars(var: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| var(name))
            .find(|value| !value.is_empty())
            .and_then(|value| Lang::from_tag(&value))
            .unwrap_or_default()
    }

    /// The language's place in `ALL`, for tables kept per language.
    pub fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::Fr => 1,
        }
    }

    /// The CLDR locale whose dates, numbers and sorting this language's interface uses: British English (the
    /// office's day-month-year order and 24-hour clock) and Canadian French.
    pub fn cldr_locale(self) -> icu_locale_core::Locale {
        match self {
            Lang::En => icu_locale_core::locale!("en-GB"),
            Lang::Fr => icu_locale_core::locale!("fr-CA"),
        }
    }

    /// Fluent's identifier of the language, parsed once per run: every message looked up needs it.
    fn id(self) -> &'static LanguageIdentifier {
        static IDS: std::sync::LazyLock<[LanguageIdentifier; 2]> = std::sync::LazyLock::new(|| {
            Lang::ALL.map(|lang| lang.tag().parse().unwrap_or_default())
        });
        &IDS[self.index()]
    }
}

static PROCESS: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static THREAD: Cell<Option<Lang>> = const { Cell::new(None) };
}

fn from_u8(n: u8) -> Lang {
    Lang::ALL.get(usize::from(n)).copied().unwrap_or_default()
}

/// Sets the language of the whole process: threads that never chose one follow it.
pub fn set_process(lang: Lang) {
    PROCESS.store(to_u8(lang), Ordering::Relaxed);
}

/// A language another thread can follow: the thread that hands out work sets it, the worker reads it before
/// each job, so messages made there are in the language of whoever asked.
#[derive(Clone, Debug, Default)]
pub struct Shared(std::sync::Arc<AtomicU8>);

impl Shared {
    /// Records the current thread's language.
    pub fn follow_current(&self) {
        self.0.store(to_u8(current()), Ordering::Relaxed);
    }

    /// Makes the current thread speak the recorded language.
    pub fn apply(&self) {
        set(from_u8(self.0.load(Ordering::Relaxed)));
    }
}

fn to_u8(lang: Lang) -> u8 {
    lang.index() as u8
}

/// Sets the current thread's language.
pub fn set(lang: Lang) {
    THREAD.with(|t| t.set(Some(lang)));
}

/// The current thread's language.
pub fn current() -> Lang {
    THREAD
        .with(Cell::get)
        .unwrap_or_else(|| from_u8(PROCESS.load(Ordering::Relaxed)))
}

/// The message `id` in the current language, English where it lacks one.
pub fn text(id: &str) -> String {
    LOCALES.lookup(current().id(), id)
}

/// The message `id` in the current language as a `&'static str`, for names of things (kinds, statuses, regions)
/// that views keep in maps and pass around freely. Each thread keeps one copy per language and message, so the
/// memory is bounded by the message files.
pub fn label(id: &'static str) -> &'static str {
    label_in(current(), id)
}

/// `label` in a given language.
pub fn label_in(lang: Lang, id: &'static str) -> &'static str {
    thread_local! {
        static LABELS: std::cell::RefCell<HashMap<(Lang, &'static str), &'static str>> =
            std::cell::RefCell::new(HashMap::new());
    }
    LABELS.with_borrow_mut(|labels| {
        *labels
            .entry((lang, id))
            .or_insert_with(|| Box::leak(LOCALES.lookup(lang.id(), id).into_boxed_str()))
    })
}

/// The message `id` with its arguments, in the current language.
pub fn text_with(id: &str, args: &[(&'static str, FluentValue<'_>)]) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue<'_>> = args
        .iter()
        .map(|(name, value)| (Cow::Borrowed(*name), value.clone()))
        .collect();
    LOCALES.lookup_with_args(current().id(), id, &args)
}

/// Whether `lang` has a message `id` of its own.
pub fn has(lang: Lang, id: &str) -> bool {
    // A message that needs arguments it was not given still exists: only a formatting error is a "yes" among
    // the errors (fluent-templates does not export its error type, so its variant is read by name).
    match LOCALES.lookup_single_language::<&str>(lang.id(), id, None) {
        Ok(_) => true,
        Err(e) => format!("{e:?}").starts_with("FluentError"),
    }
}

/// `tr!("menu-file")`, or with arguments `tr!("plan-warnings", count = n)`: the message in the current language.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::text($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::text_with(
            $id,
            &[$((stringify!($name), $crate::i18n::value($value))),+],
        )
    };
}

/// An argument for a message: numbers stay numbers, so Fluent chooses the plural form.
pub fn value<'a>(v: impl Into<FluentValue<'a>>) -> FluentValue<'a> {
    v.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_locale_names_its_language_whatever_its_region_and_encoding() {
        assert_eq!(Lang::from_tag("fr_CA.UTF-8"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("fr-CA"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("en_US"), Some(Lang::En));
        assert_eq!(Lang::from_tag("de_DE"), None);
        assert_eq!(Lang::from_tag("C"), None);
    }

    #[test]
    fn the_first_locale_variable_set_decides_and_others_fall_back_to_english() {
        let vars = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            Lang::from_locale_vars(vars(&[("LANG", "fr_CA.UTF-8")])),
            Lang::Fr
        );
        assert_eq!(
            Lang::from_locale_vars(vars(&[
                ("LC_ALL", ""),
                ("LC_MESSAGES", "en_CA"),
                ("LANG", "fr_CA")
            ])),
            Lang::En
        );
        assert_eq!(
            Lang::from_locale_vars(vars(&[("LANG", "de_DE.UTF-8")])),
            Lang::En
        );
        assert_eq!(Lang::from_locale_vars(vars(&[])), Lang::En);
    }

    #[test]
    fn each_thread_reads_its_own_language() {
        set(Lang::Fr);
        assert_eq!(text("menu-file"), "Fichier");
        let other = std::thread::Builder::new()
            .name("english".into())
            .spawn(|| {
                set(Lang::En);
                text("menu-file")
            })
            .ok()
            .and_then(|handle| handle.join().ok());
        assert_eq!(other.as_deref(), Some("File"));
        assert_eq!(text("menu-file"), "Fichier");
    }

    #[test]
    fn counts_choose_the_plural_form_of_each_language() {
        set(Lang::En);
        assert_eq!(crate::tr!("plan-warnings", count = 1), "Plan warnings (1)");
        assert_eq!(crate::tr!("events-count", count = 1), "1 event");
        assert_eq!(crate::tr!("events-count", count = 2), "2 events");
        set(Lang::Fr);
        // French counts 0 and 1 as singular.
        assert_eq!(crate::tr!("events-count", count = 0), "0 événement");
        assert_eq!(crate::tr!("events-count", count = 1), "1 événement");
        assert_eq!(crate::tr!("events-count", count = 3), "3 événements");
    }
}
