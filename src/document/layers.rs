//! Several programmes side by side: each open document is a layer with a name, a colour and a visibility; the
//! views read one combined programme of every visible layer. The active layer's events come first, with their own
//! ids, so every edit of the views reaches the active document unchanged; the other layers' events follow, locked
//! and with ids of their own (`layer-2/…`), so a view cannot edit them. Principals are matched by id across
//! layers, so the plan checks find the same person in two places at once though the events are in two files.

use std::collections::HashMap;
use std::sync::Arc;

use super::{Document, Documents};
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
    if let Some(cache) = cache.filter(|c| c.key == key) {
        return Some(cache);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_of_another_layer_names_its_layer_and_its_own_id() {
        assert_eq!(split_id("layer-2/mumbai"), Some((1, "mumbai")));
        assert_eq!(split_id(&format!("{}tokyo", prefix(0))), Some((0, "tokyo")));
        assert_eq!(split_id("mumbai"), None);
        assert_eq!(split_id("layer-0/x"), None);
        assert_eq!(split_id("layer-x/y"), None);
    }
}
