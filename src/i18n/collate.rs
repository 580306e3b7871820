//! Sorting of names in the interface's language (CLDR collation through icu4x): accents and case sort with their
//! letter, so "Égypte" comes between "Allemagne" and "France", not after "Zimbabwe".

use std::cell::RefCell;
use std::cmp::Ordering;
use std::collections::HashMap;

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};

use super::{Lang, current};

thread_local! {
    static COLLATORS: RefCell<HashMap<Lang, Option<CollatorBorrowed<'static>>>> = RefCell::new(HashMap::new());
}

/// Compares two names as the given language sorts them; falls back to code-point order if CLDR data were missing.
pub fn compare_in(lang: Lang, a: &str, b: &str) -> Ordering {
    COLLATORS.with_borrow_mut(|collators| {
        let collator = collators.entry(lang).or_insert_with(|| {
            Collator::try_new((&lang.cldr_locale()).into(), CollatorOptions::default()).ok()
        });
        match collator {
            Some(c) => c.compare(a, b),
            None => a.cmp(b),
        }
    })
}

/// Compares two names as the current language sorts them.
pub fn compare(a: &str, b: &str) -> Ordering {
    compare_in(current(), a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accented_names_sort_with_their_letter() {
        let mut names = vec!["Zimbabwe", "Égypte", "France", "Espagne", "Allemagne"];
        names.sort_by(|a, b| compare_in(Lang::Fr, a, b));
        assert_eq!(
            names,
            ["Allemagne", "Égypte", "Espagne", "France", "Zimbabwe"]
        );
    }
}
