"""Receiving a large multipart upload straight to a temp file, never holding it in memory.

`await request.body()` or Starlette's form parsing would keep (or spool and copy) the whole
file; here the request stream is fed chunk by chunk to python-multipart and the file part is
written to disk as it arrives, so memory stays flat whatever the size. The size limit is
enforced while streaming: the upload stops at the first byte over it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from python_multipart.exceptions import FormParserError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import ClientDisconnect, Request

from udemy_clone.core.errors import InvalidInput, PayloadTooLarge

# Room for the multipart boundaries and part headers around the file itself.
MULTIPART_OVERHEAD_BYTES = 64 * 1024
MAX_FIELD_BYTES = 4096
MAX_HEADER_BYTES = 8192
MAX_PARTS = 16


@dataclass(frozen=True)
class ReceivedUpload:
    """The uploaded file, written to `path` (the caller deletes it)."""

    path: Path
    filename: str
    size: int


def _limit_message(max_bytes: int, noun: str = "video") -> str:
    if max_bytes >= 1024**3:
        shown = f"{max_bytes / 1024**3:.0f} GB"
    elif max_bytes >= 1024**2:
        shown = f"{max_bytes / 1024**2:.0f} MB"
    else:
        shown = f"{max(1, max_bytes // 1024)} KB"
    if noun != "video":
        return f"The file is larger than the {shown} limit. Upload a smaller {noun}."
    return f"The file is larger than the {shown} limit. Upload a shorter or smaller video."


class _FilePartWriter:
    """python-multipart callbacks that write the `field_name` file part to `out`."""

    def __init__(
        self, out: BinaryIO, *, field_name: str, max_bytes: int, noun: str = "video"
    ) -> None:
        self.out = out
        self.noun = noun
        self.field_name = field_name
        self.max_bytes = max_bytes
        self.size = 0
        self.filename = ""
        self.found = False
        self.parts = 0
        self._header_name = b""
        self._header_value = b""
        self._header_bytes = 0
        self._disposition = b""
        self._writing = False
        self._field_bytes = 0

    def on_part_begin(self) -> None:
        self.parts += 1
        if self.parts > MAX_PARTS:
            raise InvalidInput(f"The upload has too many parts. Send just the {self.noun} file.")
        self._disposition = b""
        self._writing = False
        self._field_bytes = 0
        self._header_bytes = 0

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self._count_header(end - start)
        self._header_name += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self._count_header(end - start)
        self._header_value += data[start:end]

    def _count_header(self, size: int) -> None:
        self._header_bytes += size
        if self._header_bytes > MAX_HEADER_BYTES:
            raise InvalidInput("The upload's part headers are too long.")

    def on_header_end(self) -> None:
        if self._header_name.lower() == b"content-disposition":
            self._disposition = self._header_value
        self._header_name = b""
        self._header_value = b""

    def on_headers_finished(self) -> None:
        _, options = parse_options_header(self._disposition)
        name = options.get(b"name", b"").decode("utf-8", "replace")
        if name == self.field_name and b"filename" in options:
            if self.found:
                raise InvalidInput(f"Send one {self.noun} file per upload.", field=self.field_name)
            self.found = True
            self._writing = True
            raw = options[b"filename"].decode("utf-8", "replace")
            self.filename = os.path.basename(raw.replace("\\", "/"))[:255]

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        size = end - start
        if not self._writing:
            # Other form fields are ignored, but may not be used to send a lot of data.
            self._field_bytes += size
            if self._field_bytes > MAX_FIELD_BYTES:
                raise InvalidInput(
                    f"Send the {self.noun} in the 'file' field and nothing else large."
                )
            return
        self.size += size
        if self.size > self.max_bytes:
            raise PayloadTooLarge(_limit_message(self.max_bytes, self.noun), code="file_too_large")
        self.out.write(data[start:end])

    def on_part_end(self) -> None:
        self._writing = False

    def callbacks(self) -> dict[str, object]:
        return {
            "on_part_begin": self.on_part_begin,
            "on_part_data": self.on_part_data,
            "on_part_end": self.on_part_end,
            "on_header_field": self.on_header_field,
            "on_header_value": self.on_header_value,
            "on_header_end": self.on_header_end,
            "on_headers_finished": self.on_headers_finished,
        }


async def receive_file_upload(
    request: Request,
    *,
    directory: Path,
    max_bytes: int,
    field_name: str = "file",
    noun: str = "video",
) -> ReceivedUpload:
    """Stream the multipart file field `field_name` of `request` into a new file in `directory`.

    Raises PayloadTooLarge over `max_bytes` and InvalidInput for anything but a multipart form
    with that file; nothing is left on disk when it raises.
    """
    content_type, params = parse_options_header(request.headers.get("content-type", ""))
    boundary = params.get(b"boundary")
    if content_type != b"multipart/form-data" or not boundary:
        raise InvalidInput(
            f"Send the {noun} as multipart/form-data, in a field named '{field_name}'.",
            field=field_name,
        )
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes + MULTIPART_OVERHEAD_BYTES:
        raise PayloadTooLarge(_limit_message(max_bytes, noun), code="file_too_large")

    directory.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix="upload-", suffix=".part", dir=directory)
    path = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            writer = _FilePartWriter(out, field_name=field_name, max_bytes=max_bytes, noun=noun)
            parser = MultipartParser(boundary, writer.callbacks())  # type: ignore[arg-type]
            received = 0
            try:
                async for chunk in request.stream():
                    received += len(chunk)
                    if received > max_bytes + MULTIPART_OVERHEAD_BYTES:
                        raise PayloadTooLarge(
                            _limit_message(max_bytes, noun), code="file_too_large"
                        )
                    parser.write(chunk)
                parser.finalize()
            except FormParserError:
                raise InvalidInput(
                    "The upload was not a valid multipart form. Choose the file and try again."
                ) from None
            except ClientDisconnect:
                raise InvalidInput(
                    "The upload was interrupted before it finished. Try again.",
                    code="upload_interrupted",
                ) from None
        if not writer.found:
            raise InvalidInput(
                f"Choose a {noun} file to upload (form field '{field_name}').", field=field_name
            )
        return ReceivedUpload(path=path, filename=writer.filename, size=writer.size)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        raise
