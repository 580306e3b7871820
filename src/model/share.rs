//! Storing each repeated piece of text of a loaded document once (`Timeline::share_text`): a trip id named by
//! every leg, a principal, a tag, a city, a recurring objective.

use super::text::{Text, ThinVec};
use super::timeline::{Event, Place, Timeline};

/// Hands out one shared copy of each distinct text it is shown.
#[derive(Default)]
struct Sharer {
    seen: foldhash::HashSet<Text>,
}

impl Sharer {
    fn share(&mut self, text: &mut Text) {
        if text.is_empty() {
            *text = Text::new();
        } else if let Some(shared) = self.seen.get(text.as_str()) {
            *text = shared.clone();
        } else {
            self.seen.insert(text.clone());
        }
    }

    fn share_all(&mut self, list: &mut ThinVec<Text>) {
        for text in list.iter_mut() {
            self.share(text);
        }
        list.shrink_to_fit();
    }

    fn share_place(&mut self, place: &mut Place) {
        self.share(&mut place.city);
    }

    fn share_event(&mut self, event: &mut Event) {
        // Ids and notes are one per event: nothing to share.
        self.share(&mut event.title);
        self.share_place(&mut event.place);
        for place in [&mut event.from, &mut event.to].into_iter().flatten() {
            self.share_place(place);
        }
        if let Some(trip) = &mut event.trip {
            self.share(trip);
        }
        self.share_all(&mut event.principals);
        self.share_all(&mut event.tags);
        self.share_all(&mut event.objectives);
        self.share(&mut event.restricted_notes);
        for source in event.sources.iter_mut() {
            self.share(&mut source.title);
            if let Some(url) = &mut source.url {
                self.share(url);
            }
        }
        event.sources.shrink_to_fit();
    }
}

impl Timeline {
    /// Stores each repeated text of the document once and releases spare list capacity left by parsing,
    /// so a large document holds only what it needs. Changes no value.
    pub fn share_text(&mut self) {
        let mut sharer = Sharer::default();
        for principal in &mut self.principals {
            sharer.share(&mut principal.id);
        }
        for trip in &mut self.trips {
            sharer.share(&mut trip.id);
        }
        // Right after parsing no one else holds an event, so nothing is copied here.
        for event in self.events.iter_mut().map(std::sync::Arc::make_mut) {
            sharer.share_event(event);
        }
        self.events.shrink_to_fit();
        self.trips.shrink_to_fit();
        self.principals.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DateValue;

    fn event(id: &str, title: &str, tags: &[&str]) -> Event {
        let place = Place {
            country: "FR".parse().expect("valid code"),
            city: "Paris".into(),
            ..Place::default()
        };
        let mut e = Event::new(id, title, DateValue::Year(2026), place);
        e.tags = tags.iter().map(|t| Text::from(*t)).collect();
        e
    }

    #[test]
    fn sharing_text_keeps_every_value_and_stores_repeats_once() {
        let mut timeline = Timeline::new(
            "t",
            crate::model::Home {
                country: "CA".parse().expect("valid code"),
                city: "Ottawa".into(),
                zone: "America/Toronto".parse().expect("valid zone"),
            },
        );
        timeline.events = vec![
            event("a", "Visit", &["trade", "energy"]).into(),
            event("b", "Visit", &["trade"]).into(),
        ];
        let before = timeline.clone();
        timeline.share_text();
        assert_eq!(timeline, before);
        let (a, b) = (&timeline.events[0], &timeline.events[1]);
        assert!(Text::ptr_eq(&a.title, &b.title));
        assert!(Text::ptr_eq(&a.tags[0], &b.tags[0]));
        assert!(Text::ptr_eq(&a.place.city, &b.place.city));
        assert!(!Text::ptr_eq(&a.id, &b.id));
    }

    #[test]
    fn an_event_stays_small_enough_for_a_large_document_to_fit_in_a_kilobyte_per_event() {
        // Text and lists are one pointer each, a place's own coordinates and an event's translations live
        // apart; with notes of about 650 bytes, this is what keeps `cargo bench --bench load` under 1 KiB per
        // event.
        assert_eq!(std::mem::size_of::<Text>(), 8);
        assert_eq!(std::mem::size_of::<ThinVec<Text>>(), 8);
        assert!(
            std::mem::size_of::<Event>() <= 160,
            "{}",
            std::mem::size_of::<Event>()
        );
    }
}
