"""SQLAlchemy models, engine and session setup, the ledger, Alembic migrations."""
