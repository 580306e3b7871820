//! Choosing a second zone to read times in beside the first: the timeline's second ruler and the week view's
//! second hour column.

use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::document::{Document, Selection};

/// The zone of the second ruler.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SecondZone {
    #[default]
    Off,
    Home,
    Utc,
    /// The venue of the first selected event.
    Venue,
    /// Any IANA zone, by name.
    Named(String),
}

impl SecondZone {
    /// The zone the ruler reads, if it is on (and, for the venue, if an event is selected).
    pub fn zone(&self, doc: &Document, selection: &Selection) -> Option<Tz> {
        match self {
            SecondZone::Off => None,
            SecondZone::Home => Some(doc.timeline().home.zone.0),
            SecondZone::Utc => Some(chrono_tz::UTC),
            SecondZone::Venue => selection
                .ids()
                .next()
                .and_then(|id| doc.event(id))
                .map(|e| crate::model::time::place_zone(&e.place).0),
            SecondZone::Named(name) => name.parse().ok(),
        }
    }

    pub fn label(&self, doc: &Document) -> String {
        match self {
            SecondZone::Off => crate::tr!("second-zone-off"),
            SecondZone::Home => {
                crate::tr!("zone-choice-home", zone = doc.timeline().home.zone.name())
            }
            SecondZone::Utc => "UTC".into(),
            SecondZone::Venue => crate::tr!("second-zone-venue"),
            SecondZone::Named(name) => name.clone(),
        }
    }
}

/// The choice of a second zone: off, home, UTC, the selected event's venue, a zone of the document's venues, or
/// any IANA zone typed by name (`typed`). One widget that says what it is (`shown`, e.g. "Second ruler: Off"), so
/// a narrow toolbar never wraps its name from it.
pub fn second_zone_ui(
    ui: &mut egui::Ui,
    id: &str,
    shown: String,
    second: &mut SecondZone,
    typed: &mut String,
    doc: &Document,
) {
    {
        egui::ComboBox::from_id_salt(id)
            .height(480.0)
            .selected_text(shown)
            .show_ui(ui, |ui| {
                for choice in [
                    SecondZone::Off,
                    SecondZone::Home,
                    SecondZone::Utc,
                    SecondZone::Venue,
                ] {
                    let text = choice.label(doc);
                    ui.selectable_value(&mut *second, choice, text);
                }
                ui.separator();
                let mut venues: Vec<&'static str> = doc
                    .timeline()
                    .events
                    .iter()
                    .map(|e| crate::model::time::place_zone(&e.place).name())
                    .collect();
                venues.sort_unstable();
                venues.dedup();
                for name in venues {
                    ui.selectable_value(&mut *second, SecondZone::Named(name.to_owned()), name);
                }
                ui.separator();
                let field = ui.add(
                    egui::TextEdit::singleline(&mut *typed)
                        .hint_text(crate::tr!("second-zone-type"))
                        .desired_width(180.0),
                );
                field.widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::TextInput,
                        true,
                        crate::tr!("second-zone-type"),
                    )
                });
                if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                    let name = typed.trim();
                    if name.parse::<chrono_tz::Tz>().is_ok() {
                        *second = SecondZone::Named(name.to_owned());
                    }
                }
                if !typed.trim().is_empty() && typed.trim().parse::<chrono_tz::Tz>().is_err() {
                    ui.colored_label(
                        ui.visuals().error_fg_color,
                        crate::tr!("second-zone-unknown"),
                    );
                }
            })
            .response
            .on_hover_text(crate::tr!("second-ruler-hover"));
    }
}
