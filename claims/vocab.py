"""The one vocabulary of the extractor: currencies, scales, units, hedges and change words.

Units (``Quantity.unit``):
  percent, percentage_point, basis_point, times (a multiplier: "20 times", "20-fold", "20X");
  a unit of measure, named as below (spelled-out names, plurals, prefixes and symbols come from
  pint's registry through ``claims.units``; the names of the first release are kept):
    length      km, m, cm, mm, um, nm, mile, nautical_mile, yard, foot, inch, light_year
    area        km2, square_metre, square_foot, square_mile, hectare, acre
    mass        kg, g, mg, ug, tonne, lb, ounce, stone, carat
    volume      litre, ml, gallon, barrel, bushel, cubic_foot
    time        year, month, week, day, hour, minute, second (also ages: "a 43-year-old")
    speed       mph, km_per_hour, m_per_second, knot
    frequency   hz, khz, mhz, ghz, thz, rpm
    power       w, kw, mw (megawatt), gw, tw, horsepower, metric_horsepower
    energy      wh, kwh, mwh, gwh, twh, j, kj, mj, calorie, kcal
    torque      pound_foot, newton_metre
    storage     byte, kb, mb (megabyte), gb, tb, pb
    pressure    pa, kpa, hpa, mpa, bar, mbar, psi, mmhg
    electric    v, kv, ah, mah
    other       degree, degree_celsius, degree_fahrenheit, decibel, ppm, ppb, mpg, mp (megapixel)
  a compound "A_per_B" for a unit or counted noun per another ("barrel_per_day" for "barrels per
  day", "bpd", "mb/d", "barrels a day"; "point_per_game"; "bushel_per_acre"; "g_per_tonne");
  or, for a count, the counted noun in the singular ("follower", "order", "person"; "read 3
  billion times" counts "time"). A number whose noun is left out takes its neighbour's
  ("5.2 million users, surpassing Zenith's 4.8 million"). None only when nothing is named.
  A money amount has ``unit=None`` and its ``currency`` set (ISO 4217); a price per unit has
  ``unit="per_<unit>"`` ("$80 per barrel" -> per_barrel, "15p a share" -> per_share,
  "$1,054 an ounce" -> per_ounce). Pence and cents are read in the major unit ("212p" is 2.12
  GBP, "14 cents" 0.14 USD).
"""

from __future__ import annotations

import re

from claims.units import SPACED_SYMBOL_STOP, UNIT_SYMBOLS, UNIT_WORDS

# Currency symbols and codes written *before* the number. Longest first when matching.
CURRENCY_PREFIXES: dict[str, str] = {
    "HK$": "HKD",
    "US$": "USD",
    "S$": "SGD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "NT$": "TWD",
    "NZ$": "NZD",
    "R$": "BRL",
    "MX$": "MXN",
    "CN¥": "CNY",
    "RMB¥": "CNY",
    "RMB ¥": "CNY",
    "￥": "CNY",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "₹": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "₺": "TRY",
    "₫": "VND",
    "Rs.": "INR",
    "Rs": "INR",
    "RMB": "CNY",
    "CNY": "CNY",
    "USD": "USD",
    "HKD": "HKD",
    "EUR": "EUR",
    "GBP": "GBP",
    "JPY": "JPY",
    "SGD": "SGD",
    "AUD": "AUD",
    "CAD": "CAD",
    "CHF": "CHF",
    "INR": "INR",
    "KRW": "KRW",
    "TWD": "TWD",
}
# "¥" is yen in most English news and yuan in news about China: decided per document.
YEN_OR_YUAN = "¥"

# Currency words written *after* the number (plural and singular). Multi-word first.
CURRENCY_WORDS: dict[str, str] = {
    "hong kong dollars": "HKD",
    "hong kong dollar": "HKD",
    "hk dollars": "HKD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "singapore dollars": "SGD",
    "australian dollars": "AUD",
    "canadian dollars": "CAD",
    "new taiwan dollars": "TWD",
    "taiwan dollars": "TWD",
    "chinese yuan": "CNY",
    "chinese renminbi": "CNY",
    "japanese yen": "JPY",
    "british pounds": "GBP",
    "south korean won": "KRW",
    "indian rupees": "INR",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "cny": "CNY",
    "dollars": "USD",
    "bucks": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "won": "KRW",
    "rupees": "INR",
    "rupee": "INR",
    "roubles": "RUB",
    "rubles": "RUB",
    "swiss francs": "CHF",
    "francs": "CHF",
    "usd": "USD",
    "hkd": "HKD",
    "eur": "EUR",
    "gbp": "GBP",
    "jpy": "JPY",
}

# Scale words and suffixes. Suffixes ("5bn", "20k") may be attached to the digits.
SCALE_WORDS: dict[str, float] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "lakh": 1e5,
    "crore": 1e7,
    "mln": 1e6,
    "mn": 1e6,
    "bn": 1e9,
    "bln": 1e9,
    "tn": 1e12,
    "trn": 1e12,
    "k": 1e3,
    "m": 1e6,
    "b": 1e9,
}
SCALE_SUFFIXES_ATTACHED = ("bn", "mn", "mln", "bln", "tn", "trn", "k", "m", "b")
# Case-sensitive single-letter scales are only read when attached or directly after a currency.

# Units of measure: written after the number, *inside* the span. Longest first when matching.
MEASURE_UNITS: dict[str, str] = {
    "percentage points": "percentage_point",
    "percentage point": "percentage_point",
    "percentage-points": "percentage_point",
    "percentage-point": "percentage_point",
    "basis points": "basis_point",
    "basis point": "basis_point",
    "bps": "basis_point",
    "bp": "basis_point",
    "per cent": "percent",
    "percent": "percent",
    "pct": "percent",
    "pc": "percent",
    "%": "percent",
    "times": "times",
    "-fold": "times",
    " fold": "times",
    "fold": "times",
    "x": "times",
    "km/h": "km_per_hour",
    "m/s": "m_per_second",
    "kph": "km_per_hour",
    "mph": "mph",
    "kilometres": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometer": "km",
    "km": "km",
    "metres": "m",
    "meters": "m",
    "metre": "m",
    "meter": "m",
    "m": "m",
    "centimetres": "cm",
    "centimeters": "cm",
    "cm": "cm",
    "millimetres": "mm",
    "millimeters": "mm",
    "mm": "mm",
    "miles": "mile",
    "mile": "mile",
    "feet": "foot",
    "foot": "foot",
    "ft": "foot",
    "inches": "inch",
    "inch": "inch",
    "kilograms": "kg",
    "kilogram": "kg",
    "kg": "kg",
    "grams": "g",
    "gram": "g",
    "tonnes": "tonne",
    "tonne": "tonne",
    "tons": "tonne",
    "ton": "tonne",
    "pounds": "lb",
    "lbs": "lb",
    "lb": "lb",
    "litres": "litre",
    "liters": "litre",
    "litre": "litre",
    "liter": "litre",
    "barrels": "barrel",
    "barrel": "barrel",
    "hectares": "hectare",
    "hectare": "hectare",
    "acres": "acre",
    "acre": "acre",
    "square kilometres": "km2",
    "square kilometers": "km2",
    "sq km": "km2",
    "km2": "km2",
    "mah": "mah",
    "megapixels": "mp",
    "mp": "mp",
    "°c": "degree_celsius",
    "°f": "degree_fahrenheit",
    "degrees celsius": "degree_celsius",
    "degrees fahrenheit": "degree_fahrenheit",
    "degrees": "degree",
    "degree": "degree",
    "mmhg": "mmhg",
    "kwh": "kwh",
    "mwh": "mwh",
    "gwh": "gwh",
    "kw": "kw",
    "mw": "mw",
    "gw": "gw",
    "gb": "gb",
    "tb": "tb",
    "years": "year",
    "year": "year",
    "yrs": "year",
    "yr": "year",
    "months": "month",
    "month": "month",
    "weeks": "week",
    "week": "week",
    "days": "day",
    "day": "day",
    "hours": "hour",
    "hour": "hour",
    "minutes": "minute",
    "minute": "minute",
    "seconds": "second",
    "second": "second",
    "secs": "second",
    "sec": "second",
    "mins": "minute",
    "min": "minute",
    "hrs": "hour",
    "hr": "hour",
    "points": "point",
    "point": "point",
    "pts": "point",
    "degrees c": "degree_celsius",
    "degree c": "degree_celsius",
    "degrees f": "degree_fahrenheit",
    "degree f": "degree_fahrenheit",
    "degree celsius": "degree_celsius",
    "degree fahrenheit": "degree_fahrenheit",
    "percent of": "percent",
}
del MEASURE_UNITS["percent of"]
# pint's names, plurals and prefixes (claims.units) after the hand-written ones above, which win.
for _word, _unit in UNIT_WORDS.items():
    MEASURE_UNITS.setdefault(_word, _unit)
# Case-sensitive symbols, read attached ("2.2GHz") or spaced ("600 MHz") unless also a word.
SYMBOL_UNITS: dict[str, str] = {k: v for k, v in UNIT_SYMBOLS.items() if k.lower() not in MEASURE_UNITS}
SPACED_SYMBOL_UNITS: dict[str, str] = {k: v for k, v in SYMBOL_UNITS.items() if k not in SPACED_SYMBOL_STOP}

# Compound units written as one token or abbreviation: (unit, scale).
COMPOUND_UNITS: dict[str, tuple[str, float]] = {
    "bpd": ("barrel_per_day", 1.0),
    "b/d": ("barrel_per_day", 1.0),
    "bbl/d": ("barrel_per_day", 1.0),
    "kb/d": ("barrel_per_day", 1e3),
    "mb/d": ("barrel_per_day", 1e6),
    "mbl/d": ("barrel_per_day", 1e6),
    "mbpd": ("barrel_per_day", 1e6),
    "bpa": ("bushel_per_acre", 1.0),
    "g/t": ("g_per_tonne", 1.0),
    "ppg": ("point_per_game", 1.0),
    "rpg": ("rebound_per_game", 1.0),
    "apg": ("assist_per_game", 1.0),
}
# What "per"/"a"/"an" may introduce after a unit, a counted noun or money: a unit of measure or
# time, or one of these nouns of pricing and rates ("per share", "a head", "per game").
PER_NOUNS: dict[str, str] = {
    "share": "share",
    "head": "head",
    "person": "person",
    "capita": "capita",
    "game": "game",
    "match": "match",
    "season": "season",
    "possession": "possession",
    "night": "night",
    "unit": "unit",
    "passenger": "passenger",
    "employee": "employee",
    "household": "household",
    "vehicle": "vehicle",
    "car": "car",
    "watt": "w",
    "troy ounce": "ounce",
    "ton": "tonne",
    "pound": "lb",
    "annum": "year",
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
    "hour": "hour",
    "minute": "minute",
    "second": "second",
    "quarter": "quarter",
}

PERCENT_UNITS = frozenset({"percent", "percentage_point", "basis_point"})
MONEY_UNIT: None = None

HEDGES: tuple[tuple[str, str], ...] = (
    # (regex matched immediately before the number, hedge); first match wins.
    (
        r"no more than|not more than|up to|at most|a maximum of|maximum of|as many as|as much as|as high as"
        r"|(?:not|never|n't)\s+(?:to\s+)?(?:exceed|exceeding|top|surpass|go\s+beyond|rise\s+above)",
        "at_most",
    ),
    (r"(?:not|never|n't)\s+(?:be\s+)?(?:less\s+than|fewer\s+than|below|under)|as\s+low\s+as", "at_least"),
    (r"no less than|not less than|at least|a minimum of|minimum of|or more", "at_least"),
    (
        r"more than|over|above|exceeding|exceeded|exceeds|exceed|surpassed|surpassing|surpass"
        r"|topped|tops|in excess of|upwards of|beyond|north of|greater than|higher than",
        "more_than",
    ),
    (
        r"less than|fewer than|under|below|short of|lower than|south of|shy of|just under",
        "less_than",
    ),
    (
        r"about|around|roughly|approximately|approx\.|nearly|almost|close to|some|an estimated|near|closing in on"
        r"|(?:roughly|about|approximately)\s+equal\s+to"
        r"|estimated|circa|ca\.|c\.|~|about an?|around an?|nearly an?|more or less|or so",
        "approximate",
    ),
)

# The market-report verbs in every inflected form a headline or a wrap uses ("Acme Plummets 8%",
# "shares rocketing 12%"): one list, read by both the quantity's direction (below) and the share-move
# reading (extract.py). Bare forms that are also common nouns or adjectives ("firm", "tank",
# "collapse") are left out; "advance" is in, as the noun of "Nvidia's advance is nearly 40%".
MOVE_UP_INFLECTIONS = (
    r"rallies|advances|spikes|leaps|pops|popping|rebounds|strengthens|strengthening|recovers|recovering"
    r"|rockets|rocketing|skyrockets|skyrocketing|zooms|zooming|surges|soars|climbs"
    r"|(?:powered|powers|powering)\s+(?:up|higher|ahead)"
    r"|advance"  # the noun: "Nvidia's advance is nearly 40%"
)
MOVE_DOWN_INFLECTIONS = (
    r"plummets|tanks|tanking|craters|cratering|nosedives|nosediving|collapses|collapsing|sags|sagging"
    r"|skids|skidding|slips|dips|eases|easing|weakens|weakening|retreats|crashes|tumbles|plunges|sinks"
    r"|slides|sheds|dives|dived|dove|diving|softens|softened|softening"
)
UP_WORDS = (
    r"rose|rise|rises|rising|increased|increase|increases|increasing|up|gained|gain|gains"
    r"|grew|grow|grows|growth|soared|soar|soars|jumped|jump|jumps|climbed|climb|climbs"
    r"|surged|surge|surges|rallied|rally|advanced|added|boosted|raised|higher|expanded"
    r"|doubled|tripled|spiked|leapt|leaped|rebounded|appreciated|strengthened|firmed|accelerated"
    r"|increment|hike|hiked|hikes|widened|extended|improved|recovered|swelled|ballooned|skyrocketed"
    r"|risen|grown|climbing|jumping|surging|soaring|gaining|adding|growing|improves|improve|improvement"
    # the market-report verbs of a big rise
    r"|exploded|rocketed|skyrocketing|zoomed|popped|advancing|rallying|rebounding|leaping|spiking"
    r"|spurted|spurting"  # ("The Hang Seng China Enterprises Index spurted 115.68 points, or 2.05%")
    rf"|{MOVE_UP_INFLECTIONS}"
)
DOWN_WORDS = (
    r"fell|fall|falls|falling|dropped|drop|drops|declined|decline|declines|declining"
    r"|decreased|decrease|decreases|down|lost|loses|lose|slumped|slump|slumps|plunged"
    r"|plunge|tumbled|tumble|sank|sink|slid|slide|shrank|shrink|contracted|lower|cut"
    r"|dipped|dip|eased|retreated|depreciated|reduced|reduction|halved|weakened|slipped|shed|plummeted"
    r"|crashed|sagged|shrank|shrunk|narrowed|slowed|lowered|trimmed|slashed"
    r"|gave\s+up|giving\s+up|gives\s+up|gave\s+back|giving\s+back"  # ("AIA giving up about 1.5 percent")
    r"|fallen|dropping|sunk|slumping|plunging|tumbling|sliding|shedding|losing|cutback|cutting|cuts|slowed"
    # the market-report verbs of a big fall
    r"|tanked|cratered|nosedived|plummeting|sinking|slipping|dipping|retreating|crashing|collapsed|skidded"
    rf"|{MOVE_DOWN_INFLECTIONS}"
)
# Level words: a number right after these is where a value ended up, not the size of a change.
LEVEL_BEFORE_RE = re.compile(
    r"\b(?:(?:to|from|at|past)(?:\s+between|\s+(?:an?|the)(?:\s+[a-z\-]+)?)?|of\s+just"
    # "fell to its 52-week low of", "rebounded from a record low of": a level named, then its value
    r"|(?:to|from|at|hit|touched|reached)\s+(?:an?|the|its|their)\s+(?:[\w\-]+\s+){0,3}(?:low|high|level|peak|mark)\s+of"
    # "down from the previous close of $150.90": the base a change is measured from
    r"|from\s+(?:an?|the|its|their)\s+(?:[\w\-]+\s+){0,2}(?:close|closing\s+price|price|opening\s+price)\s+of)"
    r"\s*$",
    re.I,
)
# Threshold hedges read as levels after a change verb ("fell below 1,000").
LEVEL_HEDGE_WORDS = frozenset(
    {"below", "above", "under", "over", "past", "beyond", "north of", "south of", "as low as", "as high as"}
)
DURATION_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})
UP_RE = re.compile(rf"\b(?:{UP_WORDS})\b", re.I)
DOWN_RE = re.compile(rf"\b(?:{DOWN_WORDS})\b", re.I)

MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)

# Number words: the small ones ("one", "a") are only read with a scale or counted noun.
NUMBER_WORDS = (
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    "|eighty|ninety|hundred|thousand|million|billion|trillion"
)
FRACTION_WORDS: dict[str, float] = {
    "half": 0.5,
    "a half": 0.5,
    "one half": 0.5,
    "a third": 1 / 3,
    "one third": 1 / 3,
    "one-third": 1 / 3,
    "two thirds": 2 / 3,
    "two-thirds": 2 / 3,
    "a quarter": 0.25,
    "one quarter": 0.25,
    "one-quarter": 0.25,
    "three quarters": 0.75,
    "three-quarters": 0.75,
    "a fifth": 0.2,
    "one fifth": 0.2,
    "one-fifth": 0.2,
    "a tenth": 0.1,
    "one tenth": 0.1,
    "one-tenth": 0.1,
}
MAGNITUDE_WORDS: dict[str, float] = {
    "dozens": 12,
    "scores": 20,
    "hundreds": 1e2,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
    "trillions": 1e12,
}
# How far an order of magnitude reaches, as a factor of its low end: up to the next word
# ("hundreds" of anything stop at ten times as many; "thousands" at "millions").
MAGNITUDE_STEPS: dict[str, float] = {
    "tens": 10,
    "dozens": 12,
    "scores": 5,
    "hundreds": 10,
    "thousands": 1e3,
    "millions": 1e3,
    "billions": 1e3,
    "trillions": 1e3,
}

# Irregular plurals for the counted noun; regular ones are handled by rules in ``singular``.
IRREGULAR_PLURALS: dict[str, str] = {
    "people": "person",
    "pence": "penny",
    "persons": "person",
    "men": "man",
    "women": "woman",
    "children": "child",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "lives": "life",
    "wives": "wife",
    "knives": "knife",
    "leaves": "leaf",
    "shelves": "shelf",
    "halves": "half",
    "aircraft": "aircraft",
    "spacecraft": "spacecraft",
    "sheep": "sheep",
    "deer": "deer",
    "fish": "fish",
    "offspring": "offspring",
    "personnel": "personnel",
    "data": "data",
    "media": "media",
    "criteria": "criterion",
    "phenomena": "phenomenon",
    "analyses": "analysis",
    "crises": "crisis",
    "theses": "thesis",
    "indices": "index",
    "series": "series",
    "species": "species",
    "news": "news",
    "times": "time",
    "sales": "sale",
    "shares": "share",
    "likes": "like",
}
_UNCHANGED_ENDINGS = ("ss", "us", "is", "ics")


def singular(noun: str) -> str:
    """The singular of an English plural noun, by rule ("followers" -> "follower").

    A hand-written rule set on purpose: ``inflect`` (the usual library) takes about 4 s to import
    here, which alone would break the 3 s budget of ``claims check``.
    """
    word = noun.lower()
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if word.endswith(_UNCHANGED_ENDINGS) or len(word) <= 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "zes", "sses")):
        return word[:-2]
    if word.endswith("oes") and word not in {"shoes", "canoes"}:
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


# The cue of a relation that states a session's swing from its low to its high ("fluctuated 1.41%
# from a day low at $31.89 to a day high of $32.34"): the extremes are the point, not a cherry-pick.
SWING_CUE = "from the day's low to its high"


# the aspect of a quote page's distance from a 52-week extreme when its current price lies beyond
# the extreme it states itself (its own figures disagree)
STATED_EXTREME_CONFLICT = "stated_extreme_conflict"

# the prices of a day's trades ("at an average price of", "at prices between ... and ...", "VWAP"):
# within the day's range, and dated only by their own sentence
TRADE_PRICE_ASPECTS = ("average", "paid_range")

# "rose as much as 7.7%", "up to 18%": the words before a session's extreme (the day's, or so far)
AS_MUCH_AS_BEFORE_RE = re.compile(r"\b(?:as\s+(?:much|high|low|far)\s+as|up\s+to)\s*$", re.I)
