//! The trip book as typst markup: a cover, the stops in order, the programme day by day (each timed event in the
//! venue's time and in home time), the events whose date is not fixed yet under their month or year, and a page per
//! event. Every text from the document goes in as a string literal, so nothing in it can be read as markup.

use chrono::{DateTime, NaiveDate, Offset as _, TimeZone as _};

use crate::i18n::dates::{self, DateStyle};
use crate::model::region::country_name;
use crate::model::{Classification, Event, EventTimes, Precision, Timeline};

/// What a book shows, and how.
#[derive(Clone, Debug)]
pub struct BookContent<'a> {
    pub timeline: &'a Timeline,
    pub times: &'a [EventTimes],
    /// The events in the book, in programme order (restricted ones only when asked for).
    pub events: Vec<u32>,
    /// The book's title: the trip's, or the document's.
    pub title: String,
    /// Restricted events and notes are in the book: every page is marked.
    pub restricted: bool,
    /// "us-letter" or "a4".
    pub paper: &'static str,
    pub made_on: NaiveDate,
    /// The file's revision, as the cover shows it.
    pub revision: String,
    /// Whether the route map is there to show (at `MAP_PATH`).
    pub map: bool,
}

/// Where the book finds its route map.
pub const MAP_PATH: &str = "/route-map.png";

/// A string literal for typst.
fn lit(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Text as markup: `#"…"`.
fn t(text: &str) -> String {
    format!("#{}", lit(text))
}

fn place(e: &Event) -> String {
    crate::model::words::place_text(e)
}

fn when(e: &Event) -> String {
    crate::model::words::span_words(e.start, e.end, true)
}

/// A timed moment in the venue's zone and in home time, with the difference: "19:30 (Tokyo) · 05:30 home (+14 h)".
fn two_clocks(secs: i64, venue: chrono_tz::Tz, home: chrono_tz::Tz) -> String {
    let Some(utc) = DateTime::from_timestamp(secs, 0) else {
        return String::new();
    };
    let at_venue = venue.from_utc_datetime(&utc.naive_utc());
    let at_home = home.from_utc_datetime(&utc.naive_utc());
    let difference = (at_venue.offset().fix().local_minus_utc()
        - at_home.offset().fix().local_minus_utc()) as f64
        / 3600.0;
    let difference = if difference.fract() == 0.0 {
        format!("{difference:+.0}")
    } else {
        format!("{difference:+.1}")
    };
    crate::tr!(
        "book-two-clocks",
        venue = dates::time(at_venue.time()),
        home = dates::time(at_home.time()),
        home_day = dates::date(at_home.date_naive(), DateStyle::WeekdayDayMonth),
        difference = difference
    )
}

/// The whole book's markup.
pub fn markup(book: &BookContent) -> String {
    let mut out = String::new();
    let restricted_mark = if book.restricted {
        format!(
            "#text(weight: \"bold\", fill: red)[{}]",
            t(&crate::tr!("book-restricted"))
        )
    } else {
        String::new()
    };
    // "Page 3 of 12", with typst's counters where the numbers go.
    let page_words = crate::tr!("book-page", page = "\u{1}", pages = "\u{2}");
    let page_words = page_words
        .split(['\u{1}', '\u{2}'])
        .map(t)
        .collect::<Vec<_>>();
    let page_line = match page_words.as_slice() {
        [a, b, c] => format!("{a}#counter(page).display(){b}#counter(page).final().first(){c}"),
        _ => "#counter(page).display()".to_owned(),
    };
    let lang = crate::i18n::current().tag();
    out.push_str(&format!(
        "#set document(title: {title})\n\
         #set text(font: (\"Libertinus Serif\", \"Noto Serif\", \"Noto Sans\", \"Noto Serif CJK SC\", \"Noto Sans CJK SC\", \"Noto Sans CJK JP\", \"Noto Sans Devanagari\", \"Noto Serif Devanagari\", \"DejaVu Sans\"), size: 10.5pt, lang: \"{lang}\")\n\
         #set page(paper: \"{paper}\", margin: (x: 2cm, top: 2.4cm, bottom: 2.2cm),\n\
           header: context [#set text(size: 8pt); {title_t} #h(1fr) {restricted_mark}],\n\
           footer: context [#set text(size: 8pt); {restricted_mark} #h(1fr) {page_line}])\n\
         #set heading(numbering: none)\n\
         #show heading.where(level: 1): it => [#pagebreak(weak: true) #it]\n",
        title = lit(&book.title),
        title_t = t(&book.title),
        paper = book.paper,
    ));
    cover(book, &mut out);
    overview(book, &mut out);
    weeks(book, &mut out);
    programme(book, &mut out);
    event_pages(book, &mut out);
    out
}

fn cover(book: &BookContent, out: &mut String) {
    let t_line = book.timeline;
    let first = book
        .events
        .iter()
        .map(|&i| book.times[i as usize].first_day)
        .min();
    let last = book
        .events
        .iter()
        .map(|&i| book.times[i as usize].last_day)
        .max();
    out.push_str("#v(6cm)\n#align(center)[\n");
    out.push_str(&format!(
        "#text(size: 26pt, weight: \"bold\")[{}]\n\n",
        t(&book.title)
    ));
    if let (Some(a), Some(b)) = (first, last) {
        out.push_str(&format!(
            "#text(size: 14pt)[{}]\n\n",
            t(&dates::day_span(a, b, true))
        ));
    }
    let mut principals: Vec<&str> = Vec::new();
    for &i in &book.events {
        for name in t_line.principal_names(&t_line.events[i as usize]) {
            if !principals.contains(&name) {
                principals.push(name);
            }
        }
    }
    if !principals.is_empty() {
        out.push_str(&format!(
            "#text(size: 12pt)[{}]\n\n",
            t(&principals.join(" · "))
        ));
    }
    out.push_str(&format!(
        "#v(2cm)\n#text(size: 9pt)[{}]\n\n#text(size: 9pt)[{}]\n",
        t(&crate::tr!(
            "book-made-on",
            date = dates::date(book.made_on, DateStyle::DayLong)
        )),
        t(&crate::tr!(
            "book-revision",
            revision = book.revision.as_str()
        ))
    ));
    if book.restricted {
        out.push_str(&format!(
            "\n#v(1cm)\n#text(size: 14pt, weight: \"bold\", fill: red)[{}]\n",
            t(&crate::tr!("book-restricted-cover"))
        ));
    }
    out.push_str("]\n");
}

/// The headings of the table of stops, as message ids.
pub const COLUMNS: [&str; 4] = [
    "book-column-when",
    "book-column-what",
    "book-column-where",
    "book-column-status",
];

fn overview(book: &BookContent, out: &mut String) {
    let t_line = book.timeline;
    out.push_str(&format!("= {}\n", t(&crate::tr!("book-stops"))));
    if book.map {
        out.push_str(&format!(
            "#figure(image({}, width: 100%), caption: [{}])\n",
            lit(MAP_PATH),
            t(&crate::tr!("book-route-map"))
        ));
    }
    out.push_str("#table(columns: (auto, 1fr, 1fr, auto), stroke: 0.4pt + gray, inset: 5pt,\n");
    for h in COLUMNS {
        out.push_str(&format!("  [*{}*],", t(crate::i18n::label(h))));
    }
    out.push('\n');
    for &i in &book.events {
        let e = &t_line.events[i as usize];
        out.push_str(&format!(
            "  [{}], [{}], [{}], [{}],\n",
            t(&when(e)),
            t(e.shown_title()),
            t(&place(e)),
            t(e.status.label())
        ));
    }
    out.push_str(")\n");
}

/// The book's events known to the day, and the first and last day they cover.
fn fixed_days(book: &BookContent) -> (Vec<u32>, Option<(NaiveDate, NaiveDate)>) {
    let fixed: Vec<u32> = book
        .events
        .iter()
        .copied()
        .filter(|&i| {
            book.timeline.events[i as usize]
                .start
                .precision()
                .is_fixed_day()
        })
        .collect();
    let first = fixed
        .iter()
        .map(|&i| book.times[i as usize].first_day)
        .min();
    let last = fixed.iter().map(|&i| book.times[i as usize].last_day).max();
    (fixed, first.zip(last))
}

/// The period week by week: each week that has something fixed to a day, with where the programme is each day.
fn weeks(book: &BookContent, out: &mut String) {
    use chrono::Datelike as _;
    let t_line = book.timeline;
    let (fixed, Some((first, last))) = fixed_days(book) else {
        return;
    };
    out.push_str(&format!("== {}\n", t(&crate::tr!("book-weeks"))));
    out.push_str("#table(columns: (auto,) + (1fr,) * 7, stroke: 0.4pt + gray, inset: 4pt,\n  [],");
    let monday = first - chrono::TimeDelta::days(i64::from(first.weekday().num_days_from_monday()));
    for d in 0..7 {
        let day = monday + chrono::TimeDelta::days(d);
        out.push_str(&format!(
            " [*{}*],",
            t(&dates::date(day, DateStyle::Weekday))
        ));
    }
    out.push('\n');
    let mut week = monday;
    // A long programme is summarised in at most a year of weeks.
    for _ in 0..53 {
        if week > last {
            break;
        }
        out.push_str(&format!(
            "  [{}],",
            t(&dates::date(week, DateStyle::DayMonth))
        ));
        for d in 0..7 {
            let day = week + chrono::TimeDelta::days(d);
            let places: Vec<String> = fixed
                .iter()
                .filter(|&&i| {
                    let times = &book.times[i as usize];
                    times.first_day <= day && day <= times.last_day
                })
                .map(|&i| {
                    let e = &t_line.events[i as usize];
                    if e.place.city.is_empty() {
                        country_name(e.place.country.as_str()).to_owned()
                    } else {
                        e.place.city.to_string()
                    }
                })
                .fold(Vec::new(), |mut all, p| {
                    if !all.contains(&p) {
                        all.push(p);
                    }
                    all
                });
            out.push_str(&format!(" [#text(size: 8pt)[{}]],", t(&places.join(", "))));
        }
        out.push('\n');
        week += chrono::TimeDelta::days(7);
    }
    out.push_str(")\n");
}

fn programme(book: &BookContent, out: &mut String) {
    let t_line = book.timeline;
    let home = t_line.home.zone.0;
    out.push_str(&format!("= {}\n", t(&crate::tr!("book-programme"))));
    let (fixed, span) = fixed_days(book);
    if let Some((first, last)) = span {
        let mut day = first;
        while day <= last {
            let today: Vec<u32> = fixed
                .iter()
                .copied()
                .filter(|&i| {
                    let times = &book.times[i as usize];
                    times.first_day <= day && day <= times.last_day
                })
                .collect();
            if !today.is_empty() {
                out.push_str(&format!(
                    "== {}\n",
                    t(&dates::date(day, DateStyle::WeekdayDayLong))
                ));
                for i in today {
                    let e = &t_line.events[i as usize];
                    let times = &book.times[i as usize];
                    let mut line = format!("- *{}* — {}", t(e.shown_title()), t(&place(e)));
                    if e.start.precision() == Precision::Time && times.first_day == day {
                        line.push_str(&format!(
                            " — {}",
                            t(&two_clocks(times.start, times.start_zone, home))
                        ));
                    }
                    let mut facts = vec![e.kind.label().to_owned(), e.status.label().to_owned()];
                    if let Some(trip) = e.trip.as_deref().and_then(|id| t_line.trip(id)) {
                        facts.push(trip.shown_title().to_owned());
                    }
                    line.push_str(&format!(
                        " \\\n  #text(size: 9pt, fill: gray.darken(40%))[{}]\n",
                        t(&facts.join(" · "))
                    ));
                    out.push_str(&line);
                }
            }
            match day.succ_opt() {
                Some(next) => day = next,
                None => break,
            }
        }
    }
    let unfixed: Vec<u32> = book
        .events
        .iter()
        .copied()
        .filter(|&i| !t_line.events[i as usize].start.precision().is_fixed_day())
        .collect();
    if !unfixed.is_empty() {
        out.push_str(&format!("== {}\n", t(&crate::tr!("book-not-fixed"))));
        for i in unfixed {
            let e = &t_line.events[i as usize];
            out.push_str(&format!(
                "- *{}* — {} — {}\n",
                t(&when(e)),
                t(e.shown_title()),
                t(&place(e))
            ));
        }
    }
}

fn event_pages(book: &BookContent, out: &mut String) {
    let t_line = book.timeline;
    out.push_str(&format!("= {}\n", t(&crate::tr!("book-events"))));
    for &i in &book.events {
        let e = &t_line.events[i as usize];
        out.push_str(&format!("== {}\n", t(e.shown_title())));
        out.push_str(&format!("{} — {}\n\n", t(&when(e)), t(&place(e))));
        let names = t_line.principal_names(e);
        if !names.is_empty() {
            out.push_str(&format!(
                "{}\n\n",
                t(&crate::tr!("ics-with", names = names.join(", ")))
            ));
        }
        if !e.shown_objectives().is_empty() {
            out.push_str(&format!("*{}*\n", t(&crate::tr!("ics-objectives"))));
            for o in e.shown_objectives() {
                out.push_str(&format!("- {}\n", t(o)));
            }
            out.push('\n');
        }
        if !e.shown_notes().is_empty() {
            out.push_str(&format!("{}\n\n", t(e.shown_notes())));
        }
        if !e.tags.is_empty() {
            let tags: Vec<&str> = e.tags.iter().map(|x| x.as_str()).collect();
            out.push_str(&format!(
                "#text(size: 9pt)[{}]\n\n",
                t(&crate::tr!("book-tags", tags = tags.join(", ")))
            ));
        }
        for source in &e.sources {
            let text = match &source.url {
                Some(url) => format!("{} <{url}>", source.title),
                None => source.title.to_string(),
            };
            out.push_str(&format!("#text(size: 8.5pt)[{}]\n\n", t(&text)));
        }
        if book.restricted && !e.restricted_notes.is_empty() {
            out.push_str(&format!(
                "#block(stroke: red, inset: 6pt)[*{}* {}]\n\n",
                t(&crate::tr!("book-restricted")),
                t(&e.restricted_notes)
            ));
        }
        if e.classification == Classification::Restricted {
            out.push_str(&format!(
                "#text(fill: red, weight: \"bold\")[{}]\n\n",
                t(&crate::tr!("book-restricted-event"))
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_from_the_document_cannot_be_read_as_markup() {
        assert_eq!(
            lit(r#"Say "hi" \ #set *bold*"#),
            r#""Say \"hi\" \\ #set *bold*""#
        );
        assert_eq!(t("a\nb"), "#\"a\\nb\"");
    }
}
