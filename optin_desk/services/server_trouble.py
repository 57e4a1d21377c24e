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
    NOT_ALLOWED = "not_allowed"  # the role may not do this (only the records' owner may)


INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL: permission denied, must be owner

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
    if getattr(getattr(error, "orig", None), "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
        return ServerTrouble.NOT_ALLOWED
    text = str(getattr(error, "orig", error)).lower()
    if "does not exist" in text and ('database "' in text or 'role "' in text):
        return ServerTrouble.NO_DATABASE  # (not a missing table: 'relation "x" does not exist')
    for kind, signs in _SIGNS:
        if any(sign in text for sign in signs):
            return kind
    if isinstance(error, DBAPIError) and error.connection_invalidated:
        return ServerTrouble.LOST
    return None
