"""Imports every domain's tables so SQLModel.metadata is complete (alembic, tests, create_all)."""

from __future__ import annotations

from sqlmodel import SQLModel

from udemy_clone.announcements import models as announcements_models  # noqa: F401
from udemy_clone.auth import models as auth_models  # noqa: F401
from udemy_clone.catalog import badge_models as catalog_badge_models  # noqa: F401
from udemy_clone.catalog import models as catalog_models  # noqa: F401
from udemy_clone.catalog import quiz_models as catalog_quiz_models  # noqa: F401
from udemy_clone.core import models as core_models  # noqa: F401
from udemy_clone.media import caption_models as media_caption_models  # noqa: F401
from udemy_clone.media import models as media_models  # noqa: F401
from udemy_clone.media import resource_models as media_resource_models  # noqa: F401
from udemy_clone.notifications import models as notifications_models  # noqa: F401
from udemy_clone.orders import ledger_models  # noqa: F401
from udemy_clone.orders import models as orders_models  # noqa: F401
from udemy_clone.playback import learning_models as playback_learning_models  # noqa: F401
from udemy_clone.playback import library_models as playback_library_models  # noqa: F401
from udemy_clone.playback import models as playback_models  # noqa: F401
from udemy_clone.playback import quiz_models as playback_quiz_models  # noqa: F401
from udemy_clone.qa import models as qa_models  # noqa: F401
from udemy_clone.reviews import models as reviews_models  # noqa: F401
from udemy_clone.stats import models as stats_models  # noqa: F401
from udemy_clone.taxonomy import models as taxonomy_models  # noqa: F401

metadata = SQLModel.metadata
