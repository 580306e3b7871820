//! Several programmes side by side: each open document is a layer with a name, a colour and a visibility; the
//! views read one combined programme of every visible layer. The active layer's events come first, with their own
//! ids, so every edit of the views reaches the active document unchanged; the other layers' events follow, locked
//! and with ids of their own (`layer-2/…`), so a view cannot edit them. Principals are matched by id across
//! layers, so the plan checks find the same person in two places at once though the events are in two files.

use std::collections::HashMap;
use std::sync::Arc;

use super::{Document, Documents};
use crate::edit::change::Change;
use crate::model::{Text, Timeline};

/// What a layer looks like in the layers panel and the views.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layer {
    /// Its colour, by position in the views' layer palette.
    pub color: usize,
    pub visible: bool,
}

/// The prefix of a non-active layer's ids in the combined programme.
fn prefix(layer: usize) -> String {
    format!("layer-{}/", layer + 1)
}

/// Which layer an id of the combined programme belongs to, and the id in that layer's own file; `None` for an id
/// of the active layer (which has no prefix).
pub fn split_id(id: &str) -> Option<(usize, &str)> {
    let rest = id.strip_prefix("layer-")?;
    let (number, own) = rest.split_once('/')?;
    let n: usize = number.parse().ok()?;
    Some((n.checked_sub(1)?, own))
}

/// An id of the combined programme once layer `closed` is closed: the layers after it move up one, so their ids
/// are numbered again; `None` for an id of the closed layer itself. Ids of the active layer are kept.
pub fn id_after_closing(id: &str, closed: usize) -> Option<String> {
    match split_id(id) {
        None => Some(id.to_owned()),
        Some((layer, _)) if layer == closed => None,
        Some((layer, own)) if layer > closed => Some(format!("{}{own}", prefix(layer - 1))),
        Some(_) => Some(id.to_owned()),
    }
}

/// Every visible layer's programme as one, for the views to read.
pub struct Combined {
    pub doc: Document,
    /// Per event of `doc`: the layer it comes from.
    layer_of: Vec<u16>,
    /// The layers' names, by layer.
    pub names: Vec<String>,
    /// The layers' colour numbers, by layer.
    pub colors: Vec<usize>,
    /// What it was built from: each layer's document id, revision and visibility, and the active layer.
    key: (Vec<(u64, u64, bool)>, usize),
}

impl Combined {
    /// The layer event `index` of the combined programme comes from.
    pub fn layer_of(&self, index: u32) -> Option<usize> {
        self.layer_of.get(index as usize).map(|&l| usize::from(l))
    }

    /// The colour number and name of the layer event `index` comes from.
    pub fn layer_look(&self, index: u32) -> Option<(usize, &str)> {
        let layer = self.layer_of(index)?;
        Some((*self.colors.get(layer)?, self.names.get(layer)?.as_str()))
    }

    /// The layer being edited (whose events keep their own ids).
    pub fn active(&self) -> usize {
        self.key.1
    }

    /// Per event, the layer it comes from.
    pub fn layers(&self) -> &[u16] {
        &self.layer_of
    }
}

fn key_of(docs: &Documents) -> (Vec<(u64, u64, bool)>, usize) {
    (
        docs.iter()
            .map(|o| (o.doc.id(), o.doc.revision(), o.layer.visible))
            .collect(),
        docs.active_index(),
    )
}

/// The combined programme of `docs` when more than one layer is visible beside the active one (`None` with one
/// layer only); `cache` is the last one built, kept while nothing it was built from changed.
pub fn combined(docs: &Documents, cache: Option<Combined>) -> Option<Combined> {
    let others = docs
        .iter()
        .enumerate()
        .any(|(i, o)| i != docs.active_index() && o.layer.visible);
    if !others {
        return None;
    }
    let key = key_of(docs);
    match cache {
        Some(c) if c.key == key => return Some(c),
        Some(c) => {
            if let Some(followed) = follow_active(c, docs, key.clone()) {
                return Some(followed);
            }
        }
        None => {}
    }
    let active = docs.active();
    let mut t: Timeline = active.timeline().clone();
    let mut layer_of = vec![docs.active_index() as u16; t.events.len()];
    let mut principals: HashMap<Text, ()> =
        t.principals.iter().map(|p| (p.id.clone(), ())).collect();
    for (n, open) in docs.iter().enumerate() {
        if n == docs.active_index() || !open.layer.visible {
            continue;
        }
        let other = open.doc.timeline();
        let pre = prefix(n);
        let renamed = |id: &Text| Text::from(format!("{pre}{id}"));
        for p in &other.principals {
            if principals.insert(p.id.clone(), ()).is_none() {
                t.principals.push(p.clone());
            }
        }
        for trip in &other.trips {
            let mut trip = trip.clone();
            trip.id = renamed(&trip.id);
            t.trips.push(trip);
        }
        for e in &other.events {
            let mut e = (**e).clone();
            e.id = renamed(&e.id);
            e.trip = e.trip.as_ref().map(renamed);
            // Read-only until its layer is made active: a drag on it shows the refusal it would meet.
            e.locked = true;
            t.events.push(Arc::new(e));
            layer_of.push(n as u16);
        }
    }
    let names = docs.iter().map(|o| o.doc.name().to_owned()).collect();
    let colors = docs.iter().map(|o| o.layer.color).collect();
    let doc = Document::from_timeline(t, active.name().to_owned());
    Some(Combined {
        doc,
        layer_of,
        names,
        colors,
        key,
    })
}

/// Brings `cache` up to date by replaying the active layer's edits since it was built, at the cost of what they
/// changed (as the document itself follows them): possible when nothing but the active layer's revision moved and
/// its edits touch only events and trips, which come first in the combined programme, at the same positions.
/// `None` when it must be built afresh.
fn follow_active(
    mut cache: Combined,
    docs: &Documents,
    key: (Vec<(u64, u64, bool)>, usize),
) -> Option<Combined> {
    let n = docs.active_index();
    let same_shape = cache.key.1 == key.1 && cache.key.0.len() == key.0.len();
    let only_active_moved = same_shape
        && cache
            .key
            .0
            .iter()
            .zip(&key.0)
            .enumerate()
            .all(|(i, (was, now))| {
                if i == n {
                    was.0 == now.0 && was.2 == now.2
                } else {
                    was == now
                }
            });
    if !only_active_moved {
        return None;
    }
    let changes: Vec<Change> = docs
        .active()
        .changes_since(cache.key.0[n].1)?
        .cloned()
        .collect();
    if !changes
        .iter()
        .all(|c| matches!(c, Change::Event { .. } | Change::Trip { .. }))
    {
        return None;
    }
    for change in &changes {
        if let Change::Event {
            index,
            before,
            after,
        } = change
        {
            match (before.is_some(), after.is_some()) {
                (false, true) => cache
                    .layer_of
                    .insert((*index).min(cache.layer_of.len()), n as u16),
                (true, false) if *index < cache.layer_of.len() => {
                    cache.layer_of.remove(*index);
                }
                _ => {}
            }
        }
    }
    cache.doc.follow(changes);
    cache.key = key;
    Some(cache)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closing_a_layer_renumbers_the_ids_of_those_after_it_and_drops_its_own() {
        assert_eq!(id_after_closing("mumbai", 1).as_deref(), Some("mumbai"));
        assert_eq!(
            id_after_closing("layer-1/tokyo", 1).as_deref(),
            Some("layer-1/tokyo")
        );
        assert_eq!(id_after_closing("layer-2/delhi", 1), None);
        assert_eq!(
            id_after_closing("layer-3/canberra", 1).as_deref(),
            Some("layer-2/canberra")
        );
        assert_eq!(
            id_after_closing("layer-3/a/b", 1).as_deref(),
            Some("layer-2/a/b")
        );
    }

    #[test]
    fn an_id_of_another_layer_names_its_layer_and_its_own_id() {
        assert_eq!(split_id("layer-2/mumbai"), Some((1, "mumbai")));
        assert_eq!(split_id(&format!("{}tokyo", prefix(0))), Some((0, "tokyo")));
        assert_eq!(split_id("mumbai"), None);
        assert_eq!(split_id("layer-0/x"), None);
        assert_eq!(split_id("layer-x/y"), None);
    }

    /// A generated programme being edited, beside another with the same principals.
    fn sample_with(other: usize) -> Documents {
        let generated = crate::model::generate::generate;
        let mut docs = Documents::new(Document::from_timeline(generated(300, 1), "pm.ron".into()));
        let t = generated(other, 2);
        docs.add_layer(Document::from_timeline(t, "other.ron".into()));
        docs
    }

    /// What the combined programme says of its events: ids, layers, times and plan warnings.
    fn reading(c: &Combined) -> (Vec<String>, Vec<u16>, String, String) {
        let ids = c
            .doc
            .timeline()
            .events
            .iter()
            .map(|e| e.id.to_string())
            .collect();
        let times = format!("{:?}", c.doc.resolved());
        let plan = format!("{:?}", c.doc.plan());
        (ids, c.layer_of.clone(), times, plan)
    }

    #[test]
    fn the_combined_programme_follows_edits_of_the_active_layer_as_if_built_afresh() {
        use crate::edit::{Command, Shift};
        let mut docs = sample_with(100);
        let mut cache = combined(&docs, None);
        let built = cache.as_ref().map(|c| c.doc.id());
        let free: Vec<String> = docs
            .active()
            .timeline()
            .events
            .iter()
            .filter(|e| e.trip.is_none() && !e.locked && !e.is_date_unfixed())
            .map(|e| e.id.to_string())
            .take(2)
            .collect();
        let [first, second] = [free[0].clone(), free[1].clone()];
        let commands = [
            Command::MoveEvents {
                ids: vec![first.clone()],
                by: Shift::days(2),
                lane: None,
            },
            Command::DuplicateEvents {
                ids: vec![second.clone()],
            },
            Command::DeleteEvents {
                ids: vec![first, second],
            },
        ];
        for command in commands {
            let done = docs.active_mut().apply(command);
            assert!(matches!(done, Ok(Some(_))), "{done:?}");
            cache = combined(&docs, cache);
            let (Some(followed), Some(fresh)) = (&cache, combined(&docs, None)) else {
                panic!("two layers are combined");
            };
            assert_eq!(Some(followed.doc.id()), built, "followed, not built again");
            assert_eq!(reading(followed), reading(&fresh));
        }
        while docs.active_mut().undo().is_some() {
            cache = combined(&docs, cache);
        }
        let (Some(followed), Some(fresh)) = (&cache, combined(&docs, None)) else {
            panic!("two layers are combined");
        };
        assert_eq!(reading(followed), reading(&fresh), "undone too");
    }

    #[test]
    fn the_combined_programme_is_built_afresh_when_another_layer_changes() {
        let mut docs = sample_with(100);
        let cache = combined(&docs, None);
        let built = cache.as_ref().map(|c| c.doc.id());
        let t = crate::model::generate::generate(2, 3);
        docs.replace_layer(1, Document::from_timeline(t, "other.ron".into()));
        let again = combined(&docs, cache).map(|c| (c.doc.id(), c.doc.timeline().events.len()));
        assert_ne!(again.map(|a| a.0), built);
        assert_eq!(
            again.map(|a| a.1),
            Some(docs.active().timeline().events.len() + 2)
        );
    }
}
