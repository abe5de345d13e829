"""Accent-insensitive text: normalisation of Vietnamese, the case search text, similar cases.

``normalise("Đường Nguyễn Huệ")`` is ``"duong nguyen hue"``. Every case keeps that form of its
reference, title, content, place and (non-confidential) submitters in :class:`CaseSearch`,
maintained on every write; search and similarity run on it with portable ``LIKE`` (on PostgreSQL
a trigram GIN index makes ``LIKE '%…%'`` fast, see :mod:`feedback.models.handling`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import or_, select

from ..extensions import db
from ..lifecycle import OPEN_STATUSES
from ..models import Case, CaseSearch, Submitter

_NON_WORD = re.compile(r"[^0-9a-z]+")
REFERENCE = re.compile(r"\d{4}-\d{6,7}")
#: Very common Vietnamese words (accent-free) that say nothing about the matter.
STOPWORDS = frozenset(
    "va cua cac nhung la co cho voi trong tren duoi tai den tu mot hai ba khong da dang se duoc bi rat "
    "nay do kia toi chung ta ong ba anh chi em xin de nghi ve theo nhu thi ma neu khi vi nen hoac".split()
)


def normalise(text: str | None) -> str:
    """Lower-case, strip Vietnamese diacritics (``đ`` → ``d``), keep letters and digits separated by spaces."""
    if not text:
        return ""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    return _NON_WORD.sub(" ", stripped).strip()


def words(text: str | None) -> list[str]:
    """Meaningful accent-free words of ``text`` (stopwords and one-letter words dropped)."""
    return [w for w in normalise(text).split() if len(w) > 1 and w not in STOPWORDS]


def shingles(text: str | None) -> set[str]:
    """Word pairs (and single words) of ``text``: the unit of comparison."""
    ws = words(text)
    return set(ws) | {f"{a} {b}" for a, b in zip(ws, ws[1:], strict=False)}


def similarity(a: str | None, b: str | None) -> float:
    """Jaccard similarity (0–1) of the shingles of two texts, accent-insensitive."""
    sa, sb = shingles(a), shingles(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


def case_text(case: Case) -> str:
    """The normalised search text of a case (confidential identities are never included)."""
    parts = [case.reference, case.title, case.content, case.location, case.subject]
    for person in case.submitters or []:
        if not person.is_confidential:
            parts += [person.full_name, person.organisation, person.phone, person.email, person.id_number]
    return normalise(" ".join(p for p in parts if p))


def _like_term(term: str) -> str:
    return "%" + term.replace("\\", "").replace("%", "").replace("_", " ") + "%"


def search_terms(query: str) -> list[str]:
    """The accent-free words of a search (at most six)."""
    return normalise(query).split()[:6]


def search_ids(query: str, limit: int) -> list[int] | None:
    """Ids of the cases whose search text holds every word of ``query``; None when more than ``limit`` match
    (a common word: the caller then filters while it walks its ordered queue, see :func:`text_matches`).

    On PostgreSQL the trigram GIN index answers the ``LIKE '%…%'``; elsewhere it is a scan of one narrow table.
    """
    terms = search_terms(query)
    if not terms:
        return None
    stmt = select(CaseSearch.case_id).where(*[CaseSearch.search_text.like(_like_term(t)) for t in terms])
    ids = list(db.session.execute(stmt.limit(limit + 1)).scalars())
    return None if len(ids) > limit else ids


def text_matches(case_ids: list[int], query: str) -> set[int]:
    """Which of ``case_ids`` hold every word of ``query`` (one indexed lookup by primary key)."""
    terms = search_terms(query)
    rows = db.session.execute(select(CaseSearch.case_id, CaseSearch.search_text)
                              .where(CaseSearch.case_id.in_(case_ids)))
    return {case_id for case_id, text in rows if all(t in text for t in terms)}


@dataclass
class SimilarCase:
    """A case resembling another, and why."""

    case: Case
    score: float
    reason: str


def _candidates(case: Case, stmt, limit: int = 300) -> list[Case]:
    """Recent cases sharing one of the longest words of ``case``: per word, the newest matches by primary key
    (an index walk for a common word, the trigram index for a rare one), then the cases of ``stmt`` among them."""
    ws = sorted(set(words(f"{case.title} {case.content}")), key=lambda w: (-len(w), w))[:8]
    ids: set[int] = set()
    for word in ws:
        found = select(CaseSearch.case_id).where(CaseSearch.search_text.like(_like_term(word)))
        ids.update(db.session.execute(found.order_by(CaseSearch.case_id.desc()).limit(100)).scalars())
    ids.discard(case.id)
    if not ids:
        return []
    stmt = stmt.where(Case.id.in_(ids)).order_by(Case.received_at.desc()).limit(limit)
    return list(db.session.execute(stmt).scalars())


def similar_cases(case: Case, stmt, *, threshold: float = 0.2, limit: int = 5) -> list[tuple[Case, float]]:
    """Cases of ``stmt`` (a ``select(Case)``) whose title and content resemble ``case``, best first."""
    mine = f"{case.title} {case.content}"
    scored = [(other, similarity(mine, f"{other.title} {other.content}")) for other in _candidates(case, stmt)]
    scored = [item for item in scored if item[1] >= threshold]
    scored.sort(key=lambda item: item[1], reverse=True)
    return scored[:limit]


def same_submitter_cases(case: Case, *, limit: int = 5) -> list[Case]:
    """Open cases with a submitter sharing a phone, email or ID number with ``case``'s submitters."""
    conditions = []
    for person in case.submitters:
        if person.is_confidential:
            continue
        if person.phone:
            conditions.append(Submitter.phone == person.phone)
        if person.email:
            conditions.append(Submitter.email == person.email)
        if person.id_number:
            conditions.append(Submitter.id_number == person.id_number)
    if not conditions:
        return []
    sub = select(Submitter.case_id).where(or_(*conditions))
    stmt = (select(Case).where(Case.id.in_(sub), Case.id != case.id, Case.status.in_(OPEN_STATUSES))
            .order_by(Case.received_at.desc()).limit(limit))
    return list(db.session.execute(stmt).scalars())


def duplicates(case: Case) -> list[SimilarCase]:
    """Open cases that may be the same matter: similar content or the same submitter."""
    from flask_babel import gettext as _

    found: dict[int, SimilarCase] = {}
    open_cases = select(Case).where(Case.status.in_(OPEN_STATUSES), Case.merged_into_id.is_(None))
    for other, score in similar_cases(case, open_cases, threshold=0.3):
        found[other.id] = SimilarCase(other, score, _("Similar content (%(p)s%%)", p=round(score * 100)))
    for other in same_submitter_cases(case):
        if other.id in found:
            found[other.id].reason += "; " + _("same submitter")
            found[other.id].score += 0.5
        else:
            found[other.id] = SimilarCase(other, 0.5, _("Same submitter (phone, email or ID number)"))
    return sorted(found.values(), key=lambda s: s.score, reverse=True)
