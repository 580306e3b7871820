//! Small typed codes that appear in files: ISO country codes and IANA zones.

use std::fmt;
use std::str::FromStr;

use chrono_tz::Tz;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An ISO 3166-1 alpha-2 country code such as `"IN"`: two ASCII letters, stored upper case.
/// Whether the country exists is checked by validation, so every unknown code is reported at once.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    pub const CA: CountryCode = CountryCode(*b"CA");
    /// The stand-in for a code that could not be read (see `deferred`); no file can write it.
    pub const STAND_IN: CountryCode = CountryCode(*b"\0\0");

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("??")
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

impl FromStr for CountryCode {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.as_bytes() {
            [a, b] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => Ok(CountryCode([
                a.to_ascii_uppercase(),
                b.to_ascii_uppercase(),
            ])),
            _ => Err(crate::tr!("code-not-a-country", text = s)),
        }
    }
}

impl Serialize for CountryCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CountryCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        match text.parse() {
            Ok(code) => Ok(code),
            // Reported with the file's other problems; a stand-in keeps the reading going.
            Err(message) if super::deferred::note(&text, &message) => Ok(CountryCode::STAND_IN),
            Err(message) => Err(serde::de::Error::custom(message)),
        }
    }
}

/// An IANA time zone such as `"Asia/Kolkata"`.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Zone(pub Tz);

impl Zone {
    pub const UTC: Zone = Zone(Tz::UTC);

    pub fn name(&self) -> &'static str {
        self.0.name()
    }
}

impl fmt::Debug for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.name())
    }
}

impl fmt::Display for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Zone {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        s.parse::<Tz>()
            .map(Zone)
            .map_err(|_| match suggest_zone(s) {
                Some(zone) => crate::tr!("code-not-a-zone-did-you-mean", text = s, zone = zone),
                None => crate::tr!("code-not-a-zone", text = s),
            })
    }
}

/// The known zone closest to a misspelt one, when one is close enough to be a likely typo.
fn suggest_zone(s: &str) -> Option<&'static str> {
    let lower = s.to_ascii_lowercase();
    chrono_tz::TZ_VARIANTS
        .iter()
        .map(|tz| {
            (
                tz.name(),
                edit_distance(&lower, &tz.name().to_ascii_lowercase()),
            )
        })
        .filter(|(_, d)| *d <= 3)
        .min_by_key(|(_, d)| *d)
        .map(|(name, _)| name)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

impl Serialize for Zone {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for Zone {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        match text.parse() {
            Ok(zone) => Ok(zone),
            // Reported with the file's other problems; UTC stands in and keeps the reading going.
            Err(message) if super::deferred::note(&text, &message) => Ok(Zone::UTC),
            Err(message) => Err(serde::de::Error::custom(message)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_misspelt_zone_suggests_the_right_one() {
        let err = "Asia/Kolkatta".parse::<Zone>().expect_err("unknown zone");
        assert!(err.contains("did you mean \"Asia/Kolkata\""), "{err}");
    }

    #[test]
    fn country_codes_are_two_letters_in_upper_case() {
        assert_eq!(
            "in".parse::<CountryCode>().map(|c| c.to_string()),
            Ok("IN".into())
        );
        assert!("IND".parse::<CountryCode>().is_err());
    }
}
