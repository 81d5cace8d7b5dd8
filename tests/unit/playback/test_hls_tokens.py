"""Playback tokens, signed playlists and byte ranges."""

from __future__ import annotations

import time

import pytest

from udemy_clone.core.errors import NotFound, PermissionDenied
from udemy_clone.playback import hls

MASTER = """#EXTM3U
#EXT-X-VERSION:6
#EXT-X-INDEPENDENT-SEGMENTS
#EXT-X-STREAM-INF:BANDWIDTH=800000,RESOLUTION=640x360,CODECS="avc1.4d401e,mp4a.40.2"
360p/index.m3u8
"""
MEDIA = """#EXTM3U
#EXT-X-VERSION:6
#EXT-X-TARGETDURATION:6
#EXT-X-PLAYLIST-TYPE:VOD
#EXT-X-MAP:URI="init.mp4"
#EXTINF:6.000000,
seg_00001.ts
#EXTINF:2.000000,
seg_00002.ts
#EXT-X-ENDLIST
"""


def _token(**overrides: int) -> str:
    fields = {"user_id": 7, "lecture_id": 3, "video_id": 11, "expires_at": int(time.time()) + 60}
    fields.update(overrides)
    return hls.make_token(**fields)


def test_a_token_opens_its_own_lecture_and_video_until_it_expires():
    claim = hls.verify_token(_token(), lecture_id=3, video_id=11)
    assert (claim.user_id, claim.lecture_id, claim.video_id) == (7, 3, 11)


def _tampered() -> str:
    token = _token()
    return token[:-1] + ("0" if token[-1] != "0" else "1")


# Tokens are made when the test runs: made at collection, the 60 s ones could have expired by
# then and be refused for the wrong reason.
@pytest.mark.parametrize(
    "make, lecture_id, video_id, code",
    [
        (_token, 4, 11, "invalid_playback_token"),  # another lecture
        (_token, 3, 12, "invalid_playback_token"),  # another video
        (lambda: _token(expires_at=int(time.time()) - 1), 3, 11, "playback_token_expired"),
        (lambda: _token().replace("7.", "8.", 1), 3, 11, "invalid_playback_token"),  # other user
        (_tampered, 3, 11, "invalid_playback_token"),
        (lambda: "", 3, 11, "invalid_playback_token"),
        (lambda: "not-a-token", 3, 11, "invalid_playback_token"),
    ],
    ids=["other-lecture", "other-video", "expired", "other-user", "tampered", "empty", "garbage"],
)
def test_a_wrong_tampered_or_expired_token_is_refused(make, lecture_id, video_id, code):
    token = make()
    with pytest.raises(PermissionDenied) as refused:
        hls.verify_token(token, lecture_id=lecture_id, video_id=video_id)
    assert refused.value.code == code


def test_extending_the_expiry_breaks_the_signature():
    token = _token()
    user, lecture, video, expires, signature = token.split(".")
    longer = ".".join([user, lecture, video, str(int(expires) + 3600), signature])
    with pytest.raises(PermissionDenied):
        hls.verify_token(longer, lecture_id=3, video_id=11)


def test_every_uri_of_a_playlist_carries_the_token():
    master = hls.rewrite_playlist(MASTER, "TOKEN")
    media = hls.rewrite_playlist(MEDIA, "TOKEN")

    assert "360p/index.m3u8?token=TOKEN" in master.splitlines()
    assert 'URI="init.mp4?token=TOKEN"' in media
    assert [line for line in media.splitlines() if not line.startswith("#")] == [
        "seg_00001.ts?token=TOKEN",
        "seg_00002.ts?token=TOKEN",
    ]


def test_segments_point_at_the_cdn_when_one_is_configured():
    media = hls.rewrite_playlist(MEDIA, "T", segment_base="https://cdn.example.com/x/360p")
    assert "https://cdn.example.com/x/360p/seg_00001.ts?token=T" in media.splitlines()


def test_a_playlist_pointing_elsewhere_is_not_signed():
    with pytest.raises(ValueError):
        hls.rewrite_playlist("#EXTM3U\nhttps://evil.example.com/a.ts\n", "T")


@pytest.mark.parametrize(
    "path",
    ["master.m3u8", "poster.jpg", "360p/index.m3u8", "1080p/seg_00012.ts"],
)
def test_files_of_a_ladder_are_recognised(path):
    assert hls.check_file_path(path) == path


@pytest.mark.parametrize(
    "path",
    ["../source/original.mp4", "360p/../../x", "source/original.mp4", "360p/seg_1.mp4", "a/b/c.ts"],
)
def test_anything_else_is_not_served(path):
    with pytest.raises(NotFound):
        hls.check_file_path(path)


@pytest.mark.parametrize(
    "header, expected",
    [
        (None, None),
        ("bytes=0-99", hls.ByteRange(0, 99)),
        ("bytes=100-", hls.ByteRange(100, None)),
        ("bytes=-10", hls.ByteRange(990, None)),
        ("bytes=0-5000", hls.ByteRange(0, 5000)),  # clamped by storage
        ("bytes=0-1,5-9", None),  # multi-range: the whole file
        ("items=0-1", None),
    ],
)
def test_byte_ranges(header, expected):
    assert hls.parse_range(header, 1000) == expected


@pytest.mark.parametrize("header", ["bytes=1000-", "bytes=5-2", "bytes=-0"])
def test_unsatisfiable_ranges(header):
    with pytest.raises(ValueError):
        hls.parse_range(header, 1000)


def test_segments_can_be_given_direct_urls_while_playlists_keep_the_token():
    media = hls.rewrite_playlist(MEDIA, "T", segment_url=lambda name: f"https://s3/{name}?sig=1")
    master = hls.rewrite_playlist(MASTER, "T", segment_url=lambda name: f"https://s3/{name}")

    assert "https://s3/seg_00001.ts?sig=1" in media and "https://s3/seg_00002.ts?sig=1" in media
    assert 'URI="init.mp4?token=T"' in media  # the init section stays on the gateway
    assert "360p/index.m3u8?token=T" in master
    with pytest.raises(ValueError):
        hls.rewrite_playlist("#EXTM3U\n/etc/passwd\n", "T", segment_url=lambda name: name)


def test_a_playlist_plays_for_the_sum_of_its_segments():
    assert hls.playlist_seconds(MEDIA) == 8.0
    assert hls.playlist_seconds(MASTER) == 0.0
