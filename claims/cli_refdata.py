"""``claims refdata``: maintain the shipped reference data (price snapshots, the figure registry).

Registered on the main command by ``claims.cli``; errors are raised as ``claims.errors`` types
and turned into one-line messages there. Imports stay light: the work is in ``claims.refdata``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from claims.errors import InputError, SourceUnavailable


def _date(_ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form", param=param) from None


def _resolve(_ctx: click.Context, _param: click.Parameter, value: Path | None) -> Path:
    from claims.refdata.paths import resolve_data_dir

    return resolve_data_dir(value)


_data_dir = click.option(
    "--data",
    "--data-dir",
    "data_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    callback=_resolve,
    help="Reference data directory to write into (default: $CLAIMS_DATA, else the shipped data that `claims check` reads).",
)


@click.group()
def refdata() -> None:
    """Maintain the reference data in data/: price snapshots and reported figures.

    Example: claims refdata update --ticker 1810.HK --start 2024-10-01 --end 2024-10-31
    """


@refdata.command()
@click.option("--ticker", required=True, help="Yahoo Finance symbol, e.g. 1810.HK.")
@click.option("--start", required=True, callback=_date, metavar="YYYY-MM-DD", help="First day (YYYY-MM-DD), inclusive.")
@click.option("--end", required=True, callback=_date, metavar="YYYY-MM-DD", help="Last day (YYYY-MM-DD), inclusive.")
@_data_dir
def update(ticker: str, start: date, end: date, data_dir: Path) -> None:
    """Fetch daily prices from Yahoo Finance (online) into data/prices/<TICKER>.csv.

    Rows are merged with the existing file (fetched days replace the same days) and
    <TICKER>.provenance.json is rewritten with the new sha256, keeping the old provenance.

    Example: claims refdata update --ticker 1810.HK --start 2024-10-01 --end 2024-10-31
    """
    from claims.refdata.update import update_snapshot

    command = f"claims refdata update --ticker {ticker} --start {start} --end {end}"
    try:
        result = update_snapshot(ticker, start, end, data_dir, command=command)
    except SourceUnavailable as exc:
        raise SourceUnavailable(
            f"{exc}; `claims refdata update` needs the network (the snapshot in {data_dir} is unchanged)",
            source=exc.source,
        ) from exc
    click.echo(
        f"{result.csv_path}: {result.fetched} days fetched ({result.added} new, {result.replaced} replaced); "
        f"{result.rows} rows {result.first_day}..{result.last_day}; sha256 {result.sha256[:12]}"
    )


@refdata.command()
@click.option("--entity", required=True, help="Who reported it, as in data/entities.json (e.g. Xiaomi).")
@click.option("--metric", required=True, help="revenue, net_profit, deliveries, orders, price, ...")
@click.option("--period", required=True, help="Period label: 2024-Q1, 2024-05, 'as of 2024-04-24'.")
@click.option(
    "--period-start",
    required=True,
    callback=_date,
    metavar="YYYY-MM-DD",
    help="First day the figure covers (YYYY-MM-DD).",
)
@click.option(
    "--period-end", required=True, callback=_date, metavar="YYYY-MM-DD", help="Last day the figure covers (YYYY-MM-DD)."
)
@click.option("--basis", required=True, help="What kind of figure: reported, attributable_to_owners, monthly, ...")
@click.option("--value", required=True, type=float, help="The number as written in the source.")
@click.option(
    "--scale", type=float, default=1.0, show_default=True, help="Multiplier: 1000 for thousands, 1e6 for millions."
)
@click.option("--unit", help="Unit of a count (vehicle, order); give this or --currency.")
@click.option("--currency", help="ISO currency of an amount (CNY, HKD); give this or --unit.")
@click.option(
    "--hedge",
    type=click.Choice(["exact", "more_than", "less_than", "approximate", "at_least", "at_most"]),
    default="exact",
    show_default=True,
)
@click.option("--preferred", is_flag=True, help="Mark as the primary figure where sources disagree.")
@click.option("--url", required=True, help="Where the figure was read (http/https).")
@click.option("--publisher", required=True, help="Who published that page.")
@click.option("--quote", required=True, help="The sentence the figure is read from, verbatim.")
@click.option("--published", callback=_date, metavar="YYYY-MM-DD", help="When the source was published (YYYY-MM-DD).")
@click.option("--retrieved", callback=_date, metavar="YYYY-MM-DD", help="When you read it (YYYY-MM-DD).")
@_data_dir
def add(
    entity: str,
    metric: str,
    period: str,
    period_start: date,
    period_end: date,
    basis: str,
    value: float,
    scale: float,
    unit: str | None,
    currency: str | None,
    hedge: str,
    preferred: bool,
    url: str,
    publisher: str,
    quote: str,
    published: date | None,
    retrieved: date | None,
    data_dir: Path,
) -> None:
    """Add one cited figure to data/figures.yaml (validated; nothing is added without a source).

    Example: claims refdata add --entity Xiaomi --metric revenue --period 2024-Q1 --period-start 2024-01-01 --period-end 2024-03-31 --basis reported --value 75506822 --scale 1000 --currency CNY --url https://reportify.ai/filings/991074000643952640 --publisher reportify.ai --quote "Revenue ... increased to RMB 75,506,822 thousand"
    """
    from claims.refdata.update import add_figure

    if (unit is None) == (currency is None):
        raise InputError("give exactly one of --unit (a count) and --currency (an amount)")
    path = data_dir / "figures.yaml"
    figure = add_figure(
        path,
        entity=entity,
        metric=metric,
        period=period,
        period_start=period_start,
        period_end=period_end,
        basis=basis,
        value=value,
        scale=scale,
        unit=unit,
        currency=currency,
        hedge=hedge,
        preferred=preferred,
        url=url,
        publisher=publisher,
        quote=quote,
        published=published,
        retrieved=retrieved,
    )
    click.echo(
        f"{path}: added {figure.entity} {figure.metric} {figure.period} ({figure.basis}) = "
        f"{figure.amount:g} {figure.currency or figure.unit}"
    )


@refdata.command("import-prices")
@click.option("--ticker", required=True, help="Symbol to file the prices under, e.g. 0700.HK or NVDA.")
@click.option("--file", "file", required=True, type=click.Path(dir_okay=False, path_type=Path), help="The CSV export.")
@click.option("--source", required=True, help="Where the file came from (vendor, URL, repository@commit:path).")
@click.option("--currency", help="ISO 4217 code of the prices (default: the exchange's currency).")
@click.option("--exchange", help="MIC (XHKG, XNAS, XNYS, XSHG, XSHE, XLON) or common name (HKEX, NASDAQ, NYSE, ...).")
@click.option("--adjusted", "adjustment", flag_value="adjusted", help="The prices are split- and dividend-adjusted.")
@click.option("--raw", "adjustment", flag_value="raw", help="The prices are as traded (quoted in news).")
@_data_dir
def import_prices_cmd(
    ticker: str,
    file: Path,
    source: str,
    currency: str | None,
    exchange: str | None,
    adjustment: str | None,
    data_dir: Path,
) -> None:
    """Import a daily-price CSV (yfinance / vendor export) into <data>/prices/<TICKER>.csv with provenance.

    Columns: Date,Open,High,Low,Close[,Adj Close][,Volume][,Dividends,Stock Splits]; dates with
    or without a UTC offset. Without --raw/--adjusted the file's shape decides (an Adj Close
    column: Close is split-adjusted only; Dividends/Stock Splits without Adj Close: yfinance's
    adjusted history). A bad row stops the import (nothing is written).

    Example: claims refdata import-prices --ticker 0700.HK --file 0700.HK.csv --source "yfinance Ticker('0700.HK').history()" --exchange HKEX
    """
    from claims.refdata.prices import import_prices

    parts = [f"claims refdata import-prices --ticker {ticker} --file {file.name}"]
    parts += [f"--{k} {v}" for k, v in (("currency", currency), ("exchange", exchange)) if v]
    parts += [f"--{adjustment}"] if adjustment else []
    result = import_prices(
        data_dir,
        ticker=ticker,
        file=file,
        source=source,
        currency=currency,
        exchange_name=exchange,
        adjustment_flag=adjustment,
        command=" ".join(parts),
    )
    levels = (
        "price levels and changes" if result.levels_checkable else "changes only (adjusted series: no price levels)"
    )
    click.echo(
        f"{result.csv_path}: {result.rows} days {result.first_day}..{result.last_day}, {result.adjustment}; "
        f"checks {levels}; sha256 {result.sha256[:12]}" + (f"\nnote: {result.note}" if result.note else "")
    )


@refdata.command("add-entity")
@click.option("--name", required=True, help="Canonical name, e.g. 'Tencent Holdings'.")
@click.option("--ticker", help="Symbol its price files are filed under (0700.HK, NVDA).")
@click.option("--alias", "aliases", multiple=True, help="Another name news uses (repeatable).")
@click.option("--currency", help="ISO 4217 code of its quote/reporting currency.")
@click.option("--exchange", help="MIC or common name of the ticker's exchange.")
@_data_dir
def add_entity_cmd(
    name: str,
    ticker: str | None,
    aliases: tuple[str, ...],
    currency: str | None,
    exchange: str | None,
    data_dir: Path,
) -> None:
    """Add a company (or new aliases of one) to <data>/entities.json.

    Example: claims refdata add-entity --name "Tencent Holdings" --ticker 0700.HK --alias Tencent --alias 腾讯 --exchange HKEX
    """
    from claims.entities import add_entity

    path = data_dir / "entities.json"
    row, created = add_entity(
        path, name=name, ticker=ticker, aliases=list(aliases), currency=currency, exchange=exchange
    )
    click.echo(
        f"{path}: {'added' if created else 'updated'} {row['name']}"
        + (
            f" ({row['ticker']}" + (f", {row['exchange']}" if row.get("exchange") else "") + ")"
            if row.get("ticker")
            else ""
        )
        + f" with {len(row['aliases'])} alias(es)"
    )
