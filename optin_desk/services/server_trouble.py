"""Network trouble with a database server, told apart so that each gets a plain answer.

The driver's own text is the only thing its errors have in common across versions (psycopg
raises one OperationalError for all of these), so the kind is read from it.
"""

from __future__ import annotations

from enum import Enum

from sqlalchemy.exc import DBAPIError


class ServerTrouble(Enum):
    """Why the database server did not answer as it should."""

    LOGIN = "login"  # wrong user name or password
    NO_DATABASE = "no_database"  # the server has no database of that name
    LOST = "lost"  # the connection broke while in use
    UNREACHABLE = "unreachable"  # server down, wrong address, no network


_SIGNS: tuple[tuple[ServerTrouble, tuple[str, ...]], ...] = (
    (
        ServerTrouble.LOGIN,
        ("password authentication failed", "no password supplied", "authentication failed"),
    ),
    (
        ServerTrouble.LOST,
        (
            "server closed the connection",
            "terminating connection",
            "connection already closed",
            "consuming input failed",
            "the connection is closed",
            "connection reset",
            "connection is lost",
            "ssl connection has been closed",
        ),
    ),
    (
        ServerTrouble.UNREACHABLE,
        (
            "connection refused",
            "is the server running",
            "could not connect",
            "connection failed",
            "timeout expired",
            "could not translate host name",
            "name or service not known",
            "no route to host",
            "network is unreachable",
            "the database system is shutting down",
            "the database system is starting up",
        ),
    ),
)


def trouble_of(error: BaseException) -> ServerTrouble | None:
    """What kind of server trouble `error` is (None: not a network or login problem)."""
    text = str(getattr(error, "orig", error)).lower()
    if "does not exist" in text and ('database "' in text or 'role "' in text):
        return ServerTrouble.NO_DATABASE  # (not a missing table: 'relation "x" does not exist')
    for kind, signs in _SIGNS:
        if any(sign in text for sign in signs):
            return kind
    if isinstance(error, DBAPIError) and error.connection_invalidated:
        return ServerTrouble.LOST
    return None


def trouble_message(error: BaseException) -> str | None:
    """One line saying what happened and what to do (None: not server trouble)."""
    kind = trouble_of(error)
    if kind is ServerTrouble.LOGIN:
        return (
            "the database server refused the user name or password in the URL: check --db "
            "or OPTIN_DESK_DB (nothing was recorded)"
        )
    if kind is ServerTrouble.NO_DATABASE:
        return (
            "the database server has no database (or user) of that name: check the URL in "
            "--db or OPTIN_DESK_DB (nothing was recorded)"
        )
    if kind is ServerTrouble.LOST:
        return (
            "the connection to the database server was lost in the middle; the server keeps "
            "a save whole or not at all: check the network, then try again"
        )
    if kind is ServerTrouble.UNREACHABLE:
        return (
            "cannot reach the database server: check that it is running and that this "
            "computer is on its network, then try again (nothing was recorded)"
        )
    return None
