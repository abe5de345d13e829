"""Screenshots of the main pages in headless Chromium, for the README and for looking at what we built.

Usage: ``.venv/bin/python tools/screenshots.py [OUTDIR] [--only NAME…]`` — builds a scratch instance with the demo
data, serves it on a free port and saves PNGs (desktop 1280 px and phone 360 px).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
scratch = Path(tempfile.mkdtemp(prefix="nghedan-shots-"))
os.environ["INSTANCE_PATH"] = str(scratch)
os.environ["DATABASE_URL"] = f"sqlite:///{scratch / 'shots.sqlite3'}"

from feedback import create_app  # noqa: E402
from feedback.extensions import db  # noqa: E402
from tests.browser import browser_page, live_server  # noqa: E402

# (name, role or None, path, phone too?)
PAGES = [
    ("home", None, "/", True),
    ("choose-kind", None, "/submit", False),
    ("submit-complaint", None, "/submit/complaint", True),
    ("track", None, "/track", False),
    ("login", None, "/staff/login", False),
    ("queue", "lanhdao@demo.vn", "/staff/", True),
]


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv and not argv[0].startswith("--") else ROOT / "docs" / "screenshots"
    only = argv[argv.index("--only") + 1:] if "--only" in argv else None
    out.mkdir(parents=True, exist_ok=True)
    app = create_app("development", {"WTF_CSRF_ENABLED": False})
    with app.app_context():
        db.create_all()
        from feedback import demo

        demo.seed_reference_data()
        passwords = {email: password for email, _role, password in demo.seed_users()}
        demo.seed_cases()
        from feedback.models import Case

        first_case = db.session.execute(db.select(Case.reference).where(Case.status == "received")
                                        .order_by(Case.id.desc()).limit(1)).scalar()
    pages = PAGES + [("case", "lanhdao@demo.vn", f"/staff/cases/{first_case}", True)] + EXTRA_PAGES
    with live_server(app) as base:
        for name, role, path, phone in pages:
            if only and name not in only:
                continue
            for width in (1280, 360) if phone else (1280,):
                with browser_page(width=width, height=900) as page:
                    if role:
                        page.goto(base + "/staff/login")
                        page.fill("#email", role)
                        page.fill("#password", passwords[role])
                        page.click("button[type=submit]")
                    page.goto(base + path)
                    suffix = "" if width == 1280 else "-phone"
                    page.screenshot(path=str(out / f"{name}{suffix}.png"), full_page=True)
                    print(out / f"{name}{suffix}.png")
    return 0


#: More pages: (name, role email, path, phone too?)
EXTRA_PAGES: list[tuple[str, str | None, str, bool]] = [
    ("schedule", None, "/lich-tiep-cong-dan", False),
    ("intake", "tiepnhan@demo.vn", "/staff/work/intake", False),
    ("my-unit", "truongphong@demo.vn", "/staff/work/unit", True),
    ("hotline", "tiepnhan@demo.vn", "/staff/log/hotline", True),
    ("desk", "tiepnhan@demo.vn", "/staff/desk", False),
    ("reception-register", "tiepnhan@demo.vn", "/staff/reception", False),
    ("inbox", "tiepnhan@demo.vn", "/staff/inbox", False),
    ("inspect-dashboard", "thanhtra@demo.vn", "/inspect/", True),
    ("inspect-audit", "thanhtra@demo.vn", "/inspect/audit", False),
    ("inspect-report", "thanhtra@demo.vn", "/inspect/report", False),
    ("admin-calendar", "quantri@demo.vn", "/admin/calendar", False),
    ("admin-rules", "quantri@demo.vn", "/admin/rules", False),
    ("admin-routing", "quantri@demo.vn", "/admin/handling/", False),
    ("api-docs", None, "/api/v1/docs", False),
]

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
