//! The hover card for an event, shared by the timeline's bars and the calendar's chips: what, when (at the venue
//! and in the zone the view shows), where, and any plan warnings.

use crate::i18n::dates::{DateStyle, date_time};
use chrono_tz::Tz;

use crate::document::Document;
use crate::view::describe::{place_text, when_text};

/// Fills a tooltip for event `index`; `zone` is the zone the view places events in.
pub fn event_tooltip_ui(ui: &mut egui::Ui, doc: &Document, index: u32, zone: Tz) {
    let (Some(event), Some(times)) = (
        doc.timeline().events.get(index as usize),
        doc.resolved().times.get(index as usize),
    ) else {
        return;
    };
    ui.strong(event.shown_title());
    ui.label(format!("{} · {}", event.kind.label(), event.status.label()));
    ui.label(crate::tr!(
        "tooltip-venue-time",
        when = when_text(event),
        zone = times.start_zone.name()
    ));
    if event.title_in(crate::i18n::current()).1 {
        ui.weak(crate::tr!("translation-marker-hover"));
    }
    if event.start.precision().is_fixed_day() {
        let fmt = |secs: i64| {
            chrono::DateTime::from_timestamp(secs, 0)
                .map(|t| date_time(t.with_timezone(&zone).naive_local(), DateStyle::Day))
                .unwrap_or_default()
        };
        ui.label(format!(
            "{} – {} ({})",
            fmt(times.start),
            fmt(times.end),
            zone.name()
        ));
    } else {
        ui.weak(crate::tr!("date-not-fixed"));
    }
    ui.label(place_text(event));
    if event.locked {
        ui.label(crate::tr!("tooltip-locked"));
    }
    for warning in doc.warnings_for(index) {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            format!("⚠ {}", warning.message(doc.timeline())),
        );
    }
}
