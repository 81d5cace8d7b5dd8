"""Accounts and sessions: registration, login, token rotation, roles. The auth domain's API."""

from __future__ import annotations

import re
import uuid
from datetime import datetime, timedelta

from sqlalchemy import func
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select, update

from udemy_clone.auth import avatar, instructor_photos, principal_cache, tokens
from udemy_clone.auth.avatar import (  # profile photos, re-exported
    photo_url as photo_url,
)
from udemy_clone.auth.avatar import (
    read_photo as read_photo,
)
from udemy_clone.auth.avatar import (
    remove_photo as remove_photo,
)
from udemy_clone.auth.avatar import (
    render_avatar as render_avatar,
)
from udemy_clone.auth.avatar import (
    set_photo as set_photo,
)
from udemy_clone.auth.closing import (  # closing an account, re-exported
    close_account as close_account,
)
from udemy_clone.auth.closing import (
    is_closed as is_closed,
)
from udemy_clone.auth.closing import (
    revoke_all_sessions as revoke_all_sessions,
)
from udemy_clone.auth.directory import (  # look-ups by email, re-exported
    contact_details as contact_details,
)
from udemy_clone.auth.directory import (
    user_ids_matching_email as user_ids_matching_email,
)
from udemy_clone.auth.events import SessionsEnded, UserRegistered
from udemy_clone.auth.models import (
    INSTRUCTOR_TERMS_VERSION,
    PASSWORD_MAX,
    PASSWORD_MIN,
    AuthResponse,
    InstructorApplication,
    InstructorProfile,
    RefreshToken,
    Role,
    User,
    UserProfileUpdate,
    UserPublic,
    UserRole,
)
from udemy_clone.core import db, metrics, outbox, ratelimit
from udemy_clone.core.config import get_settings
from udemy_clone.core.db import as_utc, utcnow
from udemy_clone.core.errors import (
    Conflict,
    InvalidInput,
    NotAuthenticated,
    NotFound,
    PermissionDenied,
    RateLimited,
)
from udemy_clone.core.security import hash_password, hash_token, verify_password
from udemy_clone.core.text import CONTROL_CHARACTERS_MESSAGE, has_control_characters

_COMMON_PASSWORDS = {
    "password",
    "password1",
    "password123",
    "12345678",
    "123456789",
    "1234567890",
    "qwertyuiop",
    "qwerty123",
    "iloveyou",
    "letmein1",
    "admin123",
    "welcome1",
    "abc12345",
}
WRONG_CREDENTIALS = "The email or password is not right. Check both and try again."


def normalize_email(email: str) -> str:
    """Emails are compared case-insensitively and without surrounding spaces."""
    return email.strip().lower()


def check_password_strength(password: str, *, email: str = "") -> None:
    """Refuse passwords that are too short, too long, common or the email itself."""
    if len(password) < PASSWORD_MIN:
        raise InvalidInput(
            f"Choose a password of at least {PASSWORD_MIN} characters.", field="password"
        )
    if len(password) > PASSWORD_MAX:
        raise InvalidInput(
            f"Choose a password of at most {PASSWORD_MAX} characters.", field="password"
        )
    lowered = password.lower()
    if lowered in _COMMON_PASSWORDS or (email and lowered == normalize_email(email)):
        raise InvalidInput("That password is too easy to guess; choose another.", field="password")
    if not re.search(r"[A-Za-z]", password) or not re.search(r"[^A-Za-z]", password):
        raise InvalidInput(
            "Use letters and at least one digit or symbol in your password.", field="password"
        )


def get_roles(*, session: Session, user_id: int) -> list[str]:
    """The user's roles, sorted."""
    rows = session.exec(select(UserRole.role).where(UserRole.user_id == user_id))
    return sorted(rows)


def public_view(*, user: User, roles: list[str]) -> UserPublic:
    """The public view of a user whose roles are known (no database)."""
    assert user.id is not None
    return UserPublic(
        id=user.id,
        email=user.email,
        full_name=user.full_name,
        roles=roles,
        headline=user.headline,
        bio=user.bio,
        photo_url=photo_url(user),
        created_at=as_utc(user.created_at),
    )


def to_public(*, session: Session, user: User, roles: list[str] | None = None) -> UserPublic:
    """The public view of a user (what /me returns); pass `roles` when already loaded."""
    assert user.id is not None
    if roles is None:
        roles = get_roles(session=session, user_id=user.id)
    return public_view(user=user, roles=roles)


def get_user(*, session: Session, user_id: int) -> User:
    """The user with this id; NotFound otherwise."""
    user = session.get(User, user_id)
    if user is None:
        raise NotFound("That user does not exist.")
    return user


def get_user_by_email(*, session: Session, email: str) -> User | None:
    """The user with this email, if any."""
    return session.exec(select(User).where(User.email == normalize_email(email))).first()


def get_active_user(*, session: Session, user_id: int) -> User:
    """The signed-in user, refusing deleted or deactivated accounts."""
    user = session.get(User, user_id)
    if user is None or not user.is_active:
        raise NotAuthenticated("Your account is not active. Sign in again.", code="invalid_token")
    return user


def create_user(
    *, session: Session, email: str, password: str, full_name: str, roles: list[Role]
) -> User:
    """Create an account with these roles (admin creation goes through the CLI only)."""
    email = normalize_email(email)
    full_name = full_name.strip()
    if not full_name:
        raise InvalidInput("Tell us your name.", field="full_name")
    if has_control_characters(full_name):  # the name goes into email headers
        raise InvalidInput(CONTROL_CHARACTERS_MESSAGE, field="full_name")
    check_password_strength(password, email=email)
    if get_user_by_email(session=session, email=email) is not None:
        raise Conflict(
            "An account with this email already exists. Sign in instead.", code="email_taken"
        )
    user = User(email=email, full_name=full_name, password_hash=hash_password(password))
    session.add(user)
    try:
        session.flush()
    except IntegrityError as exc:
        raise Conflict(
            "An account with this email already exists. Sign in instead.", code="email_taken"
        ) from exc
    assert user.id is not None
    for role in sorted({Role(r) for r in roles}):
        session.add(UserRole(user_id=user.id, role=role.value))
    session.flush()
    return user


def register_user(
    *, session: Session, email: str, password: str, full_name: str, role: Role = Role.student
) -> AuthResponse:
    """Self-registration as a student or instructor; signs the new user in."""
    if role == Role.admin:
        raise PermissionDenied("Admin accounts cannot be self-registered.")
    roles = [Role.student] if role == Role.student else [Role.student, Role.instructor]
    user = create_user(
        session=session, email=email, password=password, full_name=full_name, roles=roles
    )
    assert user.id is not None
    outbox.emit(session, UserRegistered(user_id=user.id, role=role.value))
    return issue_session(session=session, user=user)


def issue_session(*, session: Session, user: User, family_id: str | None = None) -> AuthResponse:
    """A fresh access token and a refresh token (new family unless rotating)."""
    assert user.id is not None
    roles = get_roles(session=session, user_id=user.id)
    access, ttl = tokens.create_access_token(user_id=user.id, roles=roles)
    refresh = tokens.new_refresh_token()
    session.add(
        RefreshToken(
            token_hash=hash_token(refresh),
            family_id=family_id or uuid.uuid4().hex,
            user_id=user.id,
            expires_at=utcnow() + timedelta(days=get_settings().refresh_token_ttl_days),
        )
    )
    session.flush()
    return AuthResponse(
        user=to_public(session=session, user=user),
        access_token=access,
        refresh_token=refresh,
        expires_in=ttl,
    )


TOO_MANY_ATTEMPTS = "Too many failed sign-in attempts. Wait a little and try again."


def login_throttle_keys(email: str, client_ip: str | None) -> dict[str, str]:
    """The counters sign-in throttling keeps: per account, per (account, address), per address."""
    email = normalize_email(email)
    keys = {"account": f"login:acct:{email}", "pair": f"login:pair:{email}|{client_ip or '-'}"}
    if client_ip:
        keys["address"] = f"login:ip:{client_ip}"
    return keys


def _delay_seconds(failures: int, threshold: int) -> int:
    """1 s after `threshold` failures, then 2 s, 4 s ... capped."""
    cap = get_settings().login_max_delay_seconds
    exponent = failures - threshold
    return 0 if exponent < 0 else min(cap, 2 ** min(exponent, 30))


def _too_many(retry_after: int) -> RateLimited:
    return RateLimited(TOO_MANY_ATTEMPTS, retry_after=max(1, retry_after), code="too_many_attempts")


def _admit_login_attempt(keys: dict[str, str]) -> None:
    """Count this attempt (atomically) and refuse it while a delay runs.

    Every attempt is counted before the password is checked, so parallel guesses cannot all
    slip under the threshold; past the threshold one attempt at a time holds the lock.
    """
    settings = get_settings()
    window = settings.login_failure_window_seconds
    if "address" in keys:
        count, retry_after = ratelimit.hit(keys["address"], window_seconds=window)
        if count > settings.login_ip_max_failures:
            raise _too_many(retry_after)
    for name, threshold in (
        ("pair", settings.login_max_failures),
        ("account", settings.login_account_max_failures),
    ):
        count, _ = ratelimit.hit(keys[name], window_seconds=window)
        if count > threshold:
            waiting = ratelimit.lock_ttl(keys[name])
            if waiting or not ratelimit.try_lock(
                keys[name], seconds=_delay_seconds(count - 1, threshold)
            ):
                raise _too_many(waiting or ratelimit.lock_ttl(keys[name]))


def _record_login_failure(keys: dict[str, str]) -> None:
    """Start the delay the failure count has earned."""
    settings = get_settings()
    for name, threshold in (
        ("pair", settings.login_max_failures),
        ("account", settings.login_account_max_failures),
    ):
        count, _ = ratelimit.peek(keys[name])
        if count >= threshold:
            ratelimit.lock(keys[name], seconds=_delay_seconds(count, threshold))


def _record_login_success(keys: dict[str, str]) -> None:
    """A right password clears the pair; the account and address counters take back this try."""
    ratelimit.clear(keys["pair"])
    ratelimit.undo(keys["account"])
    if "address" in keys:
        ratelimit.undo(keys["address"])


def login(*, session: Session, email: str, password: str, client_ip: str | None) -> AuthResponse:
    """Check credentials (throttled per account and address) and start a session."""
    email = normalize_email(email)
    keys = login_throttle_keys(email, client_ip)
    _admit_login_attempt(keys)
    user = get_user_by_email(session=session, email=email)
    ok = verify_password(password, user.password_hash if user else None)
    if not ok or user is None or not user.is_active:
        _record_login_failure(keys)
        metrics.logins.labels(outcome="failure").inc()
        raise NotAuthenticated(WRONG_CREDENTIALS, code="invalid_credentials")
    _record_login_success(keys)
    metrics.logins.labels(outcome="success").inc()
    return issue_session(session=session, user=user)


def _revoke_family(*, session: Session, family_id: str) -> None:
    session.exec(
        update(RefreshToken)
        .where(col(RefreshToken.family_id) == family_id)
        .where(col(RefreshToken.revoked_at).is_(None))
        .values(revoked_at=utcnow())
    )


def _reuse_detected(*, session: Session, family_id: str) -> NotAuthenticated:
    # Reuse of a rotated token means it leaked: end every session of that login.
    _revoke_family(session=session, family_id=family_id)
    return NotAuthenticated(
        "Your session is not valid. Sign in again.", code="token_reused", persist_changes=True
    )


def _within_reuse_grace(row: RefreshToken) -> bool:
    """True for a token rotated moments ago: a second tab refreshing at the same time."""
    if row.used_at is None or row.revoked_at is not None:
        return False
    grace = timedelta(seconds=get_settings().refresh_reuse_grace_seconds)
    return utcnow() - as_utc(row.used_at) <= grace


def rotate_refresh_token(*, session: Session, refresh_token: str) -> AuthResponse:
    """Trade a refresh token for a new pair; a replayed token revokes its whole family.

    A token rotated within the grace period (two tabs refreshing at once) gets a successor of
    the same family instead; a replay after it counts as reuse.
    """
    row = session.exec(
        select(RefreshToken).where(RefreshToken.token_hash == hash_token(refresh_token))
    ).first()
    if row is None:
        raise NotAuthenticated("Your session is not valid. Sign in again.", code="invalid_token")
    if as_utc(row.expires_at) <= utcnow():
        raise NotAuthenticated("Your session has expired. Sign in again.", code="token_expired")
    if row.used_at is not None or row.revoked_at is not None:
        if not _within_reuse_grace(row):
            raise _reuse_detected(session=session, family_id=row.family_id)
    else:
        # Mark used with a conditional update so that of two concurrent refreshes one rotates
        # and the other (blocked on the row until the first commits) sees it used.
        result = session.exec(
            update(RefreshToken)
            .where(col(RefreshToken.id) == row.id)
            .where(col(RefreshToken.used_at).is_(None))
            .values(used_at=utcnow())
        )
        if result.rowcount != 1:
            session.refresh(row)
            if not _within_reuse_grace(row):
                raise _reuse_detected(session=session, family_id=row.family_id)
    user = get_active_user(session=session, user_id=row.user_id)
    return issue_session(session=session, user=user, family_id=row.family_id)


def logout(*, session: Session, refresh_token: str) -> None:
    """End the session the refresh token belongs to (unknown tokens are ignored)."""
    row = session.exec(
        select(RefreshToken).where(RefreshToken.token_hash == hash_token(refresh_token))
    ).first()
    if row is not None:
        _revoke_family(session=session, family_id=row.family_id)


def update_profile(*, session: Session, user_id: int, data: UserProfileUpdate) -> User:
    """Change the user's name, headline or bio."""
    user = get_user(session=session, user_id=user_id)
    for field, value in data.model_dump(exclude_unset=True).items():
        if value is not None:
            setattr(user, field, value)
    session.add(user)
    session.flush()
    _principal_changed(session, user_id)
    return user


def change_password(
    *, session: Session, user_id: int, current_password: str, new_password: str
) -> None:
    """Change the password after checking the current one; ends all other sessions."""
    user = get_user(session=session, user_id=user_id)
    if not verify_password(current_password, user.password_hash):
        raise InvalidInput("Your current password is not right.", field="current_password")
    check_password_strength(new_password, email=user.email)
    user.password_hash = hash_password(new_password)
    session.add(user)
    session.exec(
        update(RefreshToken)
        .where(col(RefreshToken.user_id) == user_id)
        .where(col(RefreshToken.revoked_at).is_(None))
        .values(revoked_at=utcnow())
    )


def set_roles(*, session: Session, actor_roles: list[str], user_id: int, roles: list[Role]) -> User:
    """Admin: replace a user's roles (every user keeps the student role)."""
    if Role.admin.value not in actor_roles:
        raise PermissionDenied("Only admins can change roles.")
    user = get_user(session=session, user_id=user_id)
    wanted = {Role(r) for r in roles} | {Role.student}
    for existing in session.exec(select(UserRole).where(UserRole.user_id == user_id)):
        session.delete(existing)
    session.flush()
    for role in sorted(wanted):
        session.add(UserRole(user_id=user_id, role=role.value))
    session.flush()
    _principal_changed(session, user_id)
    return user


def active_admin_ids(*, session: Session) -> list[int]:
    """The ids of every active admin account (for notices to the moderation team)."""
    statement = (
        select(User.id)
        .join(UserRole, col(UserRole.user_id) == col(User.id))
        .where(col(UserRole.role) == Role.admin.value, col(User.is_active).is_(True))
        .order_by(col(User.id))
    )
    return [int(user_id) for user_id in session.exec(statement) if user_id is not None]


def list_users(
    *,
    session: Session,
    actor_roles: list[str],
    query: str = "",
    page: int = 1,
    page_size: int = 20,
) -> tuple[list[User], int]:
    """Admin: users matching `query` in name or email, newest first."""
    if Role.admin.value not in actor_roles:
        raise PermissionDenied("Only admins can list accounts.")
    statement = select(User)
    count_statement = select(func.count()).select_from(User)
    if query:
        pattern = f"%{query.strip().lower()}%"
        condition = func.lower(User.full_name).like(pattern) | col(User.email).like(pattern)
        statement = statement.where(condition)
        count_statement = count_statement.where(condition)
    total = session.exec(count_statement).one()
    users = session.exec(
        statement.order_by(col(User.id).desc()).offset((page - 1) * page_size).limit(page_size)
    ).all()
    return list(users), int(total)


def set_active(
    *, session: Session, actor_id: int, actor_roles: list[str], user_id: int, active: bool
) -> User:
    """Admin: deactivate or reactivate an account; deactivation ends its sessions."""
    if Role.admin.value not in actor_roles:
        raise PermissionDenied("Only admins can deactivate or reactivate accounts.")
    if actor_id == user_id and not active:
        raise Conflict("You cannot deactivate your own account.")
    user = get_user(session=session, user_id=user_id)
    user.is_active = active
    session.add(user)
    _principal_changed(session, user_id)
    if not active:
        session.exec(
            update(RefreshToken)
            .where(col(RefreshToken.user_id) == user_id)
            .where(col(RefreshToken.revoked_at).is_(None))
            .values(revoked_at=utcnow())
        )
        outbox.emit(session, SessionsEnded(user_id=user_id, reason="deactivated"))
    return user


def create_admin(*, session: Session, email: str, password: str, full_name: str) -> User:
    """CLI only: create an admin account, or grant admin to an existing one."""
    existing = get_user_by_email(session=session, email=email)
    if existing is not None:
        assert existing.id is not None
        if Role.admin.value not in get_roles(session=session, user_id=existing.id):
            session.add(UserRole(user_id=existing.id, role=Role.admin.value))
            _principal_changed(session, existing.id)
        return existing
    return create_user(
        session=session,
        email=email,
        password=password,
        full_name=full_name,
        roles=[Role.student, Role.instructor, Role.admin],
    )


def access_token_user_id(token: str) -> int:
    """The user id of a valid access token (signature and expiry checked; no database)."""
    return tokens.decode_access_token(token).user_id


def load_principal(user_id: int) -> principal_cache.CachedPrincipal:
    """The active account and its roles, from the cache or the database (then cached)."""
    found = principal_cache.lookup(user_id)
    if found is not None:
        return found
    loaded_at = principal_cache.epoch()
    with db.read_session() as session:
        user = get_active_user(session=session, user_id=user_id)
        roles = tuple(get_roles(session=session, user_id=user_id))
        detached = User.model_validate(user.model_dump())
    principal = principal_cache.CachedPrincipal(
        user=detached,
        roles=roles,
        public_json=public_view(user=detached, roles=list(roles)).model_dump_json().encode(),
    )
    principal_cache.store(user_id, principal, loaded_at_epoch=loaded_at)
    return principal


def cached_principal_for_token(token: str) -> principal_cache.CachedPrincipal | None:
    """The account of a valid access token when the principal cache holds it (no database, no
    thread: a sign-in check on the event loop); None for an invalid token or a cache miss."""
    try:
        user_id = access_token_user_id(token)
    except NotAuthenticated:
        return None
    return principal_cache.lookup(user_id)


def _principal_changed(session: Session, user_id: int) -> None:
    """After commit: no process keeps serving the user's old roles, state or profile."""
    principal_cache.forget_after_commit(session, user_id)


def user_from_access_token(*, session: Session, token: str) -> tuple[User, list[str]]:
    """The active user an access token belongs to, with current roles from the database."""
    claims = tokens.decode_access_token(token)
    user = get_active_user(session=session, user_id=claims.user_id)
    return user, get_roles(session=session, user_id=claims.user_id)


def display_names(*, session: Session, user_ids: list[int]) -> dict[int, str]:
    """Full names for a set of user ids (other domains show instructors and authors)."""
    if not user_ids:
        return {}
    rows = session.exec(select(User.id, User.full_name).where(col(User.id).in_(set(user_ids))))
    return {int(uid or 0): name for uid, name in rows}


def display_name_sql(user_id_sql: str) -> str:
    """PostgreSQL: a scalar subquery giving the full name of the user `user_id_sql` names.

    For another domain's one-round-trip reads (`catalog.page_query`): the users table is still
    named only here. `user_id_sql` is trusted SQL (a column reference), never user input.
    """
    return f"(SELECT auth_u.full_name FROM users auth_u WHERE auth_u.id = {user_id_sql})"


def signups_between(*, session: Session, start: datetime, end: datetime) -> int:
    """Accounts created in [start, end) (stats rollups)."""
    statement = select(func.count(col(User.id))).where(
        col(User.created_at) >= start, col(User.created_at) < end
    )
    return int(session.exec(statement).one() or 0)


# ---- instructor onboarding ---------------------------------------------------------------------


def become_instructor(
    *, session: Session, user_id: int, data: InstructorApplication, photo: bytes | None = None
) -> AuthResponse:
    """A signed-in user accepts the instructor terms, fills in a profile and may teach at once.

    No admin is involved. Returns a fresh token pair whose access token carries the new role.
    The photo (optional) is checked by content and stored last, after every other check.
    """
    user = get_active_user(session=session, user_id=user_id)
    roles = get_roles(session=session, user_id=user_id)
    if Role.instructor.value in roles:
        raise Conflict(
            "You are already an instructor: open the studio to create a course.",
            code="already_instructor",
        )
    if not data.accept_terms:  # the schema refuses it too; the rule lives here
        raise InvalidInput("Accept the instructor terms to start teaching.", field="accept_terms")
    if has_control_characters(data.headline):
        raise InvalidInput(CONTROL_CHARACTERS_MESSAGE, field="headline")
    jpeg = avatar.render_avatar(photo, field="photo") if photo else None
    user.headline = data.headline
    user.bio = data.bio
    session.add(user)
    session.add(UserRole(user_id=user_id, role=Role.instructor.value))
    profile = session.get(InstructorProfile, user_id)
    if profile is None:
        profile = InstructorProfile(user_id=user_id, terms_version=INSTRUCTOR_TERMS_VERSION)
    profile.terms_version = INSTRUCTOR_TERMS_VERSION
    profile.terms_accepted_at = utcnow()
    if jpeg is not None:  # one photo per person: the account's, shown on the instructor card
        avatar.store_rendered_photo(session=session, user=user, jpeg=jpeg)
    session.add(profile)
    session.flush()
    _principal_changed(session, user_id)  # the new role counts at once, in every process
    return issue_session(session=session, user=user)


def instructor_photo_url(*, session: Session, user_id: int) -> str:
    """The public address of an instructor's photo ("" when they have none).

    The person's own photo (Account); a photo from an instructor sign-up made before the two
    were one is still shown while the person has none.
    """
    user = session.get(User, user_id)
    own = avatar.photo_url(user) if user is not None else None
    if own:
        return own
    profile = session.get(InstructorProfile, user_id)
    return instructor_photos.photo_url(profile.photo_key if profile else None)


def read_instructor_photo(*, user_id: int, name: str) -> bytes:
    """The JPEG bytes of an instructor's stored photo (404 when there is none)."""
    return instructor_photos.read_photo(user_id=user_id, name=name)
