//! Which events are shown: the one rule every view, the briefing and the command line follow. The filter picks
//! events, restricted content is left out unless it is asked for, and "with plan warnings" keeps only the events
//! a warning involves.

use super::Document;
use crate::model::Classification;
use crate::model::filter::{Filter, SearchIndex, visible};

/// The events shown, as indices in time order.
pub fn shown(
    doc: &Document,
    index: &SearchIndex,
    filter: &Filter,
    show_restricted: bool,
) -> Vec<u32> {
    let t = doc.timeline();
    let resolved = doc.resolved();
    let mut events = visible(
        t,
        &resolved.times,
        &resolved.order,
        index,
        filter,
        show_restricted,
    );
    if !show_restricted {
        events.retain(|&i| t.events[i as usize].classification != Classification::Restricted);
    }
    if filter.plan_warnings {
        events.retain(|&i| doc.has_warning(i));
    }
    events
}

/// The events shown now, kept until the document, its plan warnings, the filter or the restricted switch change;
/// with the word index it searches, kept up to date edit by edit.
#[derive(Default)]
pub struct Shown {
    events: Vec<u32>,
    /// Document revision, plan version, filter and restricted switch the events were found for.
    key: Option<(u64, u64, Filter, bool)>,
    /// Changes whenever which events `events` holds does.
    version: u64,
    /// The word index for search, for one document revision; built when a search is first typed.
    index: Option<(u64, SearchIndex)>,
}

/// Beyond this many primitive changes (a bulk delete, say), building the search index afresh is quicker than
/// replaying them, since each insertion or removal renumbers every later event.
const MAX_REPLAYED_CHANGES: usize = 200;

/// Whether two lists of distinct event indices hold the same events, in any order.
fn same_members(a: &[u32], b: &[u32]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    if a == b {
        return true;
    }
    let len = a.iter().chain(b).max().map_or(0, |&m| m as usize + 1);
    let mut seen = vec![false; len];
    for &i in a {
        seen[i as usize] = true;
    }
    b.iter().all(|&i| seen[i as usize])
}

impl Shown {
    /// The events shown, in time order.
    pub fn events(&self) -> &[u32] {
        &self.events
    }

    /// Changes whenever which events are shown does (not when the same ones only change order).
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Takes a word index built elsewhere (on the file worker, with the document).
    pub fn set_index(&mut self, revision: u64, index: SearchIndex) {
        self.index = Some((revision, index));
    }

    /// Recomputes the events shown if anything they depend on changed; returns whether it did.
    pub fn refresh(&mut self, doc: &Document, filter: &Filter, show_restricted: bool) -> bool {
        // The plan warnings matter only to the filter that shows the events they name.
        let plan = if filter.plan_warnings {
            doc.plan_version()
        } else {
            0
        };
        let unchanged = self.key.as_ref().is_some_and(|(revision, p, f, r)| {
            *revision == doc.revision() && *p == plan && f == filter && *r == show_restricted
        });
        if unchanged {
            return false;
        }
        // The index follows every edit (a fraction of a millisecond each), so a search never waits for a rebuild.
        if self.index.is_some() || !filter.text.trim().is_empty() {
            self.catch_up(doc);
        }
        let empty = SearchIndex::default();
        let index = self.index.as_ref().map_or(&empty, |(_, index)| index);
        let events = shown(doc, index, filter, show_restricted);
        self.key = Some((doc.revision(), plan, filter.clone(), show_restricted));
        // The same events (a move within the filter, say), even in a new order, keep their version: what follows
        // the visible set, such as the calendar's index or the timeline's lanes, need not be built again. Every
        // view that reads the order also follows the document's revision, and for one set of events the order is
        // the document's.
        let same = self.version > 0 && same_members(&events, &self.events);
        self.events = events;
        if same {
            return false;
        }
        self.version += 1;
        true
    }

    /// Brings the search index to the document's revision: by replaying the edits since it was built, or by
    /// building it afresh for another document or after many edits.
    fn catch_up(&mut self, doc: &Document) {
        if let Some((rev, index)) = &mut self.index
            && let Some(changes) = doc.changes_since(*rev)
            && changes.clone().count() <= MAX_REPLAYED_CHANGES
        {
            for change in changes {
                if let crate::edit::change::Change::Event {
                    index: at,
                    before,
                    after,
                } = change
                {
                    index.update(*at, before.as_deref(), after.as_deref());
                }
            }
            *rev = doc.revision();
            return;
        }
        self.index = Some((doc.revision(), SearchIndex::build(doc.timeline())));
    }
}
