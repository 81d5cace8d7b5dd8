"""A whole Whoosh index generation written in one pass: the full reindex of the course index.

Whoosh's writer (`SegmentWriter.add_document`) puts every posting into a pool that it sorts at
commit, then hands each posting to the codec with its field length looked up again: several
Python calls per posting, about 70 % of a reindex. A full reindex needs none of that: documents
are numbered in the order they come, so each term's postings are collected in memory already in
docnum order, and the codec's field writer gets them term by term in sorted order (no pool, no
sort of postings, no length lookups). Only Whoosh's public codec API is used, the calls
`SegmentWriter.commit` makes itself (`Codec.per_document_writer`, `Codec.field_writer`,
`Segment.create_compound_file`, `TOC.write`, `clean_files`), so the result is an ordinary
segment that any Whoosh reader opens and later writers merge like any other. A large reindex
is cut into parts written side by side, one segment each, by forked processes.

Supported fields: indexed ones in the `Existence` format (which documents hold a term, nothing
else: no weights, values, lengths or vectors) and unindexed stored or column fields.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from whoosh.codec.base import Codec
from whoosh.fields import FieldType, Schema, UnknownFieldError
from whoosh.formats import Existence
from whoosh.index import TOC, FileIndex, LockError, clean_files
from whoosh.util.filelock import try_for

from udemy_clone.catalog.search import whoosh_common

_LOCK_RETRY_SECONDS = 0.1


def replace_all_documents(
    ix: FileIndex,
    codec: Codec,
    parts: Sequence[Iterable[dict[str, Any]]],
    timeout: float,
) -> int:
    """Make the documents of `parts` (field name -> value, as `IndexWriter.add_document` takes
    them) the whole content of `ix` in one commit; returns how many were written.

    Each part becomes one segment, in order; with several parts, all but the first are written
    by forked processes while this one writes the first (a part's iterable is consumed in the
    process writing it). Takes Whoosh's write lock (waiting up to `timeout` seconds).
    """
    schema: Schema = ix.schema
    _check_supported(schema)
    parts = parts or [()]
    lock = ix.lock("WRITELOCK")
    if not try_for(lock.acquire, timeout=timeout, delay=_LOCK_RETRY_SECONDS):
        raise LockError(f"the index {ix.indexname!r} is locked by another writer")
    try:
        storage = ix.storage
        generation = ix.latest_generation() + 1
        segments = [codec.new_segment(storage, ix.indexname) for _ in parts]
        try:
            written = _write_parts(storage, codec, schema, segments, parts)
        except BaseException:
            for segment in segments:
                _delete_files(storage, segment)
            raise
        finally:
            # The per-document writers keep their columns there until they close.
            storage.temp_storage(f"{ix.indexname}.tmp").destroy()
        kept = [segment for segment in written if segment.doc_count_all()]
        for segment in written:
            if not segment.doc_count_all():
                _delete_files(storage, segment)
        TOC(schema, kept, generation).write(storage, ix.indexname)
        clean_files(storage, ix.indexname, generation, kept)
        folder = getattr(storage, "folder", None)
        if folder is not None:
            whoosh_common.sweep(
                Path(folder), ix.indexname, [segment.segment_id() for segment in kept]
            )
    finally:
        lock.release()
    return sum(segment.doc_count_all() for segment in kept)


def _write_parts(
    storage: Any,
    codec: Codec,
    schema: Schema,
    segments: list[Any],
    parts: Sequence[Iterable[dict[str, Any]]],
) -> list[Any]:
    """The segments of `parts`, written: the first here, the others in forked processes."""
    if multiprocessing.current_process().daemon:
        # A daemonic process may not have children: write every part here, one after another.
        return [
            _write_part(storage, codec, schema, segment, part)
            for segment, part in zip(segments, parts, strict=True)
        ]
    context = multiprocessing.get_context("fork")
    children: list[tuple[Any, Any]] = []
    finished = False
    try:
        for segment, part in zip(segments[1:], parts[1:], strict=True):
            receiver, sender = context.Pipe(duplex=False)
            process = context.Process(
                target=_write_part_in_child,
                args=(sender, storage, codec, schema, segment, part),
                daemon=True,
            )
            process.start()
            sender.close()
            children.append((process, receiver))
        written = [_write_part(storage, codec, schema, segments[0], parts[0])]
        for process, receiver in children:
            try:
                outcome = receiver.recv()
            except EOFError:
                outcome = f"its process ended with code {process.exitcode}"
            if isinstance(outcome, str):
                raise RuntimeError(f"writing a segment failed: {outcome}")
            written.append(outcome)
        finished = True
        return written
    finally:
        for process, receiver in children:
            if not finished:
                process.terminate()  # its segment's files are deleted by the caller
            process.join()
            receiver.close()


def _write_part_in_child(
    sender: Any,
    storage: Any,
    codec: Codec,
    schema: Schema,
    segment: Any,
    part: Iterable[dict[str, Any]],
) -> None:
    try:
        outcome: Any = _write_part(storage, codec, schema, segment, part)
    except BaseException as error:  # reported to the parent, which raises
        outcome = f"{type(error).__name__}: {error}"
    sender.send(outcome)
    sender.close()


def _write_part(
    storage: Any, codec: Codec, schema: Schema, segment: Any, part: Iterable[dict[str, Any]]
) -> Any:
    count = _write_segment(storage, codec, segment, schema, part)
    if count and segment.should_assemble():
        segment.create_compound_file(storage)
    return segment


def _check_supported(schema: Schema) -> None:
    for name, field in schema.items():
        if field.indexed and not _existence_only(field):
            raise ValueError(
                f"field {name!r} keeps more than which documents hold a term: "
                "write this index with Whoosh's own writer"
            )


def _existence_only(field: FieldType) -> bool:
    fmt = field.format
    return (
        isinstance(fmt, Existence)
        and fmt.field_boost == 1.0
        and not field.scorable
        and not field.vector
        and not field.separate_spelling()
    )


def _write_segment(
    storage: Any, codec: Codec, segment: Any, schema: Schema, documents: Iterable[dict[str, Any]]
) -> int:
    """Writes the documents' stored values and columns, then their postings; returns how many."""
    per_document = codec.per_document_writer(storage, segment)
    # field name -> term bytes -> docnums, ascending since documents are numbered in order
    postings: dict[str, dict[bytes, list[int]]] = {}
    docnum = 0
    try:
        for fields in documents:
            per_document.start_doc(docnum)
            for name, value in fields.items():
                if value is None or name.startswith("_"):
                    continue  # like add_document: "_" names are options, not fields
                if name not in schema:
                    raise UnknownFieldError(f"No field named {name!r} in {schema}")
                field = schema[name]
                if field.indexed:
                    terms = postings.setdefault(name, {})
                    # Existence format: frequency 1, weight 1.0, no value bytes.
                    for term, _frequency, _weight, _value in field.index(value):
                        docs = terms.get(term)
                        if docs is None:
                            terms[term] = [docnum]
                        else:
                            docs.append(docnum)
                if field.stored:
                    per_document.add_field(name, field, value, 0)
                column = field.column_type
                if column is not None:
                    per_document.add_column_value(name, column, field.to_column_value(value))
            per_document.finish_doc()
            docnum += 1
    finally:
        per_document.close()
    segment.set_doc_count(docnum)

    field_writer = codec.field_writer(storage, segment)
    common: list[tuple[str, str, list[int]]] = []
    try:
        add = field_writer.add
        for name in sorted(postings):
            terms = postings.pop(name)
            field_writer.start_field(name, schema[name])
            for term in sorted(terms):
                field_writer.start_term(term)
                docs = terms[term]
                for doc in docs:
                    add(doc, 1.0, b"", 0)
                field_writer.finish_term()
                if len(docs) >= whoosh_common.COMMON_MIN_DOCS:
                    common.append((name, term.decode(), docs))
            field_writer.finish_field()
    finally:
        field_writer.close()
    folder = getattr(storage, "folder", None)
    if folder is not None:
        whoosh_common.write(Path(folder), segment.segment_id(), common)
    return docnum


def _delete_files(storage: Any, segment: Any) -> None:
    for filename in segment.list_files(storage):
        storage.delete_file(filename)
    folder = getattr(storage, "folder", None)
    if folder is not None:
        (Path(folder) / whoosh_common.file_name(segment.segment_id())).unlink(missing_ok=True)
