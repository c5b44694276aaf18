"""The quantity finder on general news sentences: values, spans, units, hedges, directions and
the numbers that are not quantities. None of these sentences is from the seeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claims.extract import extract_quantities
from claims.models import Quantity


def only(text: str, span: str) -> Quantity:
    found = [q for q in extract_quantities(text) if q.text == span]
    assert found, f"{span!r} not found in {text!r}: {[q.text for q in extract_quantities(text)]}"
    q = found[0]
    assert text[q.start : q.end] == span
    return q


def spans(text: str) -> list[str]:
    return [q.text for q in extract_quantities(text)]


# -- values, spans, units and currencies --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "currency"),
    [
        ("The deal is worth US$4.2 billion.", "US$4.2 billion", 4.2e9, None, "USD"),
        ("Shares closed at HK$65.30 on Friday.", "HK$65.30", 65.3, None, "HKD"),
        ("It costs $999 in the US.", "$999", 999, None, "USD"),
        ("Revenue was RMB 236.5 billion.", "RMB 236.5 billion", 236.5e9, None, "CNY"),
        ("Revenue was RMB75.5 billion.", "RMB75.5 billion", 75.5e9, None, "CNY"),
        ("The car costs CNY 219,900.", "CNY 219,900", 219900, None, "CNY"),
        ("Profit was 3.4 billion yuan.", "3.4 billion yuan", 3.4e9, None, "CNY"),
        ("China's exports hit ¥8.6 billion.", "¥8.6 billion", 8.6e9, None, "CNY"),
        ("Tokyo's fund holds ¥1.2 trillion.", "¥1.2 trillion", 1.2e12, None, "JPY"),
        ("The fine is €4.3bn.", "€4.3bn", 4.3e9, None, "EUR"),
        ("The club paid £100 million for him.", "£100 million", 100e6, None, "GBP"),
        ("The contract is worth £80m a year.", "£80m a year", 80e6, "per_year", "GBP"),
        ("It was $3.37B, compared to $2.77B a year prior.", "$2.77B", 2.77e9, None, "USD"),  # a time, not a rate
        ("The round raised Rs 500 crore.", "Rs 500 crore", 5e9, None, "INR"),
        ("It traded at C$1.36.", "C$1.36", 1.36, None, "CAD"),
        ("Sales were 1.2 billion dollars.", "1.2 billion dollars", 1.2e9, None, "USD"),
        ("The firm has 150,000 employees.", "150,000", 150000, "employee", None),
        ("The app has 28.5 million users.", "28.5 million", 28.5e6, "user", None),
        ("The race covers 42.195 kilometres.", "42.195 kilometres", 42.195, "km", None),
        ("The rocket reached 120 km.", "120 km", 120, "km", None),
        ("The snow was 30 centimetres deep.", "30 centimetres", 30, "cm", None),
        ("Temperatures hit 38°C on Sunday.", "38°C", 38, "degree_celsius", None),
        ("The mine will produce 1.2 million tonnes.", "1.2 million tonnes", 1.2e6, "tonne", None),
        ("The plant will generate 500 MW of power.", "500 MW", 500, "mw", None),
        ("The train runs at 350 km/h.", "350 km/h", 350, "km_per_hour", None),
        ("The wildfire burned 4,500 acres.", "4,500 acres", 4500, "acre", None),
        ("Winds reached 150 mph.", "150 mph", 150, "mph", None),
        ("It has a 5,000 mAh battery.", "5,000 mAh", 5000, "mah", None),
        ("She won the 200 m freestyle.", "200 m", 200, "m", None),
        ("Output was 3.1 million barrels a day.", "3.1 million barrels a day", 3.1e6, "barrel_per_day", None),
        ("The probe flew 6.4 billion kilometres.", "6.4 billion kilometres", 6.4e9, "km", None),
        ("Inflation was 8.3% in May.", "8.3%", 8.3, "percent", None),
        ("Prices rose 0.8 per cent.", "0.8 per cent", 0.8, "percent", None),
        ("Sales rose 12 percent.", "12 percent", 12, "percent", None),
        ("The rate rose 0.3 percentage points.", "0.3 percentage points", 0.3, "percentage_point", None),
        ("The Fed cut by 50 basis points.", "50 basis points", 50, "basis_point", None),
        ("The yield rose 12 bps.", "12 bps", 12, "basis_point", None),
        ("The deposit sat at 20k.", "20k", 20000, None, None),
        ("Sales rose 20-fold.", "20-fold", 20, "times", None),
        ("Debt has grown tenfold.", "tenfold", 10, "times", None),
        ("Revenue is 3 times last year's.", "3 times", 3, "times", None),
        ("The topic was viewed 2 million times.", "2 million", 2e6, "time", None),
        ("Temperatures dropped to -15°C overnight.", "-15°C", -15, "degree_celsius", None),
        ("The fund returned -3.5% last year.", "-3.5%", -3.5, "percent", None),
        ("The account lost -$5 on the trade.", "-$5", -5, None, "USD"),
        ("Twenty-one people were rescued.", "Twenty-one", 21, "person", None),
        ("The firm hired three hundred engineers.", "three hundred", 300, "engineer", None),
        ("They plan to plant a billion trees.", "a billion", 1e9, "tree", None),
        ("A thousand runners took part.", "A thousand", 1000, "runner", None),
        ("Thieves stole 2.5 kg of gold.", "2.5 kg", 2.5, "kg", None),
        ("The ship carried 2,400 containers.", "2,400", 2400, "container", None),
        ("The airline ordered 150 Airbus A350 jets.", "150", 150, "jet", None),
        ("BYD sold 526,409 new energy vehicles.", "526,409", 526409, "vehicle", None),
        ("The chain closed 37 stores.", "37", 37, "store", None),
        ("The town has 9,000 residents and 3 schools.", "3", 3, "school", None),
        ("The study followed 1,024 children.", "1,024", 1024, "child", None),
        ("A dozen people were rescued.", "A dozen", 12, "person", None),
        ("Half a dozen dogs were rescued.", "Half a dozen", 6, "dog", None),
        ("Sales hit 2 million, twice the 2022 level.", "twice", 2, "times", None),
        ("Sales rose 3x last year.", "3x", 3, "times", None),
        ("The hottest day on record, 40.3C, was in July.", "40.3C", 40.3, "degree_celsius", None),
        ("Unemployment rose to 4.2pc.", "4.2pc", 4.2, "percent", None),
        ("He won in 46.46sec.", "46.46sec", 46.46, "second", None),
        ("Some 1.5 million Britons are affected.", "1.5 million", 1.5e6, "briton", None),
        ("The bank made a 25-basis-point cut.", "25-basis-point", 25, "basis_point", None),
        ("A 0.5 percentage-point rise.", "0.5 percentage-point", 0.5, "percentage_point", None),
        ("He was jailed for 4½ years.", "4½ years", 4.5, "year", None),
        ("Revenue was 1.2 trillion won.", "1.2 trillion won", 1.2e12, None, "KRW"),
        ("Brent crude traded at $82/bbl.", "$82/bbl", 82, "per_barrel", "USD"),
        ("The 2 million-strong diaspora voted.", "2 million", 2e6, None, None),
    ],
)
def test_value_span_unit_and_currency(text: str, span: str, value: float, unit: str | None, currency: str | None):
    q = only(text, span)
    assert q.value == pytest.approx(value)
    assert (q.unit, q.currency) == (unit, currency)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Less than 1/4 of voters agreed.", "1/4", 0.25),
        ("Roughly a third of voters are undecided.", "a third", 1 / 3),
        ("Half of the respondents agreed.", "Half", 0.5),
        ("A quarter of the staff will go.", "A quarter", 0.25),
        ("Nearly two-thirds of power comes from coal.", "two-thirds", 2 / 3),
        ("Output fell by a fifth last year.", "a fifth", 0.2),
        ("Nine out of ten doctors agreed.", "Nine out of ten", 0.9),
        ("It affects one in five households.", "one in five", 0.2),
        ("Around 1 in 10 adults has diabetes.", "1 in 10", 0.1),
        ("About 3/4 of voters agree.", "3/4", 0.75),
        ("Three-quarters of respondents said yes.", "Three-quarters", 0.75),
    ],
)
def test_fractions(text: str, span: str, value: float):
    q = only(text, span)
    assert q.value == pytest.approx(value)
    assert q.unit is None


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Tens of thousands of protesters marched.", "Tens of thousands", 1e4),
        ("Hundreds of thousands of people fled.", "Hundreds of thousands", 1e5),
        ("The museum received thousands of complaints.", "thousands", 1e3),
        ("Dozens of flights were cancelled.", "Dozens", 12),
        ("The deal is worth tens of billions.", "tens of billions", 1e10),
        ("Millions watched the final.", "Millions", 1e6),
        ("The festival was attended by thousands.", "thousands", 1e3),
    ],
)
def test_magnitudes_are_approximate(text: str, span: str, value: float):
    q = only(text, span)
    assert (q.value, q.hedge, q.is_magnitude) == (value, "approximate", True)


def test_magnitude_with_currency_word_keeps_it_in_the_span():
    q = only("Sales rose to millions of yuan.", "millions of yuan")
    assert (q.value, q.currency) == (1e6, "CNY")


# -- ranges -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "unit", "currency"),
    [
        ("Tickets cost between $25 and $40.", "$25 and $40", 25, 40, None, "USD"),
        ("It will take 18-24 months.", "18-24 months", 18, 24, "month", None),
        ("The rate is between 6.5% and 7%.", "6.5% and 7%", 6.5, 7, "percent", None),
        ("Capex will be $8 billion to $9 billion.", "$8 billion to $9 billion", 8e9, 9e9, None, "USD"),
        ("Prices range from £45 to £120.", "£45 to £120", 45, 120, None, "GBP"),
        ("They will cut 1,000 to 1,500 jobs.", "1,000 to 1,500", 1000, 1500, "job", None),
        ("Cars cost 200,000-300,000 yuan.", "200,000-300,000 yuan", 200000, 300000, None, "CNY"),
        ("The wall is 2 to 3 metres high.", "2 to 3 metres", 2, 3, "m", None),
    ],
)
def test_ranges(text: str, span: str, low: float, high: float, unit: str | None, currency: str | None):
    q = only(text, span)
    assert (q.value, q.value_high, q.unit, q.currency) == (low, high, unit, currency)


def test_a_change_from_a_to_b_is_two_values_not_a_range():
    assert spans("Sales jumped from 1.2 million units in 2022 to 1.8 million units in 2023.") == [
        "1.2 million",
        "1.8 million",
    ]
    assert spans("The price was raised from $50 to $60.") == ["$50", "$60"]


def test_a_change_and_a_level_are_not_a_range():
    assert spans("The yuan weakened 0.3% to 7.24 per dollar.") == ["0.3%", "7.24"]


# -- hedges -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "hedge"),
    [
        ("About 2,000 workers went on strike.", "2,000", "approximate"),
        ("Around 300 homes lost power.", "300", "approximate"),
        ("The population is roughly 8.4 million.", "8.4 million", "approximate"),
        ("It weighs approximately 1,200 kg.", "1,200 kg", "approximate"),
        ("Nearly 40 percent said no.", "40 percent", "approximate"),
        ("It has almost 50 stores.", "50", "approximate"),
        ("It sold close to 10,000 cars.", "10,000", "approximate"),
        ("More than 12,000 people attended.", "12,000", "more_than"),
        ("The firm employs over 150,000 people.", "150,000", "more_than"),
        ("The stock is above $50.", "$50", "more_than"),
        ("Sales exceeded 100,000 units.", "100,000", "more_than"),
        ("Its value surpassed $3 trillion.", "$3 trillion", "more_than"),
        ("At least 23 people were killed.", "23", "at_least"),
        ("Less than half of the budget was spent.", "half", "less_than"),
        ("Fewer than 100 tigers remain.", "100", "less_than"),
        ("Bitcoin fell below $40,000.", "$40,000", "less_than"),
        ("The jet seats under 200 passengers.", "200", "less_than"),
        ("Save up to 30% this week.", "30%", "at_most"),
        ("The fine is at most $5,000.", "$5,000", "at_most"),
        ("Sales would not exceed 3,000 units.", "3,000", "at_most"),
        ("The stock fell as much as 9%.", "9%", "at_most"),
        ("Sales reached 75,723 units.", "75,723", "exact"),
        ("Invest A$5 billion over two years.", "two years", "exact"),
    ],
)
def test_hedges(text: str, span: str, hedge: str):
    assert only(text, span).hedge == hedge


# -- directions ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "direction"),
    [
        ("Exports rose 8.5% in March.", "8.5%", "up"),
        ("Profit increased 12% a year earlier.", "12%", "up"),
        ("Shares were up 3.1% at noon.", "3.1%", "up"),
        ("The index gained 120 points.", "120 points", "up"),
        ("Prices soared 40%.", "40%", "up"),
        ("Shares jumped 9.5 percent.", "9.5 percent", "up"),
        ("Netflix added 8.8 million subscribers.", "8.8 million", "up"),
        ("Revenue rose, a year-on-year increase of 26.95%.", "26.95%", "up"),
        ("Sales saw a 20-fold increase.", "20-fold", "up"),
        ("Profit was 12% higher than a year ago.", "12%", "up"),
        ("Retail sales fell 1.1 percent.", "1.1 percent", "down"),
        ("Oil dropped 4%.", "4%", "down"),
        ("Sales declined 15% year on year.", "15%", "down"),
        ("The index was down 18% from its peak.", "18%", "down"),
        ("The S&P 500 lost 2.3% on Thursday.", "2.3%", "down"),
        ("Shares slumped 7%.", "7%", "down"),
        ("Net profit was 4 billion, a year-on-year decrease of 0.52%.", "0.52%", "down"),
        ("The firm will cut 35,000 jobs.", "35,000", "down"),
        ("The Dow fell 475 points, or 1.2%, to 38,100.", "1.2%", "down"),  # a restatement
        ("Brent rose $2.50 (3%) to $82.10.", "3%", "up"),
        # the trading desk's words: an upside or downside in a session, a move in the red or green
        ("Meta registered a 1.19% upside in the last session.", "1.19%", "up"),
        ("After a 2.93% downside in the last session, the stock traded red.", "2.93%", "down"),
        ("Sporting 1.35% in the red in last session, the stock slipped.", "1.35%", "down"),
        ("The stock closed 0.4% in the green on Friday.", "0.4%", "up"),
        # "fell over 7%": by more than 7% (a percent after "over" is no level it fell past)
        ("Shares of Acme fell on Monday over seven per cent to HK$212.20.", "seven per cent", "down"),
        ("Meituan shares surged over 7% on Monday.", "7%", "up"),
    ],
)
def test_directions_of_changes(text: str, span: str, direction: str):
    assert only(text, span).direction == direction


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Oil rose 4% to $85.20 a barrel.", "$85.20 a barrel"),  # where it ended
        ("Sales jumped from 1.2 million units to 1.8 million units.", "1.2 million"),  # where it began
        ("Sales jumped from 1.2 million units to 1.8 million units.", "1.8 million"),
        ("Unemployment fell 0.3 points to 3.9% in March.", "3.9%"),
        ("Cases fell below 1,000 a day.", "1,000"),  # a threshold crossed
        ("Inflation fell below 2% in May.", "2%"),  # a percent level crossed (only "over" is by more than)
        ("Prices have fallen for 30 days in a row.", "30 days"),  # a duration
        ("The index rose for the past 12 months.", "12 months"),
        ("The fund returned -3.5% last year.", "-3.5%"),
        ("The price target was raised to $250 from $210.", "$210"),
        ("Inflation slowed to an annual 3.2% in October.", "3.2%"),
        ("The firm raised its forecast to between $10bn and $11bn.", "$10bn and $11bn"),
        ("Over-60s make up 20% of the population.", "20%"),  # a phrasal verb, not a change
        ("The Dow fell 475 points, or 1.2%, to 38,100.", "38,100"),
    ],
)
def test_levels_and_durations_have_no_direction(text: str, span: str):
    assert only(text, span).direction is None


# -- counted nouns ------------------------------------------------------------------------------


def test_the_counted_noun_is_outside_the_span_and_singular():
    q = only("The account has 6.7 million followers.", "6.7 million")
    assert (q.unit, q.noun, q.end) == ("follower", "followers", 27)


def test_a_counted_noun_must_look_plural():
    assert spans("The two complement each other.") == []
    assert only("Sales of 40 remain unclear.", "40").unit is None


def test_a_noun_named_before_with_number_of():
    qs = extract_quantities("The number of likes in April, May and June was 420,000, 620,000 and 640,000 respectively.")
    assert [(q.value, q.unit) for q in qs] == [(420000, "like"), (620000, "like"), (640000, "like")]


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Acme had 5.2 million users, surpassing Zenith's 4.8 million.", "4.8 million", "user"),
        ("The north ward cast 1,200 votes, more than the south ward's 1,150.", "1,150", "vote"),
        ("The firm had 2,300 staff members, compared with 1,900 a year earlier.", "1,900", "member"),
        ("Posts drew hundreds of thousands or even millions of likes.", "hundreds of thousands", "like"),
        ("More than 1,000 flights were cancelled and another 4,500 delayed.", "4,500", "flight"),
        ("Acme sold 1,200 cars in January, 1,500 in February and 1,800 in March.", "1,800", "car"),
    ],
)
def test_an_elided_noun_comes_from_the_neighbour(text: str, span: str, unit: str):
    assert only(text, span).unit == unit


# -- not quantities -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Games opened on July 26, 2024 in Paris.",
        "The vote was held on 04/11/2023 and counted on 2023-11-06.",
        "He was born in 1987 and moved in the 1990s.",
        "The meeting starts at 10:30 am on Thursday.",
        "The shop opens at 9 a.m. and closes at 5pm.",
        "Call 0800 123 4567 or +1 (555) 123-4567 or 1-800-555-0199.",
        "She finished 2nd and he was 21st.",
        "The iPhone 15 and the Galaxy S24 were shown beside a Boeing 737.",
        "The Xiaomi SU7 rivals the Model 3 and the Windows 11 tablet.",
        "See page 14 and section 4.2 of the report.",
        "Read chapter 7, table 3 and row 12.",
        "Covid-19 rules were lifted at the G20 summit.",
        "The 10-year note and a 52-week low.",
        "A 3-1 win put them top.",
        "In fiscal years 2024 to 2025 the firm will grow.",
        "Growth in the second half of 2024 and the first quarter was slow.",
        "The first half of the season was poor.",
        "It is one of the few firms with a 5G network.",
        "Xiaomi is not a pioneer from 0 to 1.",
        "The shop is open 24/7, the odds are 50/50 and survivors of 9/11 attended.",
        "He lives at 10 Downing Street.",
        "The 4x4 has a V8 engine.",
        "He scored twice in the final; Apollo 11 and Formula 1 were mentioned.",
        "The A350-1000 was on display.",
        "He sold the shares under a Rule 10b5-1 trading plan.",
    ],
)
def test_non_quantities(text: str):
    assert spans(text) == []


def test_list_markers_are_not_quantities():
    text = "Steps:\n1. Mix 200 grams of flour.\n2) Bake it.\n"
    assert spans(text) == ["200 grams"]


def test_a_year_after_a_price_word_is_a_value():
    assert spans("The phone sold at a price of 1999.") == ["1999"]


def test_one_is_a_quantity_only_as_a_stated_amount():
    assert spans("After only one minute, 100,000 viewers had joined.") == ["one minute", "100,000"]
    assert spans("One day he will win one of the races.") == []


def test_spans_always_index_the_text():
    text = "Ünïcödé İstanbul: revenue rose 5% to €3.2bn; ½ of 1,000 people; ŞİŞLİ 20 km."
    for q in extract_quantities(text):
        assert text[q.start : q.end] == q.text


def test_an_elided_currency_comes_from_the_amount_compared():
    q = only("Profit was EUR 3.2bn, against 2.9bn a year earlier.", "2.9bn")
    assert (q.value, q.currency) == (2.9e9, "EUR")


def test_money_raised_is_not_a_rise():
    assert only("The start-up raised $50 million from investors.", "$50 million").direction is None
    assert only("The Fed raised rates by 25 bps.", "25 bps").direction == "up"


@pytest.mark.parametrize(
    "text", ["Sales rose 4% q/q and 10% y/y.", "The euro area grew 0.3% quarter-on-quarter and 0.9% year-on-year."]
)
def test_coordinated_changes_share_the_direction(text: str):
    assert [q.direction for q in extract_quantities(text)] == ["up", "up"]


def test_a_currency_symbol_after_the_number():
    assert [(q.text, q.currency) for q in extract_quantities("It costs 5 € in Berlin and 20£ in London.")] == [
        ("5 €", "EUR"),
        ("20£", "GBP"),
    ]


def test_a_change_word_governs_only_the_next_number():
    qs = extract_quantities("Blood pressure dropped by 10 mmHg in a trial of 30,000 people aged 18 to 65.")
    assert [(q.text, q.direction) for q in qs] == [("10 mmHg", "down"), ("30,000", None), ("18 to 65", None)]


# -- the annotated dev set (benchmarks/devset): seeds and tune stay exactly right ---------------

DEVSET = Path(__file__).resolve().parent.parent / "benchmarks" / "devset"
FIELDS = ("start", "end", "text", "value", "value_high", "unit", "currency", "hedge", "direction")


def _rounded(v: object) -> object:
    return float(f"{v:.9g}") if isinstance(v, float) else v


@pytest.mark.parametrize("split", ["seeds.jsonl", "news_tune.jsonl"])
def test_the_dev_set_splits_we_tuned_on_are_extracted_exactly(split: str):
    wrong = []
    for line in (DEVSET / split).read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        got = [{f: _rounded(getattr(q, f)) for f in FIELDS} for q in extract_quantities(item["text"])]
        gold = [{f: _rounded(g[f]) for f in FIELDS} for g in item["quantities"]]
        if got != gold:
            wrong.append(item["text"][:80])
    assert wrong == []


# -- units from pint, compound units, pence and cents, ages (issue 15) ---------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "currency"),
    [
        ("The chip runs at 2.2GHz.", "2.2GHz", 2.2, "ghz", None),
        ("A base clock of 600 MHz.", "600 MHz", 600, "mhz", None),
        ("The charger delivers 100W.", "100W", 100, "w", None),
        ("It produces 650 horsepower and 600 lb-ft of torque.", "650 horsepower", 650, "horsepower", None),
        ("It produces 650 horsepower and 600 lb-ft of torque.", "600 lb-ft", 600, "pound_foot", None),
        ("It makes 412 bhp at 6500 rpm.", "6500 rpm", 6500, "rpm", None),
        ("The engine puts out 265 hp.", "265 hp", 265, "horsepower", None),
        ("Winds of 55 knots were recorded.", "55 knots", 55, "knot", None),
        ("Tyres are inflated to 32 psi.", "32 psi", 32, "psi", None),
        ("Particles of 2.5 micrometres or less.", "2.5 micrometres", 2.5, "um", None),
        ("Ozone reached 70 parts per billion.", "70 parts per billion", 70, "ppb", None),
        ("The flat measures 85 square metres.", "85 square metres", 85, "square_metre", None),
        ("Brent rose to $80.38 per barrel.", "$80.38 per barrel", 80.38, "per_barrel", "USD"),
        ("Output fell to 28.6 mln barrels per day.", "28.6 mln barrels per day", 28.6e6, "barrel_per_day", None),
        ("Russia cut 500,000 bpd.", "500,000 bpd", 500000, "barrel_per_day", None),
        ("OPEC pumped 32.5 mb/d.", "32.5 mb/d", 32.5e6, "barrel_per_day", None),
        ("Gold was at $1,054 an ounce.", "$1,054 an ounce", 1054, "per_ounce", "USD"),
        ("A dividend of 15p a share.", "15p a share", 0.15, "per_share", "GBP"),
        ("Earnings of 72 cents per share.", "72 cents per share", 0.72, "per_share", "USD"),
        ("Shares fell to 393.6p.", "393.6p", 3.936, None, "GBP"),
        ("The estimate is 14 cents.", "14 cents", 0.14, None, "USD"),
        ("He averaged 27.2 rebounds per game.", "27.2 rebounds per game", 27.2, "rebound_per_game", None),
        ("Yields hit 182.7 bpa.", "182.7 bpa", 182.7, "bushel_per_acre", None),
        ("Offices rent for $45 per square foot.", "$45 per square foot", 45, "per_square_foot", "USD"),
        ("A 43-year-old driver was hurt.", "43-year-old", 43, "year", None),
        ("The 73-year old driver crashed.", "73-year old", 73, "year", None),
        ("Merging onto a 75-mph highway.", "75-mph", 75, "mph", None),
        ("It has 14-nanometer features.", "14-nanometer", 14, "nm", None),
        ("A 5.8-liter V8 engine.", "5.8-liter", 5.8, "litre", None),
        ("GDP registered minus 0.4 percent.", "minus 0.4 percent", -0.4, "percent", None),
        ("Expect 1080p video at 60 frames.", "60", 60, "frame", None),
    ],
)
def test_units_compounds_pence_and_ages(text: str, span: str, value: float, unit: str | None, currency: str | None):
    q = only(text, span)
    assert (q.value, q.unit, q.currency) == (pytest.approx(value), unit, currency)


def test_a_video_resolution_is_not_pence():
    assert "1080p" not in spans("Expect 1080p video at 60 frames.")


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "unit", "currency"),
    [
        ("Analysts expect 80-85 cents.", "80-85 cents", 0.8, 0.85, None, "USD"),
        ("Profits of between 28 and 30 cents per share.", "28 and 30 cents per share", 0.28, 0.3, "per_share", "USD"),
        ("Capacities range from 5,000mAh to 7,000mAh.", "5,000mAh to 7,000mAh", 5000, 7000, "mah", None),
        (
            "Copper traded near $10,800–$10,900 per tonne.",
            "$10,800–$10,900 per tonne",
            10800,
            10900,
            "per_tonne",
            "USD",
        ),
        ("Surges can range from four to six feet.", "four to six feet", 4, 6, "foot", None),
        ("Delivery takes three to four weeks.", "three to four weeks", 3, 4, "week", None),
        ("A band between 20kHz and 22kHz.", "20kHz and 22kHz", 20, 22, "khz", None),
    ],
)
def test_ranges_with_units(text: str, span: str, low: float, high: float, unit: str | None, currency: str | None):
    q = only(text, span)
    assert (q.value, q.value_high, q.unit, q.currency) == (pytest.approx(low), pytest.approx(high), unit, currency)


def test_the_unit_tables_are_what_pint_gives():
    from claims import units

    words, symbols, dims = units.generate()
    assert (words, symbols, dims) == (units.UNIT_WORDS, units.UNIT_SYMBOLS, units.DIMENSIONS)
    assert dims["ghz"] == "1 / [time]" and dims["rpm"] == dims["hz"] and "[mass]" in dims["horsepower"]


def test_the_documented_unit_names_of_the_first_release_are_kept():
    from claims.vocab import MEASURE_UNITS

    for word, unit in {
        "kilometres": "km",
        "megawatts": "mw",
        "kwh": "kwh",
        "gb": "gb",
        "hectares": "hectare",
        "barrels": "barrel",
        "tonnes": "tonne",
        "pounds": "lb",
        "mah": "mah",
    }.items():
        assert MEASURE_UNITS[word] == unit


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "hedge", "direction"),
    [
        ("Sales were well over triple the forecast.", "triple", 3, "times", "more_than", None),
        ("He won, cutting 5 seconds off his best.", "5 seconds", 5, "second", "exact", "down"),
        ("The delay added two years to the project.", "two years", 2, "year", "exact", "up"),
        ("Shares suffered a steep 4 percent slide.", "4 percent", 4, "percent", "exact", "down"),
        ("Stocks staged a 3% rally.", "3%", 3, "percent", "exact", "up"),
        ("BHP was off 0.7% in Sydney.", "0.7%", 0.7, "percent", "exact", "down"),
        ("Temperatures will reach 100 degrees or higher.", "100 degrees", 100, "degree", "at_least", None),
        ("WTI fell to its 52-week low of $66.81 per barrel.", "$66.81 per barrel", 66.81, "per_barrel", "exact", None),
        ("Prices fell as low as $23 per barrel.", "$23 per barrel", 23, "per_barrel", "at_least", None),
    ],
)
def test_hedges_and_directions_govern_the_next_quantity(
    text: str, span: str, value: float, unit: str, hedge: str, direction: str | None
):
    q = only(text, span)
    assert (q.value, q.unit, q.hedge, q.direction) == (pytest.approx(value), unit, hedge, direction)


@pytest.mark.parametrize(
    "text",
    [
        "The city was founded in 1200 BC.",
        "Ratings: Smith: 6, Jones: 7.",
        "If someone is worth more than a 6, they should get a 7, not a 6.5.",
        "Boeing's 787 is a wide-body jet.",
        "The Galaxy S24 and the A320neo were shown next to the FTSE 100 board.",
    ],
)
def test_years_ratings_and_model_numbers_are_not_quantities(text: str):
    assert spans(text) == []


def test_a_possessive_before_a_count_is_not_a_model_name():
    assert only("Messi's 821 goals in 1,047 games.", "821").unit == "goal"


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Initial jobless claims jumped to 263,000 last week.", "263,000", "claim"),
        ("The order is for 273 A320neos.", "273", "a320neo"),
        ("His five passengers ranged in age from 9 to 15.", "9 to 15", "year"),
        ("Smith, 52, said the plan would work.", "52", "year"),
        ("Spot gold was at $1,054 an ounce, silver was at $13.72.", "$13.72", "per_ounce"),
        ("Contracts of 7 or even 8 years.", "7", "year"),
    ],
)
def test_units_named_elsewhere_in_the_sentence(text: str, span: str, unit: str):
    assert only(text, span).unit == unit


@pytest.mark.parametrize(
    ("text", "span", "unit", "direction"),
    [
        ("Engines use 15 percent less fuel.", "15 percent", "percent", "down"),
        ("Sales doubled to 2 million units.", "2 million", "unit", None),
        ("Applications for unemployment benefits climbed to 428,000.", "428,000", "application", None),
    ],
)
def test_comparatives_and_subjects(text: str, span: str, unit: str, direction: str | None):
    q = only(text, span)
    assert (q.unit, q.direction) == (unit, direction)


def test_a_price_level_year_is_not_an_amount():
    assert spans("It cost $92,444 in inflation-adjusted 2008 dollars.") == ["$92,444"]


def test_sales_are_a_sum_not_a_count():
    assert only("Sales doubled to 2 million, twice the 2022 level.", "2 million").unit is None


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("The deal cost hundreds of millions of dollars.", "hundreds of millions of dollars", 1e8, 1e9),
        ("Tens of thousands of fans marched.", "Tens of thousands", 1e4, 1e5),
        ("Thousands fled the city.", "Thousands", 1e3, 1e6),
        ("Dozens of people were hurt.", "Dozens", 12, 144),
    ],
)
def test_an_order_of_magnitude_is_the_range_it_names(text: str, span: str, low: float, high: float):
    (q,) = extract_quantities(text)
    assert (q.text, q.value, q.value_high, q.hedge) == (span, low, high, "approximate")


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("shares surpass 100,000 won (USD 69.88)", "KRW"),  # thousands grouped: money
        ("1.2 trillion won", "KRW"),
        ("the team that 3 won", None),  # the verb
        ("at 1500 won", None),  # ungrouped and unscaled: not told apart from the verb
    ],
)
def test_won_after_an_amount_is_the_korean_currency(text, currency):
    q = extract_quantities(text)[0]
    assert q.currency == currency


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("It is trading 22.6% below its 52-week high.", "down"),
        ("The stock sits 10% above its record low.", "up"),
        ("Shares are 5% off their all-time high.", "down"),
    ],
)
def test_a_percent_gap_to_an_extreme_has_its_direction(text, direction):
    (q,) = [q for q in extract_quantities(text) if q.unit == "percent"]
    assert q.direction == direction


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Shares of the chip giant exploded 27% in trading on Thursday.", "up"),
        ("The stock rocketed 14% after the results.", "up"),
        ("Meta's stock tanked 24% on Thursday.", "down"),
        ("Shares cratered 18% in New York.", "down"),
    ],
)
def test_the_market_report_verbs_of_a_big_move_give_its_direction(text, direction):
    (q,) = [q for q in extract_quantities(text) if q.unit == "percent"]
    assert q.direction == direction


def test_a_scale_letter_is_never_read_across_a_line_or_before_a_plus():
    assert [(q.text, q.value) for q in extract_quantities("a target price of HKD 151\nM+ Global Updates")] == [
        ("HKD 151", 151.0)
    ]
    assert [(q.text, q.value) for q in extract_quantities("sales of HK$5 M.")] == [("HK$5 M", 5e6)]


def test_a_scaled_amount_of_a_currency_word_is_money():
    from claims.extract import extract_quantities

    (q,) = extract_quantities("the buyback of 2.047 billion of euros")
    assert (q.text, q.value, q.currency) == ("2.047 billion of euros", 2.047e9, "EUR")


@pytest.mark.parametrize(
    ("text", "span"),
    [("Acme giving up about 1.5 percent.", "1.5 percent"), ("The index gave up 2% in the afternoon.", "2%")],
)
def test_giving_up_is_a_fall_not_a_rise(text, span):
    (q,) = [q for q in extract_quantities(text) if q.text == span]
    assert q.direction == "down"
