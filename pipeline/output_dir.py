"""Where a build's files live, and who may write them: the output path (a link into the
builds' store `.<out>.builds/`), its lock, the place of the results cache and of the
spill directory, and the one-step switch from one build to the next (see pipeline/write.py
for the promises).

No pandas, pyarrow or schemas here: a build asked again of unchanged inputs reads only this
module, the inputs and the results cache before it finds that its output is up to date, so
that answer costs the interpreter's start and a hash of the inputs, not the imports of a
whole build.
"""
from __future__ import annotations

import contextlib
import ctypes
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # not on Windows: builds there are not locked
    fcntl = None

# The temporary name a file has while it is written (write._temp_path): not a foreign file.
_TEMP_PATTERN = re.compile(r"^\.(?P<target>.+)\.tmp-(?P<pid>\d+)$")


def _fsync_dir(directory: Path) -> None:
    with contextlib.suppress(OSError):  # not every filesystem lets a directory be opened
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class OutputError(Exception):
    """The output path cannot take a build; the message says why in the user's terms."""


def _resolved_out(out_dir: str | Path) -> Path:
    """The path whose entry a build replaces: `out_dir` made absolute, or, when it is a
    link of the user's own to a directory elsewhere, that directory."""
    out = Path(os.path.abspath(out_dir))
    if out.is_symlink() and not _is_build_link(out):
        out = out.resolve()
    return out


def _store(out: Path) -> Path:
    return out.parent / f".{out.name}.builds"


def cache_path(out_dir: str | Path) -> Path:
    """The results cache of the builds of `out_dir` (pipeline/cache.py): beside it, not in
    it, so that switching builds never touches it."""
    out = _resolved_out(out_dir)
    return out.parent / f".{out.name}.cache.sqlite"


def _is_build_link(out: Path) -> bool:
    try:
        target = Path(os.readlink(out))
    except OSError:
        return False
    return not target.is_absolute() and target.parent == Path(_store(out).name)


# Files a build writes; a plain directory holding anything else is not ours to replace.
def _build_file_names() -> set[str]:
    import schemas  # only for a plain directory from before the link layout: rare

    return {f"{name}.parquet" for name in schemas.TABLES} | {"codebook.md", "report.html"}


def _foreign_entries(directory: Path) -> list[str]:
    ours = _build_file_names()
    return sorted(entry.name for entry in directory.iterdir()
                  if entry.name not in ours and not _TEMP_PATTERN.match(entry.name))


def check_output_path(out_dir: str | Path) -> None:
    """Raise OutputError when `out_dir` cannot take a build (checked before any work)."""
    out = _resolved_out(out_dir)
    if out.exists() and not out.is_dir():
        raise OutputError(f"the output path {out_dir} is a file, not a directory; choose another --out")
    if out.is_dir() and not out.is_symlink():
        foreign = _foreign_entries(out)
        if foreign:
            shown = ", ".join(foreign[:3]) + (" ..." if len(foreign) > 3 else "")
            raise OutputError(f"the output directory {out_dir} holds files that are not build outputs ({shown}); "
                              "a build replaces the whole directory, so move them or choose another --out")
    blocking = next((p for p in out.parents if p.exists() and not p.is_dir()), None)
    if blocking is not None:
        raise OutputError(f"cannot create the output directory {out_dir}: {blocking} is a file")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the output directory {out_dir}: {exc.strerror or exc}") from None
    if not os.access(out.parent, os.W_OK):
        raise OutputError(f"cannot write beside the output directory {out_dir}: permission denied")


def current_build(out_dir: str | Path) -> Path | None:
    """The build directory `out_dir` links to, or None when it is not (yet) a build link."""
    out = _resolved_out(out_dir)
    return out.resolve() if _is_build_link(out) else None


def has_output(out_dir: str | Path) -> bool:
    """True when `out_dir` holds the tables of an earlier build."""
    out = _resolved_out(out_dir)
    return out.is_dir() and any(out.glob("*.parquet"))


_HELD_LOCKS: set[Path] = set()


@contextlib.contextmanager
def output_lock(out_dir: str | Path) -> Iterator[None]:
    """Hold the exclusive lock of `out_dir` (re-entrant within a process).

    Raises OutputError at once when another build holds it. The lock is an flock on
    `.<out>.lock` beside the output, so the kernel drops it when its holder dies.
    """
    out = _resolved_out(out_dir)
    if out in _HELD_LOCKS or fcntl is None:
        yield
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    lock_path = out.parent / f".{out.name}.lock"
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            raise OutputError(f"another build (pid {holder}) is writing to {out_dir}; "
                              "wait for it to finish or choose another --out") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        _HELD_LOCKS.add(out)
        try:
            yield
        finally:
            _HELD_LOCKS.discard(out)
    finally:
        os.close(fd)


# --------------------------------------------------------------------------- switching builds

_RENAME_EXCHANGE = 2  # linux/fs.h


def _exchange(a: Path, b: Path) -> bool:
    """Swap two directory entries in one step (Linux renameat2); False where unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd = -100
    result = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE)
    return result == 0


def _switch_to(out: Path, build_dir: Path) -> None:
    """Make `out` a link to `build_dir` in one step; remove what `out` was before."""
    previous = out.resolve() if _is_build_link(out) else None
    link = out.parent / f".{out.name}.link-{os.getpid()}"
    with contextlib.suppress(FileNotFoundError):
        link.unlink()
    os.symlink(os.path.relpath(build_dir, out.parent), link)
    if out.is_dir() and not out.is_symlink():
        # A plain directory from before this layout: swap it for the link, then remove it.
        if _exchange(link, out):
            shutil.rmtree(link)
        else:  # not Linux: two renames, during which `out` is briefly missing, never mixed
            aside = build_dir.parent / f"previous-{os.getpid()}"
            os.rename(out, aside)
            os.replace(link, out)
            shutil.rmtree(aside)
    else:
        os.replace(link, out)
    _fsync_dir(out.parent)
    if previous is not None and previous != build_dir:
        shutil.rmtree(previous, ignore_errors=True)


@contextlib.contextmanager
def spill_directory(out_dir: str | Path) -> Iterator[Path]:
    """A private directory for the tables of the build of `out_dir` while they are made
    (pipeline/spill.py): in the builds' store beside the output, on the output's disk and
    not in a memory-backed /tmp; removed when the build ends, or, after a kill, by the
    next build. Hold `output_lock(out_dir)` around it."""
    check_output_path(out_dir)
    out = _resolved_out(out_dir)
    _store(out).mkdir(exist_ok=True)
    directory = Path(tempfile.mkdtemp(prefix="spill-", dir=_store(out)))
    _LIVE_SPILLS.add(directory)
    try:
        yield directory
    finally:
        _LIVE_SPILLS.discard(directory)
        shutil.rmtree(directory, ignore_errors=True)


_LIVE_SPILLS: set[Path] = set()


def _remove_stale_builds(out: Path) -> None:
    """Remove what builds that were killed left beside `out` (we hold the lock): build
    directories it does not point to, and half-made links (or, after an exchange, the
    plain directory they swapped out). The spill directory of this build stays."""
    current = out.resolve() if _is_build_link(out) else None
    leftovers = [entry for entry in _store(out).iterdir() if entry != current and entry not in _LIVE_SPILLS]
    leftovers += list(out.parent.glob(f".{glob_escape(out.name)}.link-*"))
    for entry in leftovers:
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            with contextlib.suppress(FileNotFoundError):
                entry.unlink()


def glob_escape(name: str) -> str:
    return "".join(f"[{ch}]" if ch in "*?[" else ch for ch in name)
