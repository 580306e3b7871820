//! The steps of a briefing, as pure data: an overview, the events the filter shows (dated ones in order, those
//! known only to the month or year after the dated events of their period), and a summary. Restricted events are
//! left out unless the briefer asks for them.

use chrono::NaiveDate;

use crate::model::{Classification, Event, Precision, Timeline};

/// One step of a briefing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Overview,
    /// An event, by its index in the timeline.
    Event(u32),
    Summary,
}

/// The steps for the events in `visible` (document order).
pub fn steps(t: &Timeline, visible: &[u32], show_restricted: bool) -> Vec<Step> {
    let mut events: Vec<(NaiveDate, u8, usize, u32)> = visible
        .iter()
        .enumerate()
        .filter(|(_, i)| {
            show_restricted || t.events[**i as usize].classification != Classification::Restricted
        })
        .map(|(n, &i)| {
            let start = t.events[i as usize].start;
            let key = match start.precision() {
                Precision::Day | Precision::Time => (start.first_day(), 0),
                // After every dated event of its month or year.
                Precision::Month => (start.last_day(), 1),
                Precision::Year => (
                    NaiveDate::from_ymd_opt(start.year(), 12, 31).unwrap_or(start.last_day()),
                    2,
                ),
            };
            (key.0, key.1, n, i)
        })
        .collect();
    events.sort();
    let mut out = vec![Step::Overview];
    out.extend(events.into_iter().map(|(.., i)| Step::Event(i)));
    out.push(Step::Summary);
    out
}

/// The events of a briefing's steps, in step order, with their indices.
pub fn shown_events<'a>(
    t: &'a Timeline,
    steps: &'a [Step],
) -> impl Iterator<Item = (u32, &'a Event)> + 'a {
    steps.iter().filter_map(move |s| match s {
        Step::Event(i) => Some((*i, &*t.events[*i as usize])),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Resolved;

    #[test]
    fn undated_events_follow_the_dated_events_of_their_period_between_overview_and_summary() {
        let t = crate::model::sample_timeline();
        let resolved = Resolved::of(&t);
        let s = steps(&t, &resolved.order, false);
        assert_eq!(s.first(), Some(&Step::Overview));
        assert_eq!(s.last(), Some(&Step::Summary));
        let ids: Vec<&str> = s
            .iter()
            .filter_map(|s| match s {
                Step::Event(i) => Some(t.events[*i as usize].id.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(
            ids,
            [
                "china-visit",
                "france-visit",
                "qatar-visit",
                "switzerland-visit",
                "mumbai",
                "new-delhi",
                "australia",
                "address-to-parliament-canberra",
                "tokyo",
                "apec-summit-china",
                "brazil-visit",
                "cambodia-visit",
                "philippines-visit",
            ]
        );
    }

    #[test]
    fn restricted_events_are_steps_only_when_asked_for() {
        let mut t = crate::model::sample_timeline();
        std::sync::Arc::make_mut(&mut t.events[4]).classification = Classification::Restricted;
        let resolved = Resolved::of(&t);
        assert!(!steps(&t, &resolved.order, false).contains(&Step::Event(4)));
        assert!(steps(&t, &resolved.order, true).contains(&Step::Event(4)));
    }
}
