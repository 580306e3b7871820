//! Drawing a briefing step: the card, the controls on top, and where the map and year strip (`figures`) go.

use crate::i18n::dates::{DateStyle, date_time};
use chrono::NaiveDate;
use egui::{Color32, Rect, RichText, pos2, vec2};

use super::palette::{Palette, palette};
use super::summary::Figures;
use super::{Briefing, Since, Step, Theme, figures};
use crate::document::Document;
use crate::model::{Classification, Event, region};
use crate::view::describe::when_text;
use crate::view::map::places::place_name;

pub fn ui(
    b: &mut Briefing,
    ui: &mut egui::Ui,
    doc: &Document,
    steps: &[Step],
    today: NaiveDate,
    since: Option<Since<'_>>,
) {
    let p = palette(b.theme);
    let full = ui.max_rect();
    // The background covers the whole screen, margins included.
    let screen = ui.ctx().content_rect();
    let background = if b.blank { p.blank } else { p.background };
    ui.painter()
        .with_clip_rect(screen)
        .rect_filled(screen, 0.0, background);
    if b.blank {
        return;
    }
    // Type grows with the screen (sizes are for a 768-point-high laptop) and with the briefer's own setting.
    let scale = b.scale * (full.height() / 768.0).clamp(1.0, 2.0);
    let size = move |base: f32| base * scale;
    ui.scope_builder(egui::UiBuilder::new().max_rect(full.shrink(16.0)), |ui| {
        p.apply(ui.visuals_mut());
        controls(b, ui, doc, steps.len(), &p, size(16.0));
        ui.add_space(6.0);
        let body = ui.available_rect_before_wrap();
        let card_w = (body.width() * 0.52).max(320.0);
        let card_rect = Rect::from_min_size(body.min, vec2(card_w, body.height()));
        let side = Rect::from_min_max(pos2(card_rect.right() + 16.0, body.top()), body.max);
        let strip_h = (body.height() * 0.18).clamp(70.0, 160.0);
        let map_rect =
            Rect::from_min_max(side.min, pos2(side.right(), side.bottom() - strip_h - 10.0));
        let strip_rect = Rect::from_min_max(pos2(side.left(), map_rect.bottom() + 10.0), side.max);
        let step = steps.get(b.step).copied().unwrap_or(Step::Overview);
        let facts = Figures::for_steps(b.figures.take(), doc, steps, b.steps_version);
        let mut card = ui.new_child(egui::UiBuilder::new().max_rect(card_rect));
        egui::ScrollArea::vertical()
            .id_salt("briefing-card")
            .show(&mut card, |ui| match step {
                Step::Overview => overview(ui, doc, &facts, &p, &size),
                Step::Summary => summary(ui, &facts, &p, &size),
                Step::Event(i) => {
                    event_card(ui, doc, i, (b.show_restricted, today), &p, &size);
                    let hidden = doc.timeline().events[i as usize].classification
                        == Classification::Restricted
                        && !b.show_restricted;
                    if !hidden {
                        changed_since(ui, doc, i, since, &p, &size);
                    }
                }
            });
        figures::map(b, ui, doc, &facts, step, map_rect, &p);
        figures::strip(ui, doc, &facts, step, strip_rect, today, &p, size(13.0));
        b.figures = Some(facts);
    });
}

fn controls(
    b: &mut Briefing,
    ui: &mut egui::Ui,
    doc: &Document,
    count: usize,
    p: &Palette,
    text: f32,
) {
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(doc.timeline().shown_title())
                .size(text)
                .strong(),
        );
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            // The audience sees where the briefing is; the buttons show only while the mouse moves (as in
            // presentation apps), and never on an exported slide. A restricted marking always shows.
            let now = ui.input(|i| i.time);
            if ui.input(|i| i.pointer.delta() != egui::Vec2::ZERO || i.pointer.any_down()) {
                b.controls_until = now + CONTROLS_LINGER_SECS;
            }
            let shown = b.chrome && now < b.controls_until;
            if shown {
                ui.ctx()
                    .request_repaint_after_secs((b.controls_until - now) as f32);
            } else {
                ui.label(
                    RichText::new(format!("{} / {count}", b.step + 1))
                        .size(text * 1.2)
                        .strong()
                        .color(p.accent),
                );
                if b.show_restricted {
                    restricted_marking(ui, p, text);
                }
                return;
            }
            if ui
                .button(RichText::new(crate::tr!("briefing-exit")).size(text))
                .clicked()
            {
                b.active = false;
            }
            if ui
                .button(RichText::new(crate::tr!("briefing-export-deck")).size(text))
                .on_hover_text(crate::tr!("briefing-export-deck-hover"))
                .clicked()
            {
                b.export_requested = true;
            }
            if ui
                .add(
                    egui::Button::new(
                        RichText::new(crate::tr!("briefing-presenter-notes")).size(text),
                    )
                    .selected(b.presenter),
                )
                .on_hover_text(crate::tr!("briefing-presenter-notes-hover"))
                .clicked()
            {
                b.presenter = !b.presenter;
            }
            if ui
                .button(RichText::new("A+").size(text))
                .on_hover_text(crate::tr!("briefing-larger"))
                .clicked()
            {
                b.scale = (b.scale + 0.15).min(3.0);
            }
            if ui
                .button(RichText::new("A−").size(text))
                .on_hover_text(crate::tr!("briefing-smaller"))
                .clicked()
            {
                b.scale = (b.scale - 0.15).max(0.7);
            }
            let theme = if b.theme == Theme::Dark {
                crate::tr!("briefing-light-theme")
            } else {
                crate::tr!("briefing-dark-theme")
            };
            if ui.button(RichText::new(theme).size(text)).clicked() {
                b.theme = if b.theme == Theme::Dark {
                    Theme::Light
                } else {
                    Theme::Dark
                };
            }
            ui.checkbox(
                &mut b.show_restricted,
                RichText::new(crate::tr!("briefing-show-restricted")).size(text),
            );
            if b.show_restricted {
                restricted_marking(ui, p, text);
            }
            ui.label(
                RichText::new(format!("{} / {count}", b.step + 1))
                    .size(text * 1.2)
                    .strong()
                    .color(p.accent),
            );
        });
    });
}

/// How long the briefing's buttons stay after the mouse last moved.
const CONTROLS_LINGER_SECS: f64 = 3.0;

/// The marking that says restricted content is on screen.
fn restricted_marking(ui: &mut egui::Ui, p: &Palette, text: f32) {
    ui.label(
        RichText::new(" RESTRICTED CONTENT SHOWN ")
            .size(text)
            .strong()
            .color(p.on_restricted)
            .background_color(p.restricted),
    );
}

fn heading(ui: &mut egui::Ui, text: &str, size: f32) {
    // The heading's colour is the palette's text, set on the visuals; bold for weight, not a brighter colour.
    let color = ui.visuals().text_color();
    ui.add(egui::Label::new(RichText::new(text).size(size).strong().color(color)).wrap());
}

fn line(ui: &mut egui::Ui, text: &str, size: f32, color: Color32) {
    ui.add(egui::Label::new(RichText::new(text).size(size).color(color)).wrap());
}

fn event_card(
    ui: &mut egui::Ui,
    doc: &Document,
    i: u32,
    (show_restricted, today): (bool, NaiveDate),
    p: &Palette,
    size: &dyn Fn(f32) -> f32,
) {
    let t = &doc.timeline();
    let e = &t.events[i as usize];
    if e.classification == Classification::Restricted && !show_restricted {
        return;
    }
    heading(ui, e.shown_title(), size(36.0));
    if e.title_in(crate::i18n::current()).1 {
        crate::widgets::untranslated_mark(ui);
    }
    line(
        ui,
        &format!("{} · {}", e.kind.label(), e.status.label()),
        size(20.0),
        p.accent,
    );
    ui.add_space(size(8.0));
    if e.is_date_unfixed() {
        // A visit that has happened was not undated: its day was not recorded.
        let past =
            e.status == crate::model::Status::Completed || e.end_or_start().last_day() < today;
        let when = if past {
            crate::tr!("briefing-day-not-recorded", when = when_text(e))
        } else {
            crate::tr!("briefing-date-not-fixed", when = when_text(e))
        };
        line(ui, &when, size(22.0), p.text);
    } else {
        let times = &doc.resolved().times[i as usize];
        let timed = e.start.precision() == crate::model::Precision::Time;
        // Dates are the venue's dates; times are given at the venue and at home.
        let when = if timed {
            crate::tr!(
                "briefing-local-time",
                when = when_text(e),
                zone = times.start_zone.name()
            )
        } else {
            when_text(e)
        };
        line(ui, &when, size(22.0), p.text);
        let home = t.home.zone.0;
        if timed {
            let fmt = |secs: i64| {
                chrono::DateTime::from_timestamp(secs, 0)
                    .map(|d| date_time(d.with_timezone(&home).naive_local(), DateStyle::DayMonth))
                    .unwrap_or_default()
            };
            line(
                ui,
                &crate::tr!(
                    "briefing-home-time",
                    city = t.home.city.as_str(),
                    from = fmt(times.start),
                    to = fmt(times.end)
                ),
                size(18.0),
                p.weak,
            );
        }
        line(
            ui,
            &offset_text(e, times.start, times.start_zone, home, &t.home.city),
            size(18.0),
            p.weak,
        );
    }
    ui.add_space(size(8.0));
    line(ui, &place_name(&e.place), size(22.0), p.text);
    if let Some(trip) = e.trip.as_deref().and_then(|id| t.trip(id)) {
        let legs: Vec<u32> = doc
            .resolved()
            .order
            .iter()
            .copied()
            .filter(|&k| t.events[k as usize].trip.as_deref() == Some(trip.id.as_str()))
            .collect();
        let n = legs.iter().position(|&k| k == i).map_or(0, |n| n + 1);
        line(
            ui,
            &crate::tr!(
                "briefing-leg-of",
                trip = trip.shown_title(),
                n = n,
                count = legs.len()
            ),
            size(18.0),
            p.weak,
        );
    }
    let names = t.principal_names(e);
    if !names.is_empty() {
        line(
            ui,
            &crate::tr!("ics-with", names = names.join(", ")),
            size(18.0),
            p.weak,
        );
    }
    if !e.shown_objectives().is_empty() {
        ui.add_space(size(8.0));
        heading(ui, &crate::tr!("briefing-objectives"), size(20.0));
        for o in e.shown_objectives() {
            line(ui, &format!("• {o}"), size(18.0), p.text);
        }
    }
    if !e.shown_notes().is_empty() {
        ui.add_space(size(8.0));
        line(ui, e.shown_notes(), size(17.0), p.text);
    }
    if show_restricted && !e.restricted_notes.is_empty() {
        ui.add_space(size(8.0));
        line(
            ui,
            &crate::tr!("briefing-restricted", notes = e.restricted_notes.as_str()),
            size(17.0),
            p.restricted_text,
        );
    }
    if !e.tags.is_empty() {
        line(
            ui,
            &crate::tr!("briefing-tags", tags = e.tags.join(", ")),
            size(15.0),
            p.weak,
        );
    }
    for s in &e.sources {
        line(
            ui,
            &crate::tr!("briefing-source", source = s.title.as_str()),
            size(15.0),
            p.weak,
        );
    }
}

/// "New Delhi is 10 h 30 min ahead of Ottawa."
fn offset_text(
    e: &Event,
    at: i64,
    venue: chrono_tz::Tz,
    home: chrono_tz::Tz,
    home_city: &str,
) -> String {
    use chrono::Offset as _;
    let Some(instant) = chrono::DateTime::from_timestamp(at, 0) else {
        return String::new();
    };
    let offset =
        |tz: chrono_tz::Tz| i64::from(instant.with_timezone(&tz).offset().fix().local_minus_utc());
    let diff = offset(venue) - offset(home);
    let place = if e.place.city.is_empty() {
        region::country_name(e.place.country.as_str()).to_owned()
    } else {
        e.place.city.to_string()
    };
    if diff == 0 {
        return crate::tr!("briefing-same-time", place = place, home = home_city);
    }
    let (h, m) = (diff.abs() / 3600, diff.abs() % 3600 / 60);
    let span = if m == 0 {
        format!("{h} h")
    } else {
        format!("{h} h {m} min")
    };
    if diff > 0 {
        crate::tr!(
            "briefing-ahead",
            place = place,
            span = span,
            home = home_city
        )
    } else {
        crate::tr!(
            "briefing-behind",
            place = place,
            span = span,
            home = home_city
        )
    }
}

/// How many events the overview lists by name; a longer programme ends with how many more there are.
const OVERVIEW_EVENTS: usize = 30;

fn overview(
    ui: &mut egui::Ui,
    doc: &Document,
    figures: &Figures,
    p: &Palette,
    size: &dyn Fn(f32) -> f32,
) {
    let t = doc.timeline();
    heading(ui, t.shown_title(), size(34.0));
    line(
        ui,
        &crate::tr!(
            "briefing-events-in-countries",
            events = figures.shown.len(),
            countries = figures.visited.len()
        ),
        size(22.0),
        p.accent,
    );
    ui.add_space(size(10.0));
    for trip in figures.trips.iter().filter_map(|&n| t.trips.get(n)) {
        line(
            ui,
            &format!(
                "{}: {}",
                trip.shown_title(),
                crate::view::describe::span_text(trip.start, Some(trip.end))
            ),
            size(19.0),
            p.text,
        );
    }
    ui.add_space(size(10.0));
    for &i in figures.shown.iter().take(OVERVIEW_EVENTS) {
        let e = &t.events[i as usize];
        line(
            ui,
            &format!("{} — {}", when_text(e), e.shown_title()),
            size(16.0),
            p.weak,
        );
    }
    let more = figures.shown.len().saturating_sub(OVERVIEW_EVENTS);
    if more > 0 {
        line(
            ui,
            &crate::tr!("briefing-more-events", count = more),
            size(16.0),
            p.weak,
        );
    }
}

fn summary(ui: &mut egui::Ui, figures: &Figures, p: &Palette, size: &dyn Fn(f32) -> f32) {
    heading(ui, &crate::tr!("briefing-summary"), size(34.0));
    let (by_region, by_status) = (&figures.by_region, &figures.by_status);
    heading(ui, &crate::tr!("briefing-by-region"), size(22.0));
    for (r, n) in by_region {
        let n = crate::i18n::numbers::integer(*n as i64);
        line(ui, &format!("{r}: {n}"), size(19.0), p.text);
    }
    ui.add_space(size(10.0));
    heading(ui, &crate::tr!("briefing-by-status"), size(22.0));
    for (s, n) in by_status {
        let n = crate::i18n::numbers::integer(*n as i64);
        line(ui, &format!("{s}: {n}"), size(19.0), p.text);
    }
}

/// "Changed since <baseline>: …" under an event's card, for a briefer presenting an update.
fn changed_since(
    ui: &mut egui::Ui,
    doc: &Document,
    i: u32,
    since: Option<Since<'_>>,
    p: &Palette,
    size: &dyn Fn(f32) -> f32,
) {
    let Some(since) = since else { return };
    let Some(mark) = since.comparison.mark(i) else {
        return;
    };
    let id = doc.timeline().events[i as usize].id.as_str();
    let what = since
        .comparison
        .changes
        .iter()
        .find(|c| c.subject == crate::model::compare::Subject::Event && c.id == id)
        .map_or_else(
            || crate::view::changes::mark_word(mark),
            |c| c.words.join(" · "),
        );
    ui.add_space(size(10.0));
    line(
        ui,
        &crate::tr!("changed-since", version = since.label, what = what),
        size(18.0),
        p.accent,
    );
}
