"""Guards for staff views: signed in, and the role table allows the action."""

from __future__ import annotations

from functools import wraps

from flask import abort, request
from flask_login import current_user, login_required

from ..extensions import db
from ..permissions import can
from ..services import audit


def require(action: str):
    """Deny unless signed in and ``action`` is allowed for the user's role; denials are audited."""

    def decorator(view):
        @wraps(view)
        @login_required
        def wrapped(*args, **kwargs):
            if not can(current_user, action):
                audit.record("auth.permission_denied", current_user._get_current_object(),
                             details={"action": action, "path": request.path[:200]})
                db.session.commit()
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorator
