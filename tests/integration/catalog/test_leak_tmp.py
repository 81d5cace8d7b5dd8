from tests.support.factories import make_user
from udemy_clone.core import db as core_db
from sqlalchemy import text

def test_a(db):
    make_user()

def test_b(db):
    with core_db.read_session() as s:
        print("COUNT", s.exec(text("select count(*) from users")).one())
