"""Unit of work: one SQLAlchemy session that rolls back unless ``commit()`` is called."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker


class UnitOfWork:
    def __init__(self, engine: Engine):
        self.engine = engine
        self._factory = sessionmaker(engine, expire_on_commit=False)
        self.session: Session | None = None
        self.committed = False

    def __enter__(self) -> "UnitOfWork":
        self.session = self._factory()
        self.committed = False
        return self

    def __exit__(self, *exc) -> None:
        assert self.session is not None
        if not self.committed:
            self.session.rollback()
        self.session.close()
        self.session = None

    def commit(self) -> None:
        assert self.session is not None
        self.session.commit()
        self.committed = True

    def rollback(self) -> None:
        assert self.session is not None
        self.session.rollback()
