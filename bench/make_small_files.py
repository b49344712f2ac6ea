"""Many small articles, one `.txt` file each: the archive shape that once could not be built.

    python bench/make_small_files.py --out bench/out/small-200000 --files 200000 [--seed 7]
    python -m pipeline build bench/out/small-200000 --out DIR --workers 2 --no-cache

Each file holds a numbered first line and two paragraphs drawn from the seeds (`seeds/`) and
the field set (`../shared/dev/articles`, when present), so every file's bytes differ and
every file is an article of its own. Files go 1,000 to a folder. Deterministic: the same
arguments give byte-identical files (one `random.Random`, inputs read in sorted order).
"""
from __future__ import annotations

import argparse
import random
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "seeds", ROOT.parent / "shared" / "dev" / "articles")
PER_FOLDER = 1000
MIN_PARAGRAPH_CHARS = 40  # long enough to be body text, not a byline or a date line


def paragraphs() -> list[str]:
    found = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else ():
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:  # the field set keeps some articles in their own encoding
                continue
            found += [line.strip() for line in text.splitlines() if len(line.strip()) >= MIN_PARAGRAPH_CHARS]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="output directory (replaced)")
    parser.add_argument("--files", type=int, default=200_000, help="number of files (default 200000)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    args = parser.parse_args()
    pool = paragraphs()
    if len(pool) < 2:
        parser.error(f"fewer than two paragraphs of at least {MIN_PARAGRAPH_CHARS} characters in {SOURCES[0]}")
    if args.out.exists():
        shutil.rmtree(args.out)
    rng = random.Random(f"{args.files}/{args.seed}")
    for i in range(args.files):
        folder = args.out / f"{i // PER_FOLDER:04d}"
        if i % PER_FOLDER == 0:
            folder.mkdir(parents=True)
        first, second = rng.sample(pool, 2)
        (folder / f"{i:07d}.txt").write_text(f"第{i + 1}期\n{first}\n{second}\n", encoding="utf-8")
    print(f"{args.files} files from {len(pool)} paragraphs -> {args.out}")


if __name__ == "__main__":
    main()
