//! Numbers in the interface's language, from CLDR data (icu4x): "100,000" in English, "100 000" in French (with
//! a no-break space, as written in Canada). Fluent writes every number in a message through `in_message`.

use std::cell::RefCell;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;

use super::{Lang, current};

thread_local! {
    static FORMATTERS: RefCell<HashMap<Lang, Option<DecimalFormatter>>> = RefCell::new(HashMap::new());
}

/// A whole number in `lang`, grouped by thousands.
pub fn integer_in(lang: Lang, n: i64) -> String {
    FORMATTERS.with_borrow_mut(|formatters| {
        let formatter = formatters.entry(lang).or_insert_with(|| {
            DecimalFormatter::try_new((&lang.cldr_locale()).into(), Default::default()).ok()
        });
        match formatter {
            Some(f) => f.format(&Decimal::from(n)).to_string(),
            None => n.to_string(),
        }
    })
}

/// A whole number in the current language.
pub fn integer(n: i64) -> String {
    integer_in(current(), n)
}

/// Fluent's number formatter for a bundle of `lang`: whole numbers of four digits or more are grouped; others
/// (and numbers with options) are left to Fluent.
fn in_message(lang: Lang, value: &FluentValue<'_>) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let n = number.value;
    let whole = n.fract() == 0.0 && n.abs() >= 1000.0 && n.abs() < 1e15;
    whole.then(|| integer_in(lang, n as i64))
}

pub(super) fn english<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    in_message(Lang::En, value)
}

pub(super) fn french<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    in_message(Lang::Fr, value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_grouped_as_each_language_writes_them() {
        assert_eq!(integer_in(Lang::En, 100_000), "100,000");
        assert_eq!(integer_in(Lang::Fr, 100_000), "100\u{a0}000");
        assert_eq!(integer_in(Lang::Fr, 13), "13");
    }

    #[test]
    fn counts_in_messages_are_grouped_and_still_choose_their_plural() {
        crate::i18n::set(Lang::Fr);
        let text = crate::tr!("ics-events", count = 100_000);
        crate::i18n::set(Lang::En);
        assert_eq!(text, "100\u{a0}000 événements");
        assert_eq!(crate::tr!("ics-events", count = 12_345), "12,345 events");
        assert_eq!(crate::tr!("ics-events", count = 1), "1 event");
    }
}
