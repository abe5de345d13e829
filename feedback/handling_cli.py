"""``flask search-reindex``: rebuild the accent-free search text of every case (after a migration adds
``case_search`` to a database that already holds cases, or after the normalisation changes)."""

from __future__ import annotations

import click
from flask import Flask
from sqlalchemy import select
from sqlalchemy.orm import selectinload


def reindex(batch: int = 2000) -> int:
    """Recompute :class:`~feedback.models.CaseSearch` for every case, in batches; returns the count."""
    from .extensions import db
    from .models import Case, CaseSearch
    from .services.similarity import case_text

    done, last = 0, 0
    while True:
        rows = list(db.session.execute(select(Case).where(Case.id > last).order_by(Case.id).limit(batch)
                                       .options(selectinload(Case.submitters))).scalars())
        if not rows:
            return done
        for case in rows:
            entry = db.session.get(CaseSearch, case.id) or CaseSearch(case_id=case.id)
            entry.search_text = case_text(case)
            db.session.add(entry)
        db.session.commit()
        done += len(rows)
        last = rows[-1].id


def register(app: Flask) -> None:
    @app.cli.command("search-reindex")
    @click.option("--batch", default=2000, show_default=True, help="Cases per transaction.")
    def search_reindex(batch: int) -> None:
        """Rebuild the accent-free search text of every case."""
        click.echo(f"{reindex(batch)} cases indexed.")
