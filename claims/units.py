"""Units of measure the extractor reads, generated from pint's registry and mapped onto the
project's unit names (``Quantity.unit``, documented in ``claims.vocab``).

pint (a locked dependency) is the source of the names, symbols, aliases, plurals, prefixes and
dimensions. Importing pint and building its registry takes about 0.4 s, too slow for every
``claims check``, so the tables below are generated once by :func:`generate` and kept here as
literals; ``tests/test_numbers.py`` regenerates them from the installed pint and fails when they
differ (run ``python -m claims.units`` to rewrite them).

- ``UNIT_WORDS``: lower-cased spelled-out names, plurals and safe aliases ("gigahertz",
  "kilometres", "horsepower", "troy ounces") -> unit name; read after a number, spaced or
  hyphenated ("3.5-litre", "650 horsepower").
- ``UNIT_SYMBOLS``: case-sensitive symbols ("GHz", "MHz", "kW", "mAh", "hp", "lb") -> unit
  name; read attached to the digits ("2.2GHz") or spaced ("600 MHz") when the symbol is not also
  an English word.
- ``DIMENSIONS``: unit name -> pint dimensionality ("ghz" -> "1 / [time]"), so that two units
  can be compared by kind.

A few units news uses are not in pint's default registry and are added by hand in ``_EXTRA``
(pound-feet and newton-metres of torque, miles per gallon, brake horsepower, parts per billion,
megapixels, millimetres of mercury); each says so.
"""

from __future__ import annotations

from typing import Any

# (pint name, project unit name, {pint prefix: project unit name of the prefixed unit})
_PINT_UNITS: tuple[tuple[str, str, dict[str, str]], ...] = (
    ("meter", "m", {"kilo": "km", "centi": "cm", "milli": "mm", "micro": "um", "nano": "nm"}),
    ("mile", "mile", {}),
    ("nautical_mile", "nautical_mile", {}),
    ("yard", "yard", {}),
    ("foot", "foot", {}),
    ("inch", "inch", {}),
    ("light_year", "light_year", {}),
    ("gram", "g", {"kilo": "kg", "milli": "mg", "micro": "ug"}),
    ("tonne", "tonne", {}),
    ("ton", "tonne", {}),
    ("pound", "lb", {}),
    ("ounce", "ounce", {}),
    ("troy_ounce", "ounce", {}),
    ("stone", "stone", {}),
    ("carat", "carat", {}),
    ("liter", "litre", {"milli": "ml"}),
    ("gallon", "gallon", {}),
    ("barrel", "barrel", {}),
    ("bushel", "bushel", {}),
    ("pint", "pint", {}),
    ("cubic_foot", "cubic_foot", {}),
    ("acre", "acre", {}),
    ("hectare", "hectare", {}),
    ("square_foot", "square_foot", {}),
    ("square_mile", "square_mile", {}),
    ("hertz", "hz", {"kilo": "khz", "mega": "mhz", "giga": "ghz", "tera": "thz"}),
    ("watt", "w", {"kilo": "kw", "mega": "mw", "giga": "gw", "tera": "tw"}),
    ("watt_hour", "wh", {"kilo": "kwh", "mega": "mwh", "giga": "gwh", "tera": "twh"}),
    ("ampere_hour", "ah", {"milli": "mah"}),
    ("volt", "v", {"kilo": "kv"}),
    ("byte", "byte", {"kilo": "kb", "mega": "mb", "giga": "gb", "tera": "tb", "peta": "pb"}),
    ("pascal", "pa", {"kilo": "kpa", "hecto": "hpa", "mega": "mpa"}),
    ("bar", "bar", {"milli": "mbar"}),
    ("psi", "psi", {}),
    ("calorie", "calorie", {"kilo": "kcal"}),
    ("joule", "j", {"kilo": "kj", "mega": "mj"}),
    ("horsepower", "horsepower", {}),
    ("metric_horsepower", "metric_horsepower", {}),
    ("revolutions_per_minute", "rpm", {}),
    ("knot", "knot", {}),
    ("mph", "mph", {}),
    ("kph", "km_per_hour", {}),
    ("ppm", "ppm", {}),
    ("decibel", "decibel", {}),
    ("degree_Celsius", "degree_celsius", {}),
    ("degree_Fahrenheit", "degree_fahrenheit", {}),
)

# Not in pint's default registry (or spelled differently in news): added by hand.
_EXTRA_WORDS: dict[str, str] = {
    "pound-feet": "pound_foot",
    "pound-foot": "pound_foot",
    "pounds-feet": "pound_foot",
    "lb-ft": "pound_foot",
    "lb ft": "pound_foot",
    "ft-lb": "pound_foot",
    "ft-lbs": "pound_foot",
    "foot-pounds": "pound_foot",
    "foot/lbs": "pound_foot",
    "newton-metres": "newton_metre",
    "newton-meters": "newton_metre",
    "newton metres": "newton_metre",
    "newton meters": "newton_metre",
    "miles per gallon": "mpg",
    "miles a gallon": "mpg",
    "mpg": "mpg",
    "miles per hour": "mph",
    "miles an hour": "mph",
    "kilometres per hour": "km_per_hour",
    "kilometers per hour": "km_per_hour",
    "kilometres an hour": "km_per_hour",
    "kilometers an hour": "km_per_hour",
    "metres per second": "m_per_second",
    "meters per second": "m_per_second",
    "brake horsepower": "horsepower",
    "bhp": "horsepower",
    "parts per million": "ppm",
    "parts per billion": "ppb",
    "ppb": "ppb",
    "megapixels": "mp",
    "megapixel": "mp",
    "millimetres of mercury": "mmhg",
    "millimeters of mercury": "mmhg",
    "square metres": "square_metre",
    "square meters": "square_metre",
    "square metre": "square_metre",
    "square meter": "square_metre",
    "square kilometres": "km2",
    "square kilometers": "km2",
    "square kilometre": "km2",
    "square kilometer": "km2",
    "sq km": "km2",
    "sq ft": "square_foot",
    "troy ounces": "ounce",
    "troy ounce": "ounce",
}
_EXTRA_SYMBOLS: dict[str, str] = {
    "bhp": "horsepower",
    "hp": "horsepower",
    "HP": "horsepower",
    "PS": "metric_horsepower",
    "ps": "metric_horsepower",
    "Nm": "newton_metre",
    "MP": "mp",
    "mmHg": "mmhg",
    "km2": "km2",
    "km²": "km2",
    "m2": "square_metre",
    "m²": "square_metre",
    "sq ft": "square_foot",
    "bbl": "barrel",
    "oz": "ounce",
    "lbs": "lb",
    "mAh": "mah",
    "kph": "km_per_hour",
    "km/h": "km_per_hour",
    "m/s": "m_per_second",
    "°C": "degree_celsius",
    "°F": "degree_fahrenheit",
}
# Symbols that are also English words or too short to read when spaced ("5 in", "3 a", "4 t").
SPACED_SYMBOL_STOP = frozenset(
    {
        "in",
        "a",
        "t",
        "l",
        "L",
        "g",
        "s",
        "h",
        "m",
        "B",
        "J",
        "V",
        "A",
        "W",
        "ft",
        "yd",
        "pt",
        "ct",
        "cp",
        "bar",
        "ton",
        "stone",
        "pa",
        "Pa",
        "mi",
        "kn",
        "kt",
        "bit",
        "min",
        "au",
        "pc",
    }
)
# Unit names that are mostly something else in news ("3 bars of soap", "two stones").
_NOT_WORDS = frozenset({"bar", "bars", "stones", "octet", "octets", "pint", "pints"})
# Attached to digits, these are names or codes, not units ("3G", "5G", "4K", "3D", "737s").
ATTACHED_SYMBOL_STOP = frozenset(
    {"G", "K", "D", "T", "P", "s", "h", "A", "B", "J", "V", "L", "l", "t", "a", "pc", "Pa"}
)


def generate() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Build (UNIT_WORDS, UNIT_SYMBOLS, DIMENSIONS) from the installed pint."""
    import pint  # only here: the tables below are literals so normal imports stay fast

    reg: Any = pint.UnitRegistry()
    words: dict[str, str] = {}
    symbols: dict[str, str] = {}
    dims: dict[str, str] = {}

    def add_word(word: str, unit: str) -> None:
        if word in _NOT_WORDS:
            return
        if word.replace(" ", "").replace("-", "").isalpha() and "_" not in word:
            words.setdefault(word.lower(), unit)

    def add_names(name: str, unit: str, aliases: tuple[str, ...]) -> None:
        for spelled in {name, name.replace("meter", "metre").replace("liter", "litre")}:
            spaced = spelled.replace("_", " ")
            add_word(spaced, unit)
            if len(spaced) > 3:  # "kph", "mph", "psi" are abbreviations, not nouns
                add_word(_plural(spaced), unit)
        for alias in aliases:
            if alias.islower() and "_" not in alias and alias not in SPACED_SYMBOL_STOP:
                add_word(alias, unit)
                if len(alias) > 4 and not alias.endswith("s"):
                    add_word(_plural(alias), unit)

    for pint_name, unit, prefixed in _PINT_UNITS:
        definition = reg._units[pint_name]
        add_names(pint_name, unit, tuple(definition.aliases))
        if definition.symbol and "_" not in definition.symbol:
            symbols.setdefault(definition.symbol, unit)
        dims[unit] = str(reg.get_dimensionality(pint_name))
        for prefix, prefixed_unit in prefixed.items():
            symbol = reg._prefixes[prefix].symbol + definition.symbol
            symbols.setdefault(symbol, prefixed_unit)
            if prefix == "micro":
                symbols.setdefault("μ" + definition.symbol, prefixed_unit)  # Greek mu, not micro sign
            add_names(prefix + pint_name, prefixed_unit, ())
            dims[prefixed_unit] = str(reg.get_dimensionality(prefix + pint_name))
    for word, unit in _EXTRA_WORDS.items():
        words.setdefault(word, unit)
    for symbol, unit in _EXTRA_SYMBOLS.items():
        symbols.setdefault(symbol, unit)
    for unit, expr in (
        ("pound_foot", "pound_force * foot"),
        ("newton_metre", "newton * meter"),
        ("mpg", "mile / gallon"),
        ("ppb", "1e-9"),
        ("mp", "1e6"),
        ("mmhg", "millimeter_Hg"),
        ("square_metre", "meter ** 2"),
        ("km2", "kilometer ** 2"),
        ("m_per_second", "meter / second"),
    ):
        dims.setdefault(unit, str(reg.parse_expression(expr).dimensionality))
    return dict(sorted(words.items())), dict(sorted(symbols.items())), dict(sorted(dims.items()))


def _plural(word: str) -> str:
    if " per " in word:
        head, _, tail = word.partition(" per ")
        return _plural(head) + " per " + tail
    if word.startswith("degree "):
        return "degrees " + word[len("degree ") :]
    last = word.split(" ")[-1]
    if last.endswith(("s", "x", "z", "ch", "sh")) or last in ("celsius", "fahrenheit", "hertz", "horsepower"):
        return word + ("es" if last.endswith(("ch", "sh")) else "")
    if last == "foot":
        return word[: -len(last)] + "feet"
    if last.endswith("y") and last not in ("day",):
        return word[:-1] + "ies"
    return word + "s"


# -- generated by `python -m claims.units` from pint; do not edit by hand ------------------------
# BEGIN GENERATED
UNIT_WORDS: dict[str, str] = {
    "acre": "acre",
    "acres": "acre",
    "ampere hour": "ah",
    "ampere hours": "ah",
    "barrel": "barrel",
    "barrels": "barrel",
    "bhp": "horsepower",
    "brake horsepower": "horsepower",
    "bushel": "bushel",
    "bushels": "bushel",
    "byte": "byte",
    "bytes": "byte",
    "calorie": "calorie",
    "calories": "calorie",
    "carat": "carat",
    "carats": "carat",
    "celsius": "degree_celsius",
    "centimeter": "cm",
    "centimeters": "cm",
    "centimetre": "cm",
    "centimetres": "cm",
    "cubic feet": "cubic_foot",
    "cubic foot": "cubic_foot",
    "decibel": "decibel",
    "decibels": "decibel",
    "degree celsius": "degree_celsius",
    "degree fahrenheit": "degree_fahrenheit",
    "degrees celsius": "degree_celsius",
    "degrees fahrenheit": "degree_fahrenheit",
    "fahrenheit": "degree_fahrenheit",
    "feet": "foot",
    "foot": "foot",
    "foot-pounds": "pound_foot",
    "foot/lbs": "pound_foot",
    "ft-lb": "pound_foot",
    "ft-lbs": "pound_foot",
    "gallon": "gallon",
    "gallons": "gallon",
    "gigabyte": "gb",
    "gigabytes": "gb",
    "gigahertz": "ghz",
    "gigawatt": "gw",
    "gigawatt hour": "gwh",
    "gigawatt hours": "gwh",
    "gigawatts": "gw",
    "gram": "g",
    "grams": "g",
    "hectare": "hectare",
    "hectares": "hectare",
    "hectopascal": "hpa",
    "hectopascals": "hpa",
    "hertz": "hz",
    "horsepower": "horsepower",
    "inch": "inch",
    "inches": "inch",
    "joule": "j",
    "joules": "j",
    "kilobyte": "kb",
    "kilobytes": "kb",
    "kilocalorie": "kcal",
    "kilocalories": "kcal",
    "kilogram": "kg",
    "kilograms": "kg",
    "kilohertz": "khz",
    "kilojoule": "kj",
    "kilojoules": "kj",
    "kilometer": "km",
    "kilometers": "km",
    "kilometers an hour": "km_per_hour",
    "kilometers per hour": "km_per_hour",
    "kilometre": "km",
    "kilometres": "km",
    "kilometres an hour": "km_per_hour",
    "kilometres per hour": "km_per_hour",
    "kilopascal": "kpa",
    "kilopascals": "kpa",
    "kilovolt": "kv",
    "kilovolts": "kv",
    "kilowatt": "kw",
    "kilowatt hour": "kwh",
    "kilowatt hours": "kwh",
    "kilowatts": "kw",
    "knot": "knot",
    "knots": "knot",
    "kph": "km_per_hour",
    "lb ft": "pound_foot",
    "lb-ft": "pound_foot",
    "light year": "light_year",
    "light years": "light_year",
    "lightyear": "light_year",
    "lightyears": "light_year",
    "liter": "litre",
    "liters": "litre",
    "litre": "litre",
    "litres": "litre",
    "megabyte": "mb",
    "megabytes": "mb",
    "megahertz": "mhz",
    "megajoule": "mj",
    "megajoules": "mj",
    "megapascal": "mpa",
    "megapascals": "mpa",
    "megapixel": "mp",
    "megapixels": "mp",
    "megawatt": "mw",
    "megawatt hour": "mwh",
    "megawatt hours": "mwh",
    "megawatts": "mw",
    "meter": "m",
    "meters": "m",
    "meters per second": "m_per_second",
    "metre": "m",
    "metres": "m",
    "metres per second": "m_per_second",
    "metric horsepower": "metric_horsepower",
    "microgram": "ug",
    "micrograms": "ug",
    "micrometer": "um",
    "micrometers": "um",
    "micrometre": "um",
    "micrometres": "um",
    "mile": "mile",
    "miles": "mile",
    "miles a gallon": "mpg",
    "miles an hour": "mph",
    "miles per gallon": "mpg",
    "miles per hour": "mph",
    "milliampere hour": "mah",
    "milliampere hours": "mah",
    "millibar": "mbar",
    "millibars": "mbar",
    "milligram": "mg",
    "milligrams": "mg",
    "milliliter": "ml",
    "milliliters": "ml",
    "millilitre": "ml",
    "millilitres": "ml",
    "millimeter": "mm",
    "millimeters": "mm",
    "millimeters of mercury": "mmhg",
    "millimetre": "mm",
    "millimetres": "mm",
    "millimetres of mercury": "mmhg",
    "mpg": "mpg",
    "mph": "mph",
    "nanometer": "nm",
    "nanometers": "nm",
    "nanometre": "nm",
    "nanometres": "nm",
    "nautical mile": "nautical_mile",
    "nautical miles": "nautical_mile",
    "newton meters": "newton_metre",
    "newton metres": "newton_metre",
    "newton-meters": "newton_metre",
    "newton-metres": "newton_metre",
    "ounce": "ounce",
    "ounces": "ounce",
    "ozt": "ounce",
    "parts per billion": "ppb",
    "parts per million": "ppm",
    "pascal": "pa",
    "pascals": "pa",
    "petabyte": "pb",
    "petabytes": "pb",
    "pound": "lb",
    "pound-feet": "pound_foot",
    "pound-foot": "pound_foot",
    "pounds": "lb",
    "pounds-feet": "pound_foot",
    "ppb": "ppb",
    "ppm": "ppm",
    "psi": "psi",
    "revolutions per minute": "rpm",
    "sq ft": "square_foot",
    "sq km": "km2",
    "square feet": "square_foot",
    "square foot": "square_foot",
    "square kilometer": "km2",
    "square kilometers": "km2",
    "square kilometre": "km2",
    "square kilometres": "km2",
    "square meter": "square_metre",
    "square meters": "square_metre",
    "square metre": "square_metre",
    "square metres": "square_metre",
    "square mile": "square_mile",
    "square miles": "square_mile",
    "stone": "stone",
    "terabyte": "tb",
    "terabytes": "tb",
    "terahertz": "thz",
    "terawatt": "tw",
    "terawatt hour": "twh",
    "terawatt hours": "twh",
    "terawatts": "tw",
    "ton": "tonne",
    "tonne": "tonne",
    "tonnes": "tonne",
    "troy ounce": "ounce",
    "troy ounces": "ounce",
    "volt": "v",
    "volts": "v",
    "watt": "w",
    "watt hour": "wh",
    "watt hours": "wh",
    "watthour": "wh",
    "watthours": "wh",
    "watts": "w",
    "yard": "yard",
    "yards": "yard",
    "ℓ": "litre",
}
UNIT_SYMBOLS: dict[str, str] = {
    "Ah": "ah",
    "B": "byte",
    "GB": "gb",
    "GHz": "ghz",
    "GW": "gw",
    "GWh": "gwh",
    "HP": "horsepower",
    "Hz": "hz",
    "J": "j",
    "MB": "mb",
    "MHz": "mhz",
    "MJ": "mj",
    "MP": "mp",
    "MPa": "mpa",
    "MW": "mw",
    "MWh": "mwh",
    "Nm": "newton_metre",
    "PB": "pb",
    "PS": "metric_horsepower",
    "Pa": "pa",
    "TB": "tb",
    "THz": "thz",
    "TW": "tw",
    "TWh": "twh",
    "V": "v",
    "W": "w",
    "Wh": "wh",
    "acre": "acre",
    "bar": "bar",
    "bbl": "barrel",
    "bhp": "horsepower",
    "bu": "bushel",
    "cal": "calorie",
    "cm": "cm",
    "ct": "carat",
    "dB": "decibel",
    "ft": "foot",
    "g": "g",
    "gal": "gallon",
    "hPa": "hpa",
    "ha": "hectare",
    "hp": "horsepower",
    "in": "inch",
    "kB": "kb",
    "kHz": "khz",
    "kJ": "kj",
    "kPa": "kpa",
    "kV": "kv",
    "kW": "kw",
    "kWh": "kwh",
    "kcal": "kcal",
    "kg": "kg",
    "km": "km",
    "km/h": "km_per_hour",
    "km2": "km2",
    "km²": "km2",
    "kn": "knot",
    "kph": "km_per_hour",
    "l": "litre",
    "lb": "lb",
    "lbs": "lb",
    "ly": "light_year",
    "m": "m",
    "m/s": "m_per_second",
    "m2": "square_metre",
    "mAh": "mah",
    "mbar": "mbar",
    "mg": "mg",
    "mi": "mile",
    "ml": "ml",
    "mm": "mm",
    "mmHg": "mmhg",
    "mph": "mph",
    "m²": "square_metre",
    "nm": "nm",
    "nmi": "nautical_mile",
    "oz": "ounce",
    "ppm": "ppm",
    "ps": "metric_horsepower",
    "psi": "psi",
    "pt": "pint",
    "rpm": "rpm",
    "sq ft": "square_foot",
    "stone": "stone",
    "t": "tonne",
    "ton": "tonne",
    "toz": "ounce",
    "yd": "yard",
    "°C": "degree_celsius",
    "°F": "degree_fahrenheit",
    "µg": "ug",
    "µm": "um",
    "μg": "ug",
    "μm": "um",
}
DIMENSIONS: dict[str, str] = {
    "acre": "[length] ** 2",
    "ah": "[current] * [time]",
    "bar": "[mass] / [length] / [time] ** 2",
    "barrel": "[length] ** 3",
    "bushel": "[length] ** 3",
    "byte": "dimensionless",
    "calorie": "[mass] * [length] ** 2 / [time] ** 2",
    "carat": "[mass]",
    "cm": "[length]",
    "cubic_foot": "[length] ** 3",
    "decibel": "dimensionless",
    "degree_celsius": "[temperature]",
    "degree_fahrenheit": "[temperature]",
    "foot": "[length]",
    "g": "[mass]",
    "gallon": "[length] ** 3",
    "gb": "dimensionless",
    "ghz": "1 / [time]",
    "gw": "[mass] * [length] ** 2 / [time] ** 3",
    "gwh": "[mass] * [length] ** 2 / [time] ** 2",
    "hectare": "[length] ** 2",
    "horsepower": "[length] ** 2 * [mass] / [time] ** 3",
    "hpa": "[mass] / [length] / [time] ** 2",
    "hz": "1 / [time]",
    "inch": "[length]",
    "j": "[mass] * [length] ** 2 / [time] ** 2",
    "kb": "dimensionless",
    "kcal": "[mass] * [length] ** 2 / [time] ** 2",
    "kg": "[mass]",
    "khz": "1 / [time]",
    "kj": "[mass] * [length] ** 2 / [time] ** 2",
    "km": "[length]",
    "km2": "[length] ** 2",
    "km_per_hour": "[length] / [time]",
    "knot": "[length] / [time]",
    "kpa": "[mass] / [length] / [time] ** 2",
    "kv": "[mass] * [length] ** 2 / [time] ** 3 / [current]",
    "kw": "[mass] * [length] ** 2 / [time] ** 3",
    "kwh": "[mass] * [length] ** 2 / [time] ** 2",
    "lb": "[mass]",
    "light_year": "[length]",
    "litre": "[length] ** 3",
    "m": "[length]",
    "m_per_second": "[length] / [time]",
    "mah": "[current] * [time]",
    "mb": "dimensionless",
    "mbar": "[mass] / [length] / [time] ** 2",
    "metric_horsepower": "[length] ** 2 * [mass] / [time] ** 3",
    "mg": "[mass]",
    "mhz": "1 / [time]",
    "mile": "[length]",
    "mj": "[mass] * [length] ** 2 / [time] ** 2",
    "ml": "[length] ** 3",
    "mm": "[length]",
    "mmhg": "[mass] / [length] / [time] ** 2",
    "mp": "dimensionless",
    "mpa": "[mass] / [length] / [time] ** 2",
    "mpg": "1 / [length] ** 2",
    "mph": "[length] / [time]",
    "mw": "[mass] * [length] ** 2 / [time] ** 3",
    "mwh": "[mass] * [length] ** 2 / [time] ** 2",
    "nautical_mile": "[length]",
    "newton_metre": "[mass] * [length] ** 2 / [time] ** 2",
    "nm": "[length]",
    "ounce": "[mass]",
    "pa": "[mass] / [length] / [time] ** 2",
    "pb": "dimensionless",
    "pint": "[length] ** 3",
    "pound_foot": "[length] ** 2 * [mass] / [time] ** 2",
    "ppb": "dimensionless",
    "ppm": "dimensionless",
    "psi": "[mass] / [length] / [time] ** 2",
    "rpm": "1 / [time]",
    "square_foot": "[length] ** 2",
    "square_metre": "[length] ** 2",
    "square_mile": "[length] ** 2",
    "stone": "[mass]",
    "tb": "dimensionless",
    "thz": "1 / [time]",
    "tonne": "[mass]",
    "tw": "[mass] * [length] ** 2 / [time] ** 3",
    "twh": "[mass] * [length] ** 2 / [time] ** 2",
    "ug": "[mass]",
    "um": "[length]",
    "v": "[mass] * [length] ** 2 / [time] ** 3 / [current]",
    "w": "[mass] * [length] ** 2 / [time] ** 3",
    "wh": "[mass] * [length] ** 2 / [time] ** 2",
    "yard": "[length]",
}
# END GENERATED


def _rewrite() -> None:
    from pathlib import Path

    words, symbols, dims = generate()
    path = Path(__file__)
    source = path.read_text(encoding="utf-8")
    head, _, rest = source.partition("# BEGIN GENERATED\n")
    _, _, tail = rest.partition("# END GENERATED\n")
    body = "".join(
        f"{name}: dict[str, str] = {{\n" + "".join(f"    {k!r}: {v!r},\n" for k, v in table.items()) + "}\n"
        for name, table in (("UNIT_WORDS", words), ("UNIT_SYMBOLS", symbols), ("DIMENSIONS", dims))
    )
    path.write_text(head + "# BEGIN GENERATED\n" + body + "# END GENERATED\n" + tail, encoding="utf-8")


if __name__ == "__main__":
    _rewrite()
