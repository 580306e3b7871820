//! Where in a document a value lives, e.g. `events[3].end`, so problems can point at it.

use std::fmt;

/// One step into a document: a struct field, a list index or a map key.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Seg {
    Field(&'static str),
    Index(usize),
    Key(String),
}

/// A path from the document root to a value.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Path(pub Vec<Seg>);

impl Path {
    pub fn root() -> Path {
        Path(Vec::new())
    }

    /// This path, one field further in.
    pub fn field(&self, name: &'static str) -> Path {
        let mut segs = self.0.clone();
        segs.push(Seg::Field(name));
        Path(segs)
    }

    /// This path, one list item further in.
    pub fn index(&self, i: usize) -> Path {
        let mut segs = self.0.clone();
        segs.push(Seg::Index(i));
        Path(segs)
    }

    /// This path, one map entry further in: `translations["fr"]`.
    pub fn key(&self, key: &str) -> Path {
        let mut segs = self.0.clone();
        segs.push(Seg::Key(key.to_owned()));
        Path(segs)
    }

    /// `events[i]` for an event index.
    pub fn event(i: usize) -> Path {
        Path(vec![Seg::Field("events"), Seg::Index(i)])
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (n, seg) in self.0.iter().enumerate() {
            match seg {
                Seg::Field(name) if n == 0 => write!(f, "{name}")?,
                Seg::Field(name) => write!(f, ".{name}")?,
                Seg::Index(i) => write!(f, "[{i}]")?,
                Seg::Key(key) => write!(f, "[{key:?}]")?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_prints_like_a_field_access() {
        assert_eq!(
            Path::event(3).field("place").field("country").to_string(),
            "events[3].place.country"
        );
        assert_eq!(
            Path::event(0)
                .field("translations")
                .key("fr")
                .field("title")
                .to_string(),
            "events[0].translations[\"fr\"].title"
        );
    }
}
