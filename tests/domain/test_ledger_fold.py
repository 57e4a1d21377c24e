"""The fold that rides on the chain's read gives what the program's own fold gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from optin_desk.domain.consent import Category, CategoryKind
from optin_desk.domain.ledger_fold import LedgerFold
from optin_desk.domain.state_refold import _folded, fold_people

CATEGORIES = [
    Category("orders", "Orders", CategoryKind.SERVICE),
    Category("offers", "Offers", CategoryKind.MARKETING),
    Category("news", "News", CategoryKind.MARKETING, archived=True),
]
MOMENTS = [f"2026-03-0{day}T{hour}:00:00.000000Z" for day in (1, 2) for hour in (10, 23)]

event = st.tuples(
    st.integers(1, 3),  # contact
    st.sampled_from(["opt_in", "opt_in", "opt_out", "void"]),
    st.sampled_from(["orders", "offers", "news", "marketing", "all", "gone"]),
    st.sampled_from(["in_person", "import"]),
    st.sampled_from(MOMENTS),
    st.sampled_from([None, None, "2026-03-01", "2026-03-02"]),
    st.integers(1, 12),  # the event a void names
)


def rows_of(drawn: list[tuple[int, str, str, str, str, str | None, int]]) -> list[tuple]:
    return [
        (contact, number, action, scope, method, at, voided if action == "void" else None, day)
        for number, (contact, action, scope, method, at, day, voided) in enumerate(drawn, 1)
    ]


def program_fold(rows: list[tuple]) -> dict[int, dict[str, tuple[str, int, str]]]:
    """fold_consent itself, person by person."""
    people = sorted({row[0] for row in rows})
    return {c: _folded([row for row in rows if row[0] == c], CATEGORIES) for c in people}


@settings(max_examples=300, deadline=None)
@given(st.lists(event, max_size=12))
def test_the_streamed_fold_is_the_programs_fold(drawn: list) -> None:
    rows = rows_of(drawn)
    fold = LedgerFold(CATEGORIES)
    for row in rows:
        fold.add(*row)
    in_order = sorted(rows, key=lambda row: (row[0], row[1]))
    folded = fold.others(lambda ids: fold_people([r for r in in_order if r[0] in ids], CATEGORIES))
    streamed = {contact: fold.person(contact) for contact in fold.simple} | folded
    assert streamed == program_fold(rows)
    assert fold.people == len({row[0] for row in rows})


def test_an_opt_out_holds_against_an_earlier_and_an_imported_opt_in() -> None:
    rows = [
        (1, 1, "opt_in", "all", "in_person", MOMENTS[0], None, None),
        (1, 2, "opt_out", "marketing", "in_person", MOMENTS[2], None, None),
        (1, 3, "opt_in", "offers", "import", MOMENTS[3], None, None),
        (1, 4, "opt_in", "offers", "in_person", MOMENTS[1], None, None),  # given before
    ]
    fold = LedgerFold(CATEGORIES)
    for row in rows:
        fold.add(*row)
    assert fold.person(1) == {
        "orders": ("opted_in", 1, MOMENTS[0]),
        "offers": ("opted_out", 2, MOMENTS[2]),
        "news": ("opted_out", 2, MOMENTS[2]),
    }
    assert fold.person(1) == program_fold(rows)[1]


def test_a_void_sets_the_person_aside_for_the_programs_fold() -> None:
    rows = [
        (2, 1, "opt_out", "all", "in_person", MOMENTS[0], None, None),
        (2, 2, "void", "all", "in_person", MOMENTS[1], 1, None),
    ]
    fold = LedgerFold(CATEGORIES)
    for row in rows:
        fold.add(*row)
    assert fold.aside == {2}
    assert fold.others(lambda ids: fold_people(rows, CATEGORIES)) == {2: {}}
