"""Checked claims about trained models, with how far each one is from failing.

A notebook's text says what its run shows: "above 90 %", "at least eight points better", "about
89 %". Its closing cells check each such claim with :func:`above`, :func:`below` or :func:`about`,
which fail like an ``assert`` and also record the value and the bound. The timings tables of
``make test-backend`` list them per backend, so a margin that is thin on one backend shows.

For :func:`above` and :func:`below`, *chance* is what the value would be without the effect
claimed: 0.1 for an accuracy on ten balanced classes, 0 for a gap between two models. The margin
is measured against the bound's distance from chance. For :func:`about`, a number the text
quotes, the margin is measured against the tolerance. A margin under a quarter of its scale is
*thin*: the text gives the reason (``why``), or the experiment is made sturdier.
"""

from __future__ import annotations

THIN = 0.25  # a margin under this share of its scale is thin

recorded: list[dict] = []


def above(claim: str, value, bound: float, *, chance: float, why: str = "") -> None:
    """Check that ``value`` is above ``bound``; record it."""
    value = float(value)
    _record(claim, value, f"> {bound:.4g}", f"{chance:.4g}", value - bound, abs(bound - chance), why)


def below(claim: str, value, bound: float, *, chance: float, why: str = "") -> None:
    """Check that ``value`` is below ``bound``; record it."""
    value = float(value)
    _record(claim, value, f"< {bound:.4g}", f"{chance:.4g}", bound - value, abs(bound - chance), why)


def about(claim: str, value, stated: float, *, within: float, why: str = "") -> None:
    """Check that ``value`` is within ``within`` of the ``stated`` number; record it."""
    value = float(value)
    _record(claim, value, f"{stated:.4g} ± {within:.2g}", "—", within - abs(value - stated), within, why)


def _record(claim: str, value: float, bound: str, chance: str, margin: float, scale: float, why: str) -> None:
    share = margin / scale if scale > 0 else float("inf")
    recorded.append(
        {"claim": claim, "value": value, "bound": bound, "chance": chance, "margin": margin, "share": share, "why": why}
    )
    assert margin > 0, f"claim failed: {claim}: {value:.4g}, expected {bound}"


def table_rows(records: list[dict]) -> list[str]:
    """Markdown rows: claim, value, bound, chance, margin, share of its scale, and why a thin one is."""
    rows = []
    for record in records:
        thin = record["share"] < THIN
        note = record["why"] or ("**no reason given**" if thin else "")
        rows.append(
            f"| {record['claim']} | {record['value']:.4g} | {record['bound']} | {record['chance']} "
            f"| {record['margin']:.3g} | {record['share']:.2f}{' thin' if thin else ''} | {note} |"
        )
    return rows
