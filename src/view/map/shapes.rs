//! Country shapes from Natural Earth (via world-atlas, in `assets/world-atlas/`): decoded once, projected,
//! triangulated with earcut for filling, and searchable by point. Pure data; no drawing here.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::projection::project;

/// One country: its ISO code (when Natural Earth gives it one), projected rings and a triangle mesh.
pub struct CountryShape {
    /// ISO 3166-1 alpha-2, upper case; `None` for the few areas without a code.
    pub code: Option<String>,
    pub name: String,
    /// Polygons, each an outer ring then its holes, in projected coordinates.
    pub polygons: Vec<Vec<Vec<(f64, f64)>>>,
    /// min x, min y, max x, max y of all rings.
    pub bbox: (f64, f64, f64, f64),
    /// Triangle mesh for filling, in projected coordinates.
    pub vertices: Vec<(f32, f32)>,
    pub triangles: Vec<u32>,
}

/// All countries at one level of detail.
pub struct World {
    pub countries: Vec<CountryShape>,
}

/// ISO numeric ("356") to alpha-2 ("IN"), from keshvar.
fn alpha2_by_numeric() -> &'static HashMap<u32, String> {
    static TABLE: OnceLock<HashMap<u32, String>> = OnceLock::new();
    TABLE.get_or_init(|| {
        keshvar::CountryIterator::new()
            .filter_map(|c| Some((c.number().parse::<u32>().ok()?, c.alpha2().to_string())))
            .collect()
    })
}

fn ring(points: &[Vec<f64>]) -> Vec<(f64, f64)> {
    // A ring that crosses the antimeridian (Fiji, Chukotka) is unwrapped into one continuous run of longitudes,
    // then squeezed against the map's edge, so it never stretches across the whole map.
    let mut previous: Option<f64> = None;
    let mut out: Vec<(f64, f64)> = points
        .iter()
        .filter(|p| p.len() >= 2)
        .map(|p| {
            let mut lon = p[0];
            if let Some(prev) = previous {
                while lon - prev > 180.0 {
                    lon -= 360.0;
                }
                while prev - lon > 180.0 {
                    lon += 360.0;
                }
            }
            previous = Some(lon);
            project(lon.clamp(-180.0, 180.0), p[1].clamp(-90.0, 90.0))
        })
        .collect();
    if out.len() > 1 && out.first() == out.last() {
        out.pop();
    }
    out
}

/// Decodes a world-atlas TopoJSON file (object `countries`).
pub fn decode(json: &str) -> Result<World, String> {
    let topo: topojson::TopoJson = json.parse().map_err(|e| format!("not TopoJSON: {e}"))?;
    let topojson::TopoJson::Topology(topology) = topo else {
        return Err("not a TopoJSON topology".into());
    };
    let collection = topojson::to_geojson(&topology, "countries").map_err(|e| e.to_string())?;
    let mut countries = Vec::new();
    for feature in collection.features {
        let numeric = match &feature.id {
            Some(geojson::feature::Id::String(s)) => s.parse::<u32>().ok(),
            Some(geojson::feature::Id::Number(n)) => n.as_u64().map(|n| n as u32),
            None => None,
        };
        let name = feature
            .property("name")
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_owned();
        let polygons: Vec<Vec<Vec<(f64, f64)>>> = match feature.geometry.map(|g| g.value) {
            Some(geojson::Value::Polygon(rings)) => vec![rings.iter().map(|r| ring(r)).collect()],
            Some(geojson::Value::MultiPolygon(polys)) => polys
                .iter()
                .map(|rings| rings.iter().map(|r| ring(r)).collect())
                .collect(),
            _ => continue,
        };
        countries.push(shape(
            numeric.and_then(|n| alpha2_by_numeric().get(&n).cloned()),
            name,
            polygons,
        ));
    }
    Ok(World { countries })
}

fn shape(code: Option<String>, name: String, polygons: Vec<Vec<Vec<(f64, f64)>>>) -> CountryShape {
    let mut bbox = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    let mut vertices = Vec::new();
    let mut triangles = Vec::new();
    for polygon in &polygons {
        let mut flat = Vec::new();
        let mut holes = Vec::new();
        for (k, r) in polygon.iter().enumerate() {
            if k > 0 {
                holes.push(flat.len() / 2);
            }
            for &(x, y) in r {
                bbox = (bbox.0.min(x), bbox.1.min(y), bbox.2.max(x), bbox.3.max(y));
                flat.push(x);
                flat.push(y);
            }
        }
        let base = vertices.len() as u32;
        if let Ok(indices) = earcutr::earcut(&flat, &holes, 2) {
            triangles.extend(indices.into_iter().map(|i| base + i as u32));
        }
        vertices.extend(flat.chunks(2).map(|p| (p[0] as f32, p[1] as f32)));
    }
    CountryShape {
        code,
        name,
        polygons,
        bbox,
        vertices,
        triangles,
    }
}

/// Even-odd test of a point against one ring.
fn inside(ring: &[(f64, f64)], p: (f64, f64)) -> bool {
    let mut result = false;
    let mut j = ring.len().wrapping_sub(1);
    for i in 0..ring.len() {
        let (a, b) = (ring[i], ring[j]);
        if (a.1 > p.1) != (b.1 > p.1) && p.0 < (b.0 - a.0) * (p.1 - a.1) / (b.1 - a.1) + a.0 {
            result = !result;
        }
        j = i;
    }
    result
}

impl World {
    /// The country at a projected point, if any.
    pub fn country_at(&self, p: (f64, f64)) -> Option<&CountryShape> {
        self.countries.iter().find(|c| {
            let (x0, y0, x1, y1) = c.bbox;
            (x0..=x1).contains(&p.0)
                && (y0..=y1).contains(&p.1)
                && c.polygons.iter().any(|poly| {
                    poly.first().is_some_and(|outer| inside(outer, p))
                        && !poly.iter().skip(1).any(|hole| inside(hole, p))
                })
        })
    }

    pub fn by_code(&self, code: &str) -> Option<&CountryShape> {
        self.countries
            .iter()
            .find(|c| c.code.as_deref() == Some(code))
    }
}

/// The coarse world (1:110m), decoded once.
pub fn world_110m() -> &'static World {
    static WORLD: OnceLock<World> = OnceLock::new();
    WORLD.get_or_init(|| {
        decode(include_str!(
            "../../../assets/world-atlas/countries-110m.json"
        ))
        .unwrap_or(World {
            countries: Vec::new(),
        })
    })
}

/// The detailed world (1:50m, with small states such as Singapore and Bahrain), decoded on first use.
pub fn world_50m() -> &'static World {
    static WORLD: OnceLock<World> = OnceLock::new();
    WORLD.get_or_init(|| {
        decode(include_str!(
            "../../../assets/world-atlas/countries-50m.json"
        ))
        .unwrap_or(World {
            countries: Vec::new(),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_coarse_world_has_177_countries_with_meshes() {
        let world = world_110m();
        assert_eq!(world.countries.len(), 177);
        assert!(
            world.countries.iter().all(|c| !c.triangles.is_empty()),
            "every country is triangulated"
        );
        assert!(world.by_code("IN").is_some() && world.by_code("CA").is_some());
    }

    #[test]
    fn a_click_at_indias_centre_hits_india_and_one_on_open_sea_hits_nothing() {
        let world = world_110m();
        let india = world
            .country_at(project(78.96, 22.0))
            .and_then(|c| c.code.clone());
        assert_eq!(india.as_deref(), Some("IN"));
        assert!(
            world.country_at(project(-30.0, 0.0)).is_none(),
            "mid-Atlantic"
        );
        assert!(
            world.country_at(project(-150.0, -30.0)).is_none(),
            "south Pacific"
        );
    }

    #[test]
    fn the_detailed_world_has_the_small_states() {
        let world = world_50m();
        assert!(world.by_code("SG").is_some() && world.by_code("BH").is_some());
    }
}
