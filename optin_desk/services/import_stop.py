"""What `import --apply` says when the database goes away part way through.

Each batch of rows is its own transaction: the batches committed before the failure are
kept, and running the same import again adds only the rows still missing (the rows already
recorded are then "already recorded"). So the message says how many rows were recorded, and
that, not "nothing was recorded".
"""

from __future__ import annotations

from sqlalchemy.exc import SQLAlchemyError

from optin_desk.domain.messages import Plural
from optin_desk.services.errors import StoppedPartWayError
from optin_desk.services.server_trouble import ServerTrouble, trouble_of

CONNECTION_GONE = frozenset({ServerTrouble.LOST, ServerTrouble.UNREACHABLE})


def stopped_part_way(error: SQLAlchemyError, recorded: int, total: int) -> StoppedPartWayError:
    """The error to raise when `error` stopped an import after `recorded` of `total` rows."""
    if trouble_of(error) in CONNECTION_GONE:
        text = Plural.translate(
            "Messages",
            "the connection to the database server was lost part way through the import: %n of"
            " {total} rows (was|were) recorded before it and (is|are) kept; check the network"
            " and the server, then run the same import again: it adds only the rows still"
            " missing",
            None,
            recorded,
        )
        return StoppedPartWayError(text, recorded, total=total)
    detail = str(getattr(error, "orig", error)).strip().splitlines()
    text = Plural.translate(
        "Messages",
        "the import stopped part way through ({detail}): %n of {total} rows (was|were)"
        " recorded before it and (is|are) kept; once that is put right, run the same import"
        " again: it adds only the rows still missing",
        None,
        recorded,
    )
    return StoppedPartWayError(text, recorded, total=total, detail=detail[0] if detail else "")
