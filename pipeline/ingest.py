"""Ingest: input paths -> one raw item per article -> the article's text.

What this stage promises:

- `discover_inputs` returns one `InputItem` per article (a file, or one line of a
  `.jsonl`), in a stable order, each with `article_id` = first 16 hex of the sha256
  of its bytes. Byte-identical inputs become one item that lists the other paths in
  `duplicate_paths`. What can be judged without decoding (an article over the size
  limit, a link leading outside the input root, an unreadable file, a named pipe or
  device) comes back as an item with `error` set, never as an exception, never a hang
  and never dropped. The size limit is per article: a `.jsonl` file of any size is
  read line by line. File names may be any bytes: `source_path` is always valid
  Unicode that names the file without loss (see `readable_path`).
- `decode_input` turns one item into text (encoding detected and recorded; HTML
  reduced to the article; a jsonl line reduced to its `text`), with NUL and control
  characters removed and line ends as "\\n". It never raises: anything that cannot
  become text is a `Decoded` with `text=None` and an `error` a person can act on.

Both run in time linear in the input size (see `_defuse_html` for the one place
where the standard library would not).
"""

from __future__ import annotations

import codecs
import functools
import hashlib
import json
import os
import re
import stat
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath

from . import budget

# ---------------------------------------------------------------------------
# Data passed to the next stage (docs/INTERFACES.md)
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class InputItem:
    article_id: str            # sha256(raw bytes or jsonl line bytes).hexdigest()[:16]
    source_path: str           # posix, relative to the input root it was found under
    source_name: str           # file stem; jsonl: f"{stem}#{line_number}" (1-based)
    kind: str                  # "txt" | "html" | "jsonl"
    raw: bytes                 # the file's bytes, or the jsonl line's bytes
    error: str | None = None   # set when rejected before decoding
    duplicate_paths: tuple[str, ...] = ()   # other inputs with the very same bytes
    # Where `raw` lies when it is not held: (file path, byte offset, byte length). Set by
    # `scan_inputs`, whose items carry raw=b"" and are read back by `load_input` where the
    # article is processed (a worker, a Dask node): the bytes never travel between processes.
    location: tuple[str, int, int] | None = None


@dataclass(frozen=True)
class Decoded:
    text: str | None           # None when rejected
    encoding: str | None       # e.g. "utf-8", "utf-8-sig", "gb18030", "big5", "utf-16"
    title: str | None = None
    date: str | None = None    # raw date string from jsonl/html meta, parsed later
    url: str | None = None     # jsonl `url`, an HTML page's canonical link
    error: str | None = None   # readable, actionable reason when rejected
    source_id: str | None = None  # jsonl `id`, as text


# ---------------------------------------------------------------------------
# Constants
# ---------------------------------------------------------------------------

DEFAULT_MAX_BYTES = 5_000_000
KIND_BY_SUFFIX = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}

ERROR_EMPTY = "empty file"
ERROR_WHITESPACE = "file holds only whitespace"
ERROR_BINARY = "binary file: not text in any supported encoding"
ERROR_NO_HTML_TEXT = "html page holds no article text (only markup, scripts or navigation)"

# A text with more than this share of control bytes is not text (tabs and line ends
# excluded); git and `file` judge the same way.
MAX_CONTROL_BYTE_SHARE = 0.05
# A valid-UTF-8 file may carry stray NULs from a bad copy: up to this many in any file,
# or up to this share of a long one; more is binary. A share alone would call a short
# article with one stray NUL binary.
MAX_STRAY_NULS = 8
MAX_NUL_SHARE_IN_UTF8 = 0.001
# A file whose multibyte sequences are this valid as UTF-8 is damaged UTF-8 (a GB or
# Big5 file read as UTF-8 has almost none valid), so no other codec is tried.
MAX_BAD_SHARE_OF_DAMAGED_UTF8 = 0.02
# The share of such a file (1/n) whose bad sequences are counted first (`_is_damaged_utf8`).
DAMAGE_HEAD_SHARE = 8
# Plausibility (see `text_plausibility`) a decoding needs to be accepted, and the score
# above which a Chinese codec is taken without asking charset-normalizer (it is slow on
# big files and guesses wrong on short Chinese texts).
MIN_PLAUSIBILITY = 0.5
CONFIDENT_PLAUSIBILITY = 0.9
PLAUSIBILITY_SAMPLE_CHARS = 20_000
# The bytes where a <meta charset> may appear (the HTML standard says the first 1024;
# real pages are sloppier).
HTML_CHARSET_SCAN_BYTES = 4096
# An element is "the article" when it holds at least this share of the page's text.
CONTENT_MIN_SHARE = 0.5
# The lines above a chosen body that are searched for its date: the info bar under the headline.
HEADER_DATE_LINES = 6
# A headline printed above the body opens its text only when it is one (a lone `|` or `>` is not).
MIN_HEADLINE_CHARS = 4

# Codecs tried for BOM-less non-UTF-8 text, in order of preference on a tie:
# (codec used to decode, name reported).
CHINESE_CODECS = (("gb18030", "gb18030"), ("big5hkscs", "big5"))
# Any name a detector or a <meta charset> may give -> the name we report.
REPORTED_ENCODING = {
    "utf-8": "utf-8", "utf-8-sig": "utf-8-sig",
    "utf-16": "utf-16", "utf-16-le": "utf-16", "utf-16-be": "utf-16",
    "gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030",
    "big5": "big5", "big5hkscs": "big5", "cp950": "big5",
}
# Reported name -> the codec that decodes every file carrying that name: GB18030 and
# Big5-HKSCS are supersets of what pages labelled gb2312/gbk and big5 really hold.
DECODING_CODEC = {"gb18030": "gb18030", "big5": "big5hkscs", "utf-16": "utf-16"}

VOID_TAGS = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
    "param", "source", "track", "wbr",
})

# Bytes that never occur in text: C0 controls except \t \n \v \f \r and ESC.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])
# Characters removed from every accepted text. \f and \v are page and line breaks in
# PDF extractions, and NEL/LS/PS are line breaks: they become "\n" so that words on
# either side stay apart.
_CONTROL_CHAR_TABLE = {
    **{c: None for c in (*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F, *range(0x80, 0xA0))},
    0x0B: "\n", 0x0C: "\n", 0x85: "\n", 0x2028: "\n", 0x2029: "\n",
}
_CONTROL_CHAR = re.compile("[" + "".join(re.escape(chr(code)) for code in _CONTROL_CHAR_TABLE) + "]")

HTML_CUES_PATH = Path(__file__).parent / "resources" / "ingest_boilerplate.json"


class _Rejection(Exception):
    """Raised inside this module to turn an input into a rejected `Decoded`."""


# ---------------------------------------------------------------------------
# discover_inputs
# ---------------------------------------------------------------------------


def discover_inputs(paths: list[str | Path], max_bytes: int = DEFAULT_MAX_BYTES) -> list[InputItem]:
    """Return one item per input article found under `paths`, duplicates folded, bytes held.

    Each path is a file or a directory. Directories are walked recursively, skipping
    hidden names and files whose extension is not .txt/.html/.htm/.jsonl; a file named
    explicitly is read whatever its extension (unknown ones as .txt). Items come in the
    order of `paths`, and within a directory sorted by their relative posix path.

    Rejected items (error set) are returned, not dropped. When the bytes were not read
    (over `max_bytes`, unreadable, a symlink leading outside the root, a loop), `raw`
    is b"" and `article_id` is the sha256 of the `source_path` string instead, so the
    id is still stable and one per input.

    Holds every input's bytes at once: for archives, `scan_inputs` + `load_input`.
    """
    return list(iter_inputs(paths, max_bytes))


def iter_inputs(paths: list[str | Path], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[InputItem]:
    """The items of `discover_inputs`, each with its bytes, read one at a time."""
    for item in scan_inputs(paths, max_bytes):
        yield load_input(item)


def scan_inputs(paths: list[str | Path], max_bytes: int = DEFAULT_MAX_BYTES,
                skip_dir: str | Path | None = None) -> list[InputItem]:
    """The items of `discover_inputs` without their bytes: raw=b"" and `location` set.

    Every input is read once, one at a time, to hash it (the article id, and the folding
    of identical bytes need every id before any article is processed); only the ids,
    paths and locations are kept, so memory grows by a few hundred bytes per article
    rather than by the archive's size. A directory walked is not entered at `skip_dir` (the
    build's own output, written inside the archive it reads: its report is no article).
    """
    items: list[InputItem] = []
    skip = frozenset({Path(skip_dir).resolve()}) if skip_dir is not None else frozenset()
    for path in paths:
        items.extend(_items_under_root(Path(path), max_bytes, keep_bytes=False, skip=skip))
    return fold_duplicate_items(items)


def load_input(item: InputItem) -> InputItem:
    """`item` with its bytes read back from its location (unchanged when it has none).

    Bytes that no longer hash to the item's id (the file was changed or replaced since the
    scan) make a rejected item: the article id would otherwise name other bytes.
    """
    if item.location is None or item.raw or item.error is not None:
        return item
    path, offset, length = item.location
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
        try:
            raw = os.pread(fd, length, offset) if length else b""
        finally:
            os.close(fd)
    except OSError as exc:
        return replace(item, error=f"cannot read file: {_os_error_text(exc)}")
    if article_id_of(raw) != item.article_id:
        return replace(item, error="file changed while the build was reading it; build again")
    return replace(item, raw=raw)


def input_size(item: InputItem) -> int:
    """The input's size in bytes, whether or not its bytes are held."""
    return len(item.raw) or (item.location[2] if item.location else 0)


def _items_under_root(root: Path, max_bytes: int, keep_bytes: bool = True,
                      skip: frozenset[Path] = frozenset()) -> list[InputItem]:
    if root.is_dir():
        items = []
        for rel_path, path, error in find_input_files(root, skip):
            kind = KIND_BY_SUFFIX.get(path.suffix.lower(), "txt")
            if error is not None:
                items.append(_rejected_item(readable_path(rel_path), kind, error))
            else:
                items.extend(_items_from_file(path, readable_path(rel_path), kind, max_bytes, keep_bytes))
        return items
    kind = KIND_BY_SUFFIX.get(root.suffix.lower(), "txt")
    if not root.exists():
        shown = readable_path(root.as_posix())
        return [_rejected_item(shown, kind, f"no such file or directory: {shown}")]
    return _items_from_file(root, readable_path(root.name), kind, max_bytes, keep_bytes)


def readable_path(path: str) -> str:
    """`path` as valid Unicode that still names exactly one file.

    On Linux a file name is bytes; one that is not UTF-8 (a GBK name from a Windows zip)
    reaches Python with each undecodable byte as a lone surrogate, which no Parquet
    writer accepts. Such bytes are written `\\xNN`, and backslashes `\\\\` so that the
    escapes cannot be confused with a name's own characters. Names that are plain
    Unicode without a backslash, nearly all of them, are returned unchanged.
    """
    if "\\" not in path and not _has_surrogates(path):
        return path
    out = []
    for char in path:
        code = ord(char)
        if char == "\\":
            out.append("\\\\")
        elif 0xDC80 <= code <= 0xDCFF:  # an undecodable byte, as os.fsdecode escapes it
            out.append(f"\\x{code - 0xDC00:02x}")
        elif 0xD800 <= code <= 0xDFFF:
            out.append(f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _has_surrogates(text: str) -> bool:
    # One scan by the regex engine: encoding the text to UTF-8 to find out built a copy.
    return _SURROGATE.search(text) is not None


def without_surrogates(text: str) -> str:
    """Text with any lone surrogate (a JSON "\\ud800" escape) replaced by U+FFFD, length kept."""
    if not _has_surrogates(text):
        return text
    return "".join("\ufffd" if 0xD800 <= ord(char) <= 0xDFFF else char for char in text)


def find_input_files(root: Path, skip: frozenset[Path] = frozenset()) -> list[tuple[str, Path, str | None]]:
    """Return (relative posix path, path, error or None) for each input under `root`.

    Sorted by relative path. Symlinks are followed only while they stay inside
    `root`; each real directory is walked once, so link loops end. The real
    directories in `skip` are never walked.
    """
    real_root = root.resolve()
    found: list[tuple[str, Path, str | None]] = []
    visited_dirs = {real_root, *skip}
    pending = [root]
    while pending:
        directory = pending.pop()
        try:
            entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
        except OSError as exc:
            rel = directory.relative_to(root).as_posix()
            found.append((rel, directory, f"cannot list directory: {_os_error_text(exc)}"))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            rel = path.relative_to(root).as_posix()
            accepted_suffix = path.suffix.lower() in KIND_BY_SUFFIX
            if entry.is_symlink():
                try:
                    target = path.resolve()
                except (OSError, RuntimeError):  # RuntimeError: a symlink loop (Python < 3.13)
                    if accepted_suffix:
                        found.append((rel, path, "symlink loop: the link never reaches a file"))
                    continue
                shown = readable_path(str(target))
                if not target.is_relative_to(real_root):
                    if accepted_suffix or target.is_dir():
                        found.append((rel, path, f"symlink points outside the input root: {shown}"))
                    continue
                if not target.exists():
                    if accepted_suffix:
                        found.append((rel, path, f"broken symlink: its target does not exist: {shown}"))
                    continue
            if entry.is_dir():
                real_dir = path.resolve()
                if real_dir not in visited_dirs:
                    visited_dirs.add(real_dir)
                    pending.append(path)
            elif accepted_suffix:
                # Named pipes and devices too: reading is what rejects them, without blocking.
                found.append((rel, path, None))
    found.sort(key=lambda record: record[0])
    return found


def _items_from_file(path: Path, rel_path: str, kind: str, max_bytes: int, keep_bytes: bool = True) -> list[InputItem]:
    try:
        # O_NONBLOCK: opening a named pipe must not wait for a writer that never comes.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        return [_rejected_item(rel_path, kind, f"cannot read file: {_os_error_text(exc)}")]
    with open(fd, "rb") as handle:
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                return [_rejected_item(rel_path, kind, _not_regular_error(info.st_mode))]
            stem = PurePosixPath(rel_path).stem
            if kind == "jsonl":
                return _jsonl_line_items(handle, rel_path, stem, max_bytes, _location_of(path, keep_bytes))
            if info.st_size > max_bytes:
                return [_rejected_item(rel_path, kind, _size_limit_error(info.st_size, max_bytes))]
            # The file's size + 1 (to notice a file that grew since fstat), not max_bytes + 1:
            # a 5 MB buffer per file is a memory mapping each, and 65,000 of them exhaust
            # the process's mappings however small the files are.
            raw = handle.read(min(info.st_size, max_bytes) + 1)
            if len(raw) == info.st_size + 1:
                raw += handle.read(max_bytes + 1 - len(raw))
        except OSError as exc:
            return [_rejected_item(rel_path, kind, f"cannot read file: {_os_error_text(exc)}")]
    if len(raw) > max_bytes:
        return [_rejected_item(rel_path, kind, _size_limit_error(len(raw), max_bytes))]
    item = InputItem(article_id=article_id_of(raw), source_path=rel_path, source_name=stem, kind=kind, raw=raw)
    # An absolute path: a Dask worker on another machine of a shared file system reads it.
    return [item if keep_bytes else replace(item, raw=b"", location=(os.path.abspath(path), 0, len(raw)))]


def _location_of(path: Path, keep_bytes: bool):
    """For jsonl lines: (offset, length) -> the location to record, or None when bytes are kept."""
    if keep_bytes:
        return None
    name = os.path.abspath(path)
    return lambda offset, length: (name, offset, length)


_NOT_REGULAR_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"), (stat.S_ISDIR, "a directory"),
)


def _not_regular_error(mode: int) -> str:
    what = next((name for test, name in _NOT_REGULAR_KINDS if test(mode)), "a special file")
    return f"not a regular file: {what}, which is not read (it could block the build)"


def _jsonl_line_items(handle, rel_path: str, stem: str, max_bytes: int, locate=None) -> list[InputItem]:
    """One item per non-blank physical line, numbered from 1 over all lines, read one
    line at a time: the size limit applies to each line (an article), not to the file.
    With `locate`, items carry the line's location instead of its bytes."""
    items = []
    whole_file = hashlib.sha256()
    n_lines = 0
    for line_number, line, line_size, offset in _bounded_lines(handle, max_bytes, whole_file):
        n_lines = line_number
        name = f"{stem}#{line_number}"
        if line is None:
            items.append(InputItem(
                article_id=article_id_of(f"{rel_path}#{line_number}".encode("utf-8")), source_path=rel_path,
                source_name=name, kind="jsonl", raw=b"",
                error=f"jsonl line {line_number} is {line_size:,} bytes, over the {max_bytes:,}-byte limit "
                      "(raise --max-bytes to accept it)",
            ))
            continue
        line = line.removesuffix(b"\r")
        if not line.strip():
            continue
        if locate is None:
            items.append(InputItem(article_id=article_id_of(line), source_path=rel_path, source_name=name,
                                   kind="jsonl", raw=line))
        else:  # the length leaves out the "\r" removed above, so the bytes read back are `line`
            items.append(InputItem(article_id=article_id_of(line), source_path=rel_path, source_name=name,
                                   kind="jsonl", raw=b"", location=locate(offset, len(line))))
    if not items:
        # A jsonl file without lines is still an input: it gets its row.
        error = ERROR_EMPTY if not n_lines else "jsonl file holds no non-blank line"
        items.append(InputItem(article_id=whole_file.hexdigest()[:16], source_path=rel_path,
                               source_name=stem, kind="jsonl", raw=b"", error=error))
    return items


def _bounded_lines(handle, max_bytes: int, digest):
    """(line number, the line without its "\\n" or None when over `max_bytes`, its size in
    bytes, its byte offset in the file).

    Never holds more than `max_bytes` + 2 bytes of one line: the rest of a longer line
    is read in pieces and only counted. Every byte read goes into `digest`.
    """
    line_number = 0
    offset = 0
    while True:
        chunk = handle.readline(max_bytes + 2)  # +2: the line end, and one byte over the limit
        if not chunk:
            return
        line_number += 1
        start = offset
        offset += len(chunk)
        digest.update(chunk)
        if chunk.endswith(b"\n") or len(chunk) < max_bytes + 2:
            line = chunk.removesuffix(b"\n")
            yield line_number, (line if len(line) <= max_bytes else None), len(line), start
            continue
        size = len(chunk)
        while not chunk.endswith(b"\n"):
            chunk = handle.readline(1 << 20)
            if not chunk:
                break
            offset += len(chunk)
            digest.update(chunk)
            size += len(chunk)
        yield line_number, None, size - chunk.endswith(b"\n"), start


def _rejected_item(rel_path: str, kind: str, error: str) -> InputItem:
    return InputItem(
        article_id=article_id_of(rel_path.encode("utf-8")), source_path=rel_path,
        source_name=PurePosixPath(rel_path).stem, kind=kind, raw=b"", error=error,
    )


def _size_limit_error(size: int, max_bytes: int) -> str:
    return f"file is {size:,} bytes, over the {max_bytes:,}-byte limit (raise --max-bytes to accept it)"


def _os_error_text(exc: OSError) -> str:
    # strerror leaves out the absolute path, which would differ between machines.
    return exc.strerror or str(exc)


def article_id_of(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()[:16]


def input_label(item: InputItem) -> str:
    """The path that names one input: the file path, plus `#n` for a jsonl line."""
    if item.kind == "jsonl" and "#" in item.source_name:
        return f"{item.source_path}#{item.source_name.rsplit('#', 1)[1]}"
    return item.source_path


def fold_duplicate_items(items: list[InputItem]) -> list[InputItem]:
    """Keep the first item of each article_id; list the others' labels on it."""
    first_by_id: dict[str, InputItem] = {}
    others_by_id: dict[str, set[str]] = {}
    for item in items:
        if item.article_id not in first_by_id:
            first_by_id[item.article_id] = item
            others_by_id[item.article_id] = set()
        elif input_label(item) != input_label(first_by_id[item.article_id]):
            others_by_id[item.article_id].add(input_label(item))
    return [
        replace(item, duplicate_paths=tuple(sorted(others_by_id[article_id])))
        if others_by_id[article_id] else item
        for article_id, item in first_by_id.items()
    ]


# ---------------------------------------------------------------------------
# decode_input
# ---------------------------------------------------------------------------


def decode_input(item: InputItem) -> Decoded:
    """Return the item's text, or a rejection with a readable error. Never raises."""
    if item.error is not None:
        return Decoded(text=None, encoding=None, error=item.error)
    try:
        if item.kind == "jsonl":
            return decode_jsonl_line(item)
        if item.kind == "html":
            return decode_html_page(item.raw)
        return decode_text_file(item.raw)
    except _Rejection as rejection:
        return Decoded(text=None, encoding=None, error=str(rejection))
    except Exception as exc:  # the batch must go on whatever one input holds
        if budget.strict():
            raise
        return Decoded(text=None, encoding=None, error=f"could not decode: {type(exc).__name__}: {exc}")


def decode_text_file(raw: bytes) -> Decoded:
    _reject_if_blank(raw)
    text, encoding = decode_text_bytes(raw)
    return Decoded(text=_nonblank_text(text), encoding=encoding)


def decode_html_page(raw: bytes) -> Decoded:
    _reject_if_blank(raw)
    html, encoding = decode_html_bytes(raw)
    page = extract_html_article(html)
    text = without_control_chars(page.text)
    if not text.strip():
        raise _Rejection(ERROR_NO_HTML_TEXT)
    title = without_control_chars(page.title).strip() if page.title else None
    return Decoded(text=text, encoding=encoding, title=title or None, date=page.date, url=page.url)


def decode_jsonl_line(item: InputItem) -> Decoded:
    line_number = item.source_name.rsplit("#", 1)[-1]
    line = item.raw.removeprefix(codecs.BOM_UTF8)  # a BOM may open the first line
    try:
        record = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise _Rejection(f"jsonl line {line_number} is not valid UTF-8 (first bad byte at offset {exc.start})")
    except json.JSONDecodeError as exc:
        raise _Rejection(f"jsonl line {line_number} is not valid JSON: {exc.msg} (column {exc.colno})")
    except RecursionError:
        raise _Rejection(f"jsonl line {line_number} is not valid JSON: nested too deeply")
    text = record.get("text") if isinstance(record, dict) else None
    if not isinstance(text, str) or not text.strip():
        raise _Rejection(f'jsonl line {line_number} has no non-empty "text" field')
    text = without_surrogates(without_control_chars(text))
    if not text.strip():
        raise _Rejection(f'jsonl line {line_number} has no non-empty "text" field')
    title = _optional_string(record, "title")
    return Decoded(
        text=with_headline(text, title), encoding="utf-8",
        title=title, date=_optional_string(record, "date"),
        url=_optional_string(record, "url"), source_id=_optional_identifier(record, "id"),
    )


def with_headline(text: str, title: str | None) -> str:
    """`text` opened by its record's `title` unless its first lines already hold it: the title
    names the article's zone (SPEC §5: the article's main zone is the title's jurisdiction),
    and the zone finder and every span read the text alone."""
    headline = without_surrogates(without_control_chars(title)).strip() if title else ""
    if len(headline) < MIN_HEADLINE_CHARS or "\n" in headline:
        return text
    if headline in [line.strip() for line in text.lstrip().split("\n", 3)[:3]]:
        return text
    return f"{headline}\n\n{text}"


def _optional_string(record: dict, key: str) -> str | None:
    value = record.get(key)
    if not isinstance(value, str):
        return None
    value = without_surrogates(without_control_chars(value)).strip()
    return value or None


def _optional_identifier(record: dict, key: str) -> str | None:
    # Archives number their articles as often as they name them: 7 and "7" are the same id.
    value = record.get(key)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return _optional_string(record, key)


def _reject_if_blank(raw: bytes) -> None:
    if not raw:
        raise _Rejection(ERROR_EMPTY)
    if not raw.strip():
        raise _Rejection(ERROR_WHITESPACE)


def _nonblank_text(text: str) -> str:
    text = without_control_chars(text)
    if not text.strip():
        raise _Rejection(ERROR_WHITESPACE)
    return text


def without_control_chars(text: str) -> str:
    """Text with "\\n" line ends, no leading BOM, no NUL or C0/C1 controls but \\t."""
    if "\r" in text:  # most texts end their lines with "\n" alone: one scan instead of two
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.removeprefix("\ufeff")
    # Most texts hold none: one scan by the regex engine instead of a dict lookup per character.
    if _CONTROL_CHAR.search(text) is None:
        return text
    return text.translate(_CONTROL_CHAR_TABLE)


# ---------------------------------------------------------------------------
# Encoding detection
# ---------------------------------------------------------------------------


def decode_text_bytes(raw: bytes) -> tuple[str, str]:
    """Return (text, reported encoding) for a text file's bytes, or raise _Rejection.

    Order: a BOM decides; NUL-bearing text may be BOM-less UTF-16; binary is
    rejected; then UTF-8 (a cut last character is dropped, damage elsewhere is
    rejected); then the Chinese codecs and charset-normalizer's guess, the most
    plausible decoding winning.
    """
    by_bom = decode_by_bom(raw)
    if by_bom is not None:
        return by_bom
    if b"\x00" in raw:
        utf16 = decode_bomless_utf16(raw)
        if utf16 is not None:
            return utf16
    if looks_binary(raw):
        raise _Rejection(ERROR_BINARY)
    utf8_text = decode_utf8_or_none(raw)
    if utf8_text is not None:
        if raw.isascii():
            return utf8_text, "utf-8"
        utf8_plausibility = text_plausibility(utf8_text)
        if utf8_plausibility >= MIN_PLAUSIBILITY:
            return utf8_text, "utf-8"
        # A short GB/Big5 text can happen to be valid UTF-8 ("元" in GBK is a valid
        # two-byte UTF-8 sequence); only then do the Chinese codecs get a say.
        chinese = most_plausible_decoding(raw, ask_detector=False)
        if chinese is not None and text_plausibility(chinese[0]) > utf8_plausibility:
            return chinese
        return utf8_text, "utf-8"
    decoded = most_plausible_decoding(raw, ask_detector=True)
    if decoded is not None:
        return decoded
    raise _Rejection(undecodable_or_binary_error(raw))


def decode_by_bom(raw: bytes) -> tuple[str, str] | None:
    if raw.startswith(codecs.BOM_UTF8):
        body = raw[len(codecs.BOM_UTF8):]
        text = decode_utf8_or_none(body)
        if text is None:
            raise _Rejection(undecodable_error(len(codecs.BOM_UTF8) + _first_bad_offset(body, "utf-8")))
        return text, "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise _Rejection(undecodable_error(exc.start))
    return None


def decode_bomless_utf16(raw: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM: the byte order whose text reads as an article, if one does.

    Only NUL-bearing bytes come here; random or UTF-8 bytes read as UTF-16 give rare
    ideographs and symbols, far below the bar.
    """
    if len(raw) % 2:
        return None
    readings = []
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        readings.append((text_plausibility(text), text))
    best = max(readings, key=lambda reading: reading[0], default=None)
    if best is None or best[0] < CONFIDENT_PLAUSIBILITY:
        return None
    return best[1], "utf-16"


def looks_binary(raw: bytes) -> bool:
    n_nul = raw.count(0)
    # A few stray NULs in otherwise valid UTF-8 are damage to clean up, not a binary file;
    # they are judged here, apart from the other control bytes.
    if n_nul and (n_nul > max(MAX_STRAY_NULS, MAX_NUL_SHARE_IN_UTF8 * len(raw)) or decode_utf8_or_none(raw) is None):
        return True
    n_control = len(raw) - len(raw.translate(None, _CONTROL_BYTES)) - n_nul
    return n_control > MAX_CONTROL_BYTE_SHARE * len(raw)


def decode_utf8_or_none(raw: bytes) -> str | None:
    """UTF-8 text; a file cut inside its last character loses that character.

    Returns None when the bytes are not UTF-8, and raises _Rejection when they are
    UTF-8 damaged inside (guessing another codec then would only make mojibake).
    """
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        if _is_cut_utf8_tail(raw, exc):
            return raw[:exc.start].decode("utf-8")
        if _is_damaged_utf8(raw):
            raise _Rejection(undecodable_error(exc.start))
        return None


def _is_cut_utf8_tail(raw: bytes, exc: UnicodeDecodeError) -> bool:
    # Only an incomplete sequence in the last 3 bytes, after UTF-8 multibyte text:
    # a cut while copying. An ASCII head says nothing about the encoding.
    return (
        exc.reason == "unexpected end of data"
        and exc.start >= len(raw) - 3
        and not raw[:exc.start].isascii()
    )


def _is_damaged_utf8(raw: bytes) -> bool:
    n_high_bytes = len(raw.translate(None, bytes(range(0x80))))
    if n_high_bytes < 6:
        return False
    most_bad = MAX_BAD_SHARE_OF_DAMAGED_UTF8 * n_high_bytes
    # Most bytes that come here are GB or Big5, with bad sequences all along: a head of the
    # file already holds too many, and the whole need not be decoded. The head decodes as
    # the whole does but for a character it cuts in two at its end, one replacement more.
    if _n_bad_utf8(raw[:len(raw) // DAMAGE_HEAD_SHARE]) - 1 > most_bad:
        return False
    return _n_bad_utf8(raw) <= most_bad


def _is_damaged_utf8_by_definition(raw: bytes) -> bool:
    n_high_bytes = len(raw.translate(None, bytes(range(0x80))))
    n_bad = _n_bad_utf8(raw)
    return n_high_bytes >= 6 and n_bad <= MAX_BAD_SHARE_OF_DAMAGED_UTF8 * n_high_bytes


def _n_bad_utf8(raw: bytes) -> int:
    return raw.decode("utf-8", errors="replace").count("\ufffd")


def most_plausible_decoding(raw: bytes, ask_detector: bool) -> tuple[str, str] | None:
    """Best of the strict GB18030 / Big5 decodings and charset-normalizer's guess.

    charset-normalizer alone mistakes short Chinese texts for Big5, cp949 or
    shift_jis; a wrong Chinese codec still decodes but yields rare characters,
    kana and symbols, which `text_plausibility` scores low.
    """
    candidates: list[tuple[float, str, str]] = []
    for codec, name in CHINESE_CODECS:
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        candidates.append((text_plausibility(text), text, name))
    best = _best_candidate(candidates)
    if best is not None and best[0] >= CONFIDENT_PLAUSIBILITY:
        return best[1], best[2]
    if ask_detector:
        guess = detector_guess(raw)
        if guess is not None and guess[1] not in {name for _, _, name in candidates}:
            candidates.append((text_plausibility(guess[0]), *guess))
        best = _best_candidate(candidates)
    if best is None or best[0] < MIN_PLAUSIBILITY:
        return None
    return best[1], best[2]


def _best_candidate(candidates: list[tuple[float, str, str]]) -> tuple[float, str, str] | None:
    # max() keeps the first of equal scores: the order of CHINESE_CODECS breaks ties.
    return max(candidates, key=lambda candidate: candidate[0], default=None)


def detector_guess(raw: bytes) -> tuple[str, str] | None:
    """(text, reported encoding) from charset-normalizer, or None when it finds nothing."""
    import charset_normalizer  # on first use: most inputs are decided before it is asked

    match = charset_normalizer.from_bytes(raw).best()
    if match is None:
        return None
    name = reported_encoding_name(match.encoding)
    try:
        return raw.decode(DECODING_CODEC.get(name, match.encoding)), name
    except (UnicodeDecodeError, LookupError):
        return None


def reported_encoding_name(name: str) -> str:
    """Map any codec name or alias to the name recorded in `articles.encoding`."""
    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        canonical = name.lower()
    return REPORTED_ENCODING.get(canonical, canonical.replace("_", "-"))


def undecodable_error(offset: int) -> str:
    return f"undecodable bytes: not valid UTF-8/GB18030/Big5/UTF-16 (first bad byte at offset {offset})"


def undecodable_or_binary_error(raw: bytes) -> str:
    """Text damaged in a few places is 'undecodable' (with where); the rest is binary."""
    for codec, _ in (("utf-8", "utf-8"), *CHINESE_CODECS):
        text = raw.decode(codec, errors="replace")
        n_bad = text.count("\ufffd")
        if n_bad <= 0.02 * len(text) and text_plausibility(text) >= MIN_PLAUSIBILITY:
            return undecodable_error(_first_bad_offset(raw, codec))
    return ERROR_BINARY


def _first_bad_offset(raw: bytes, codec: str) -> int:
    try:
        raw.decode(codec)
    except UnicodeDecodeError as exc:
        return exc.start
    return len(raw)


# --- plausibility of a decoded text -----------------------------------------

# Code-point ranges scored as normal in Chinese text besides ASCII and common
# characters: CJK and fullwidth punctuation, quotes and dashes, bullets and shapes.
_PLAUSIBLE_RANGES = (
    (0x3000, 0x303F), (0xFF01, 0xFF5E), (0x2010, 0x2027), (0x2030, 0x203B),
    (0x2160, 0x216B), (0x2460, 0x24FF), (0x25A0, 0x25FF), (0x2605, 0x2606),
    (0x00B7, 0x00B7), (0x00D7, 0x00D7), (0x00B0, 0x00B0),
)
# Rare but real: any other CJK ideograph, and Latin letters with pinyin tone marks.
_NEUTRAL_RANGES = ((0x3400, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3FFFF), (0x00C0, 0x024F))


@functools.cache
def common_cjk_chars() -> frozenset[str]:
    """The 3,755 characters of GB 2312 level 1 (chosen by frequency), plus their
    traditional forms: the characters that make up nearly all of a real article.
    Read from `_common_cjk` (`common_cjk_chars_derived` is its definition): building it
    with OpenCC cost every worker a fifth of a second at start-up."""
    from ._common_cjk import COMMON_CJK_CHARS

    return frozenset(COMMON_CJK_CHARS)


def common_cjk_chars_derived() -> frozenset[str]:
    """What `common_cjk_chars` holds, derived again from GB 2312 and OpenCC (for the test
    that keeps the resource file true to its definition)."""
    import opencc

    level_one = "".join(
        bytes([lead, trail]).decode("gb2312", errors="ignore")
        for lead in range(0xB0, 0xD8) for trail in range(0xA1, 0xFF)
    )
    traditional = opencc.OpenCC("s2t").convert(level_one) + opencc.OpenCC("s2tw").convert(level_one)
    return frozenset(level_one) | frozenset(traditional)


# The score table's mark of a space (str.isspace): not scored, nor counted in the mean.
_NOT_SCORED = 2
# Every code point str.isspace names lies at or below this one (tests/test_speed_decode.py checks):
# the table marks them without asking all 1.1 million code points.
_LAST_SPACE = 0x3000


@functools.cache
def _score_table():
    """The `_char_score` of every code point, `_NOT_SCORED` at the spaces, as one int8 array
    indexed by code point: a text is scored by one array lookup in C instead of a Python call
    per character."""
    import numpy as np  # only when a text is not ASCII; workers that import pandas have it already

    table = np.full(0x110000, -1, dtype=np.int8)
    for low, high in _NEUTRAL_RANGES:
        table[low:high + 1] = 0
    table[0x00:0x20] = 0
    table[0x7F:0xA0] = 0
    for low, high in _PLAUSIBLE_RANGES:
        table[low:high + 1] = 1
    table[0x20:0x7F] = 1
    table[np.array(sorted(map(ord, common_cjk_chars())), dtype=np.int64)] = 1
    # The standard library's \s is str.isspace: one scan instead of a Python call per code point.
    spaces = re.findall(r"\s", "".join(map(chr, range(_LAST_SPACE + 1))))
    table[np.array(list(map(ord, spaces)), dtype=np.int64)] = _NOT_SCORED
    return table


def text_plausibility(text: str) -> float:
    """Score in [-1, 1] of how much `text` reads like a Chinese (or ASCII) article.

    +1 per ASCII or common CJK character or usual punctuation, 0 per rare ideograph,
    accented letter or control character (removed later anyway), -1 per anything else (kana, Hangul, box drawing, private use,
    replacement characters, controls): the marks of a wrong codec. Spaces do not count,
    and only the first PLAUSIBILITY_SAMPLE_CHARS other characters do.

    Spaces are told apart by the score table too, instead of a copy of the text without
    them (which cost more than the scoring): three counts over the looked-up scores.
    """
    import numpy as np

    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    scores = _score_table().take(codes)
    if len(scores) > PLAUSIBILITY_SAMPLE_CHARS:
        scores = _through_last_sampled(scores)
    n_scored = len(scores) - int(np.count_nonzero(scores == _NOT_SCORED))
    if not n_scored:
        return 0.0
    # Integer counts divided once: the same float as summing the scores one by one.
    return (int(np.count_nonzero(scores == 1)) - int(np.count_nonzero(scores == -1))) / n_scored


def _through_last_sampled(scores):
    """`scores` up to and including the PLAUSIBILITY_SAMPLE_CHARS-th one that is scored."""
    import numpy as np

    scored_at = np.flatnonzero(scores != _NOT_SCORED)
    if len(scored_at) <= PLAUSIBILITY_SAMPLE_CHARS:
        return scores
    return scores[:scored_at[PLAUSIBILITY_SAMPLE_CHARS - 1] + 1]


def _char_score(char: str, common: frozenset[str]) -> int:
    code = ord(char)
    if 0x20 <= code < 0x7F or char in common:
        return 1
    if any(low <= code <= high for low, high in _PLAUSIBLE_RANGES):
        return 1
    if any(low <= code <= high for low, high in _NEUTRAL_RANGES) or code < 0x20 or 0x7F <= code < 0xA0:
        return 0
    return -1


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta\b[^<>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)


def decode_html_bytes(raw: bytes) -> tuple[str, str]:
    """(html, reported encoding): a BOM, else a working <meta charset>, else detection."""
    by_bom = decode_by_bom(raw)
    if by_bom is not None:
        return by_bom
    declared = _META_CHARSET.search(raw[:HTML_CHARSET_SCAN_BYTES])
    if declared:
        name = reported_encoding_name(declared.group(1).decode("ascii"))
        try:
            return raw.decode(DECODING_CODEC.get(name, name)), name
        except (LookupError, UnicodeDecodeError):
            pass  # pages lie about their charset; detection decides then
    return decode_text_bytes(raw)


@dataclass(frozen=True)
class HtmlArticle:
    text: str
    title: str | None
    date: str | None
    url: str | None = None     # the page's canonical address, where it names one


@dataclass(frozen=True)
class HtmlCues:
    dropped_tags: frozenset[str]
    boilerplate_words: tuple[str, ...]
    content_words: tuple[str, ...]
    block_tags: frozenset[str]
    cell_tags: frozenset[str]
    date_meta_names: tuple[str, ...]
    date_labels: tuple[str, ...]
    title_meta_names: tuple[str, ...]
    title_site_separators: tuple[str, ...]


@functools.cache
def load_html_cues(path: Path = HTML_CUES_PATH) -> HtmlCues:
    """Read the cue lists, refusing duplicates and words that are both boilerplate and content."""
    data = json.loads(path.read_text(encoding="utf-8"))
    lists = {key: [word.lower() for word in value] for key, value in data.items() if not key.startswith("_")}
    for key, words in lists.items():
        repeated = sorted(word for word, n in Counter(words).items() if n > 1)
        if repeated:
            raise ValueError(f"{path.name}: {key} lists {repeated} more than once")
    overlap = set(lists["boilerplate_attr_words"]) & set(lists["content_attr_words"])
    if overlap:
        raise ValueError(f"{path.name}: {sorted(overlap)} are both boilerplate and content words")
    return HtmlCues(
        dropped_tags=frozenset(lists["dropped_tags"]),
        boilerplate_words=tuple(lists["boilerplate_attr_words"]),
        content_words=tuple(lists["content_attr_words"]),
        block_tags=frozenset(lists["block_tags"]),
        cell_tags=frozenset(lists["cell_tags"]),
        date_meta_names=tuple(lists["date_meta_names"]),
        date_labels=tuple(lists["date_labels"]),
        title_meta_names=tuple(lists["title_meta_names"]),
        title_site_separators=tuple(lists["title_site_separators"]),
    )


def extract_html_article(html: str) -> HtmlArticle:
    """The article's text, title and date from a page; malformed markup never raises."""
    cues = load_html_cues()
    parser = _PageParser(cues)
    parser.feed(_defuse_html(html))
    parser.close()
    parser.close_open_elements()
    return HtmlArticle(text=parser.article_text(), title=parser.title(), date=parser.date(), url=parser.url())


_TAG_TOKEN = re.compile(r"<[^<>]*>")
# A start tag whose quotes all close inside it. Each alternative consumes a distinct
# kind of character, so the match never backtracks far.
_WELL_FORMED_START_TAG = re.compile(
    r"""<[A-Za-z][^\s/>]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?|\s*/)*\s*/?>"""
)


def _defuse_html(html: str) -> str:
    """The page with the constructs removed that CPython's HTMLParser rescans.

    Up to at least Python 3.11, HTMLParser searches to the end of the document again
    for every unclosed comment, tag or quoted attribute: 200 kB of "<a" took 16 s,
    400 kB 64 s. Comments are dropped here, '<' that opens no complete tag becomes
    "&lt;", a tag with an unclosed quote loses its quotes, and <![...]> sections go.
    Every step is one left-to-right pass.
    """
    return _DEFUSABLE.sub(_defused, _without_comments(html))


# What `_defuse_html_by_tokens` (the definition) changes, found by one scan: a "<" that opens
# no `_TAG_TOKEN` (no ">" before the next "<" or the end), and the tokens `_defused_tag` may
# change, those opening with "<![" or holding a quote. Every other token (most: end tags,
# tags without attributes) stays as it is without a Python call.
_DEFUSABLE = re.compile(r"""<(?=[^<>]*(?:<|\Z))|<(?:!\[|[^<>"']*["'])[^<>]*>""")


def _defused(match: re.Match) -> str:
    found = match.group()
    return "&lt;" if found == "<" else _defused_tag(found)


def _defuse_html_by_tokens(html: str) -> str:
    """`_defuse_html`'s definition: tokens `_TAG_TOKEN` finds defused one by one, the "<"
    between them written "&lt;"."""
    html = _without_comments(html)
    pieces = []
    position = 0
    for match in _TAG_TOKEN.finditer(html):
        pieces.append(html[position:match.start()].replace("<", "&lt;"))
        pieces.append(_defused_tag(match.group()))
        position = match.end()
    pieces.append(html[position:].replace("<", "&lt;"))
    return "".join(pieces)


def _defused_tag(tag: str) -> str:
    if tag.startswith("<!["):
        return ""
    if tag[1:2].isalpha() and not _WELL_FORMED_START_TAG.fullmatch(tag):
        return tag.replace('"', "").replace("'", "")
    return tag


def _without_comments(html: str) -> str:
    pieces = []
    position = 0
    while True:
        start = html.find("<!--", position)
        if start < 0:
            pieces.append(html[position:])
            break
        end = html.find("-->", start + 4)
        if end < 0:
            # No comment closes after here, so none of the rest can: show them as text.
            pieces.append(html[position:start])
            pieces.append(html[start:].replace("<!--", "&lt;!--"))
            break
        pieces.append(html[position:start])
        position = end + 3
    return "".join(pieces)


_HEADER_DATE = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?!\d)")
_HTML_SPACES = re.compile(r"[ \t\n\r\f\v\xa0]+")
_MANY_NEWLINES = re.compile(r"\n{3,}")


@functools.cache
def _any_substring(words: tuple[str, ...]) -> re.Pattern:
    """A pattern found in a text exactly when one of `words` is part of it: one scan in C
    instead of a Python test per word, on every element of a page
    (`_holds_any_by_definition`, compared by tests/test_speed_decode.py). No words: a
    pattern that never matches."""
    return re.compile("|".join(map(re.escape, words)) if words else "(?!)")


def _holds_any_by_definition(words: tuple[str, ...], text: str) -> bool:
    return any(word in text for word in words)


@dataclass
class _OpenElement:
    tag: str
    drops_content: bool
    candidate_index: int | None = None


@dataclass
class _ContentCandidate:
    start: int                 # index into _PageParser.pieces
    end: int | None = None
    is_article: bool = False


class _PageParser(HTMLParser):
    """Collects body text outside dropped elements, in document order.

    Text pieces go to one flat list; an element that may be the article body
    remembers the slice of that list it spans, so choosing it afterwards costs one
    prefix sum, not a tree.
    """

    def __init__(self, cues: HtmlCues) -> None:
        super().__init__(convert_charrefs=True)
        self.cues = cues
        self.pieces: list[str] = []
        self.open_elements: list[_OpenElement] = []
        self.open_counts: Counter[str] = Counter()
        self.n_dropping = 0              # open elements whose content is furniture
        self.candidates: list[_ContentCandidate] = []
        self.h1_texts: list[tuple[str, bool]] = []   # (text, was inside dropped markup)
        self.h1_buffer: list[str] | None = None
        self.title_buffer: list[str] = []
        self.meta_dates: dict[str, str] = {}
        self.meta_titles: dict[str, str] = {}
        self.time_datetimes: list[str] = []
        self.canonical_urls: list[str] = []   # <link rel="canonical" href>
        self.og_urls: list[str] = []          # <meta property="og:url" content>
        self.boilerplate_word = _any_substring(cues.boilerplate_words)
        self.content_word = _any_substring(cues.content_words)

    # --- parser callbacks ---------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in reversed(attrs)}
        if tag == "meta":
            self._note_meta_date(attributes)
            self._note_meta_title(attributes)
            if attributes.get("property", "").strip().lower() == "og:url" and attributes.get("content", "").strip():
                self.og_urls.append(attributes["content"].strip())
        if tag == "link" and "canonical" in attributes.get("rel", "").lower().split() and attributes.get("href", "").strip():
            self.canonical_urls.append(attributes["href"].strip())
        if "datetime" in attributes and (tag == "time" or "datepublished" in attributes.get("itemprop", "").lower()):
            self.time_datetimes.append(attributes["datetime"].strip())
        if tag in self.cues.block_tags:
            self._add_line_break()
        elif tag in self.cues.cell_tags and not self.n_dropping:
            self.pieces.append("\t")  # cells of a row stay on its line, apart as a table's columns (tables.py reads them)
        if tag in VOID_TAGS:
            return
        id_class = f"{attributes.get('id', '')} {attributes.get('class', '')}".lower()
        drops = tag in self.cues.dropped_tags or self.boilerplate_word.search(id_class) is not None
        element = _OpenElement(tag, drops)
        if not drops and not self.n_dropping and (
            tag == "article" or self.content_word.search(id_class) is not None
        ):
            element.candidate_index = len(self.candidates)
            self.candidates.append(_ContentCandidate(start=len(self.pieces), is_article=tag == "article"))
        if tag == "h1" and self.h1_buffer is None:
            self.h1_buffer = []
        self.open_elements.append(element)
        self.open_counts[tag] += 1
        self.n_dropping += drops

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open_counts[tag]:
            if tag in self.cues.block_tags:  # a stray </p> or </br> still ends a line
                self._add_line_break()
            return
        # Pop up to the matching element: unclosed children end with their parent.
        # Each element is popped once, so this stays linear.
        while self.open_elements:
            element = self.open_elements.pop()
            self._close(element)
            if element.tag == tag:
                break

    def handle_data(self, data: str) -> None:
        innermost = self.open_elements[-1].tag if self.open_elements else ""
        if innermost in ("script", "style"):
            return
        if self.open_counts["title"] and not self.open_counts["svg"]:
            self.title_buffer.append(data)
        if self.h1_buffer is not None:
            self.h1_buffer.append(data)
        if self.n_dropping or data.isspace():
            return  # most data between tags is a line end and an indent, which the text never keeps
        text = data if self.open_counts["pre"] else _HTML_SPACES.sub(" ", data)
        if text.strip():
            self.pieces.append(text)

    # --- state --------------------------------------------------------------

    def _close(self, element: _OpenElement) -> None:
        self.open_counts[element.tag] -= 1
        if element.candidate_index is not None:
            self.candidates[element.candidate_index].end = len(self.pieces)
        if element.tag == "h1" and not self.open_counts["h1"] and self.h1_buffer is not None:
            text = _HTML_SPACES.sub(" ", "".join(self.h1_buffer)).strip()
            if text:
                self.h1_texts.append((text, self.n_dropping > 0))
            self.h1_buffer = None
        self.n_dropping -= element.drops_content
        if element.tag in self.cues.block_tags:
            self._add_line_break()

    def close_open_elements(self) -> None:
        while self.open_elements:
            self._close(self.open_elements.pop())

    def _add_line_break(self) -> None:
        if not self.n_dropping:
            self.pieces.append("\n")

    def _note_meta_date(self, attributes: dict[str, str]) -> None:
        content = attributes.get("content", "").strip()
        if not content:
            return
        for key in ("name", "property", "itemprop", "http-equiv"):
            name = attributes.get(key, "").strip().lower()
            if name in self.cues.date_meta_names:
                self.meta_dates.setdefault(name, content)

    def _note_meta_title(self, attributes: dict[str, str]) -> None:
        content = _HTML_SPACES.sub(" ", attributes.get("content", "")).strip()
        if not content:
            return
        for key in ("name", "property"):
            name = attributes.get(key, "").strip().lower()
            if name in self.cues.title_meta_names:
                self.meta_titles.setdefault(name, content)

    # --- results ------------------------------------------------------------

    def article_text(self) -> str:
        """The chosen body's text, opened by the page's headline where the page prints it above
        the body, outside the element chosen (a portal's title bar): the article's first line is its
        headline, which names the article's zone."""
        start, end = self._body_slice
        lines = [line.strip() for line in "".join(self.pieces[start:end]).split("\n")]
        headline = self.title()
        if headline and len(headline) >= MIN_HEADLINE_CHARS and headline not in lines[:3] \
                and headline in {line.strip() for line in self._lines_above_body}:
            lines = [headline, ""] + lines
        return _MANY_NEWLINES.sub("\n\n", "\n".join(lines)).strip()

    # Read once the page is parsed, by the text, the headline test and the date: found once.
    @functools.cached_property
    def _lines_above_body(self) -> list[str]:
        """The page's lines above the chosen body, in order."""
        return "".join(self.pieces[:self._body_slice[0]]).split("\n")

    @functools.cached_property
    def _body_slice(self) -> tuple[int, int]:
        """The smallest article-like element holding most of the text, else all of it."""
        chars_before = [0]
        for piece in self.pieces:
            chars_before.append(chars_before[-1] + (0 if piece == "\n" else len(piece.strip())))
        total = chars_before[-1]
        best: tuple[int, bool, int, int] | None = None
        for candidate in self.candidates:
            end = len(self.pieces) if candidate.end is None else candidate.end
            n_chars = chars_before[end] - chars_before[candidate.start]
            if n_chars and n_chars >= CONTENT_MIN_SHARE * total:
                key = (n_chars, not candidate.is_article, candidate.start, end)
                if best is None or key < best:
                    best = key
        return (best[2], best[3]) if best else (0, len(self.pieces))

    def title(self) -> str | None:
        """The headline the page's system recorded, else its h1, else its <title> without the site
        name (asked by the text's headline test and by the article: found once)."""
        return self._title

    @functools.cached_property
    def _title(self) -> str | None:
        """The headline the page's system recorded, else its h1, else its <title> without the site name.

        A portal's h1 is often its logo and its <title> often the site's name alone, while a
        title meta (ArticleTitle, og:title) is the headline field of the publishing system."""
        for name in self.cues.title_meta_names:
            if name in self.meta_titles:
                return self.meta_titles[name]
        h1_outside_furniture = [text for text, was_dropped in self.h1_texts if not was_dropped]
        if h1_outside_furniture:
            return h1_outside_furniture[0]
        title = _HTML_SPACES.sub(" ", "".join(self.title_buffer)).strip()
        if title:
            return self._without_site_name(title)
        return self.h1_texts[0][0] if self.h1_texts else None

    def _without_site_name(self, title: str) -> str:
        """`成都高新区：复工率超九成 - 四川新闻网` -> its headline, where the page prints the headline
        as a line of its own: only then is what follows a separator known to be the site's name,
        not part of the headline (`株洲高新区-天元区联合发布`)."""
        lines = {line.strip() for line in "".join(self.pieces).split("\n")}
        for separator in self.cues.title_site_separators:
            head = title
            while separator in head:
                head = head.rsplit(separator, 1)[0].strip()
                # a headline is not much shorter than the name after it: a far shorter head is
                # the site's own name in its banner (`株洲高新区 - 关于…的通知` puts it first)
                if head in lines and 2 * len(head) >= len(self._first_segment(title[len(head):])):
                    return head
        return title

    def _first_segment(self, rest: str) -> str:
        """`--安徽频道--人民网` -> `安徽频道`: what follows a head, up to the next separator."""
        for separator in self.cues.title_site_separators:
            rest = rest.replace(separator, "\n")
        return next((part.strip() for part in rest.split("\n") if part.strip()), "")

    def url(self) -> str | None:
        urls = self.canonical_urls or self.og_urls
        return without_control_chars(urls[0]) if urls else None

    def date(self) -> str | None:
        for name in self.cues.date_meta_names:
            if name in self.meta_dates:
                return self.meta_dates[name]
        return next((value for value in self.time_datetimes if value), None) or self._header_date()

    def _header_date(self) -> str | None:
        """The date nearest above the article body, where the body was chosen out of a page.

        Portals print the date in an info bar between headline and body (`发布时间：2020-03-18`,
        WeChat's publish_time), outside the element that holds the body: it leaves the text with
        the page around it, and the cleaned text has no date to find."""
        above = self._lines_above_body[-HEADER_DATE_LINES:]  # in order: the nearest line is the last
        # A labelled date line (发布时间：…) at the body's top or above it comes first: a portal's top
        # bar or a notice ticker above the headline holds dates that are not the article's.
        start, end = self._body_slice
        top = [line for line in "".join(self.pieces[start:end]).split("\n") if line.strip()][:HEADER_DATE_LINES]
        for line in list(reversed(above)) + top:
            m = _HEADER_DATE.search(line)
            if m and any(label in line for label in self.cues.date_labels):
                return m.group()
        for line in reversed(above):
            m = _HEADER_DATE.search(line)
            if m:
                return m.group()
        return None
