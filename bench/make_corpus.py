"""Scaled benchmark corpus: about N MB of articles recombined from the five seed articles.

    python bench/make_corpus.py --out bench/out/corpus-20mb-s7 --mb 20 [--seed 7]

Deterministic: the same --mb and --seed give byte-identical files (one `random.Random`
seeded from the arguments, inputs read in sorted order, no clock, no network).

Each article is 3–20 KB as written (size drawn uniformly, measured in its own encoding)
and is made of
  - a title taken from a seed title, and a date line in 2020 (Feb–Jun);
  - paragraphs drawn from all five seeds and the 30 field-set articles (../shared/dev/articles) (the seeds' page furniture, bylines, spaced-out
    lines and romanised traditional text come along, so the cleaner has work to do);
  - the seeds' zone names replaced by the article's own: a county-level name from the
    gazetteer (pipeline/resources/gazetteer/areas.csv) or a generated zone name
    `<city stem>高新区` / `<city stem>经开区` from cities.csv;
  - every number that carries a unit (万, 亿, 家, %, 元, ...) scaled by a random factor,
    keeping its decimals; percentages stay at or below 100 when they were.

Formats, by share of articles: 68 % UTF-8 .txt (a few with a BOM or CRLF line ends),
10 % GB18030 .txt, 7 % Big5 .txt (converted with OpenCC s2tw; characters Big5 lacks are
dropped), 8 % .html (nav/footer furniture around the article, a quarter of them GB18030
with <meta charset="gb2312">), 7 % lines of a few .jsonl files with many lines each.

Layout: DIR/txt/NNN/*.txt, DIR/html/NNN/*.html, DIR/jsonl/part-NN.jsonl (500 files per
shard directory) and DIR/.manifest.json (hidden, so the pipeline skips it) with the
arguments, counts and bytes per format.
"""
from __future__ import annotations

import argparse
import csv
import html
import json
import random
import shutil
import sys
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
# The field development set: 30 real articles from other sites and years, when present.
DEV_ARTICLES = ROOT.parent / "shared" / "dev" / "articles"
GAZETTEER = ROOT / "pipeline" / "resources" / "gazetteer"
MANIFEST = ".manifest.json"
MB = 1_000_000  # bytes; the benchmark reports MB/s in the same unit

MIN_ARTICLE_BYTES = 3_000
MAX_ARTICLE_BYTES = 20_000
FILES_PER_SHARD = 500
JSONL_LINES_PER_FILE = 120

# (format, share of articles); "jsonl" articles are gathered into a few files afterwards.
FORMATS = (("utf-8", 0.68), ("gb18030", 0.10), ("big5", 0.07), ("html", 0.08), ("jsonl", 0.07))

# Zone names that occur in the seeds (matched longest first, so 黄埔区广州开发区 wins over 黄埔区).
# The first group becomes the article's main zone, the others its secondary zones.
SEED_ZONES = (
    ("黄埔区广州开发区", "杭州高新区(滨江)", "杭州高新区（滨江）", "璧山国家高新区", "清远高新区",
     "杭州高新区", "璧山高新区", "广州开发区", "黄埔区", "璧山区", "海珠区", "璧山"),
    ("包头稀土高新区", "乌鲁木齐高新区", "淄博高新区", "安康高新区", "银川高新区"),
)
# Units after which a number is a measure value worth varying (dates and ids stay as they are).
_NUMBER_WITH_UNIT = regex.compile(
    r"(?<![\d./:\-])(\d+)(?:\.(\d+))?(?=\s*(?:%|％|万|亿|千|百|家|个|项|条|名|人|元|余|多|户|台|吨|倍|批|次|场|笔|平方|亩|辆|套))"
)
_SENTENCE_END = regex.compile(r"(?<=[。！？；])")
_CITY_SUFFIX = regex.compile(r"(?:市|地区|自治州|盟|林区)$")
_SKIP_CITY = ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "直辖县级行政区划")


# --- the material ------------------------------------------------------------------------


def seed_texts() -> list[str]:
    """The seeds and the field set's articles as Simplified text (zone names are replaced
    in Simplified; Big5 output converts back). The field set brings other sites' layouts
    (source / time / author lines, county-level news) than the five seeds alone."""
    import opencc
    t2s = opencc.OpenCC("t2s")
    paths = sorted(SEEDS.glob("*.txt")) + sorted(DEV_ARTICLES.glob("*.txt"))
    return [t2s.convert(path.read_text(encoding="utf-8")) for path in paths]


def split_paragraphs(text: str, max_chars: int = 700) -> list[str]:
    """Non-blank lines; a line longer than `max_chars` is cut into runs of whole sentences."""
    paragraphs = []
    for line in text.split("\n"):
        line = line.rstrip()
        if not line.strip():
            continue
        if len(line) <= max_chars:
            paragraphs.append(line)
            continue
        chunk = ""
        for sentence in _SENTENCE_END.split(line):
            if chunk and len(chunk) + len(sentence) > max_chars:
                paragraphs.append(chunk)
                chunk = ""
            chunk += sentence
        if chunk:
            paragraphs.append(chunk)
    return paragraphs


def zone_names() -> list[str]:
    """County-level names from the gazetteer, and generated high-tech / economic zone names."""
    with open(GAZETTEER / "areas.csv", encoding="utf-8", newline="") as handle:
        areas = sorted({row["name"] for row in csv.DictReader(handle)
                        if row["name"].endswith(("区", "县", "市")) and row["name"] not in _SKIP_CITY})
    with open(GAZETTEER / "cities.csv", encoding="utf-8", newline="") as handle:
        stems = sorted({_CITY_SUFFIX.sub("", row["name"]) for row in csv.DictReader(handle)
                        if row["name"] not in _SKIP_CITY})
    stems = [s for s in stems if 2 <= len(s) <= 4]
    zones = [f"{stem}高新区" for stem in stems] + [f"{stem}经开区" for stem in stems[::3]]
    return areas + zones


class Material:
    def __init__(self) -> None:
        texts = seed_texts()
        # A first line with fewer than 6 Han characters (a stray "|", a date) is no title.
        self.titles = [title for t in texts if len(regex.findall(r"\p{Han}", title := split_paragraphs(t)[0].strip())) >= 6]
        self.paragraphs = [p for t in texts for p in split_paragraphs(t)[1:]]
        self.areas_and_zones = zone_names()
        self.high_tech = [z for z in self.areas_and_zones if z.endswith("高新区")]
        self._zone_pattern = regex.compile(
            "|".join(regex.escape(z) for z in sorted((z for g in SEED_ZONES for z in g), key=len, reverse=True)))
        self._group_of = {z: i for i, group in enumerate(SEED_ZONES) for z in group}
        # Zone-like names of the field set's articles (any 2–4 characters before a zone
        # suffix) are renamed too, as secondary zones, so no zone name repeats across articles.
        self._other_zone = regex.compile(r"(?<![\p{Han}])\p{Han}{2,4}(?:高新区|开发区|经开区|新区|园区)")


# --- one article ---------------------------------------------------------------------------


def _vary_number(match: regex.Match, rng: random.Random) -> str:
    whole, decimals = match.group(1), match.group(2)
    value = float(f"{whole}.{decimals}" if decimals else whole)
    factor = rng.uniform(0.3, 3.0)
    new = value * factor
    if match.string[match.end():match.end() + 1] in "%％" and value <= 100:
        new = min(new, 100.0)
    if decimals:
        return f"{new:.{len(decimals)}f}"
    return str(max(1, round(new)))


def write_article(material: Material, rng: random.Random, encode) -> tuple[str, str, str]:
    """(title, date, body) whose encoded size is 3–20 KB; the title is the body's first line."""
    main = rng.choice(material.high_tech) if rng.random() < 0.6 else rng.choice(material.areas_and_zones)
    secondary = [rng.choice(material.areas_and_zones) for _ in range(2)]
    by_group = (main, secondary)

    def rename(text: str) -> str:
        def one(match: regex.Match) -> str:
            group = material._group_of[match.group()]
            return by_group[0] if group == 0 else by_group[1][hash_index(match.group(), len(by_group[1]))]
        text = material._zone_pattern.sub(one, text)
        return material._other_zone.sub(
            lambda m: m.group() if m.group() in material._group_of else
            by_group[1][hash_index(m.group(), len(by_group[1]))], text)

    def vary(text: str) -> str:
        return _NUMBER_WITH_UNIT.sub(lambda m: _vary_number(m, rng), text)

    month = rng.randint(2, 6)
    date = f"2020-{month:02d}-{rng.randint(1, 28):02d}"
    title = vary(rename(rng.choice(material.titles)))
    head = f"{title}\n2020年{int(date[5:7])}月{int(date[8:])}日 来源:{main}管委会\n"
    target = rng.randint(MIN_ARTICLE_BYTES + 500, MAX_ARTICLE_BYTES - 2500)
    body, size = [head], len(encode(head))
    while size < target:
        paragraph = vary(rename(rng.choice(material.paragraphs))) + "\n"
        grown = len(encode(paragraph))
        if size + grown > MAX_ARTICLE_BYTES - 1500:  # room for HTML markup and CRLF
            continue
        body.append(paragraph)
        size += grown
    return title, date, "".join(body)


def hash_index(text: str, n: int) -> int:
    # Not hash(): string hashing is salted per process, and the corpus must not change.
    return sum(map(ord, text)) % n


# --- formats -------------------------------------------------------------------------------


_PINYIN = regex.compile(r"\((?=[a-z]*[^\x00-\x7f])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)")


def _big5(text: str) -> bytes:
    # Big5 has no tone-marked pinyin: drop the seeds' (wǎng) annotations rather than leave (wng).
    return _PINYIN.sub("", text).encode("big5", errors="ignore")


def html_page(title: str, date: str, body: str, charset: str) -> str:
    paragraphs = "\n".join(f"<p>{html.escape(line)}</p>" for line in body.split("\n")[1:] if line)
    return (
        f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="{charset}">'
        f"<title>{html.escape(title)}_新闻中心</title>"
        f'<meta name="publishdate" content="{date}"><script>var _hmt = _hmt || [];</script></head>\n'
        '<body><div class="nav"><a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; 正文</div>\n'
        f'<div class="article-content"><h1>{html.escape(title)}</h1>\n{paragraphs}\n</div>\n'
        '<div class="share">分享到：微信 微博</div>\n'
        '<div class="footer">版权所有 主办单位：管委会办公室 ICP备案号</div></body></html>\n'
    )


def build_corpus(out: Path, mb: float, seed: int) -> dict:
    material = Material()
    rng = random.Random(f"zone-measures-bench:{seed}:{mb}")
    formats, weights = zip(*FORMATS)
    encoders = {"utf-8": str.encode, "gb18030": lambda s: s.encode("gb18030"), "big5": None,
                "html": str.encode, "jsonl": str.encode}
    import opencc
    s2tw = opencc.OpenCC("s2tw")

    budget = int(mb * MB)
    total = 0
    counts = {f: 0 for f in formats}
    nbytes = {f: 0 for f in formats}
    jsonl_lines: list[bytes] = []
    index = 0
    while total < budget:
        fmt = rng.choices(formats, weights)[0]
        if fmt == "big5":
            title, date, body = write_article(material, rng, lambda s: _big5(s2tw.convert(s)))
            data, suffix = _big5(s2tw.convert(body)), "txt"
        elif fmt == "gb18030":
            title, date, body = write_article(material, rng, encoders["gb18030"])
            data, suffix = body.encode("gb18030"), "txt"
        elif fmt == "html":
            title, date, body = write_article(material, rng, str.encode)
            if rng.random() < 0.25:
                data = html_page(title, date, body, "gb2312").encode("gb18030")
            else:
                data = html_page(title, date, body, "utf-8").encode("utf-8")
            suffix = "html"
        elif fmt == "jsonl":
            title, date, body = write_article(material, rng, str.encode)
            record = {"title": title, "date": date, "url": f"https://news.example.cn/{index:07d}.html",
                      "text": body.split("\n", 1)[1]}
            line = json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n"
            jsonl_lines.append(line)
            total += len(line)
            counts[fmt] += 1
            nbytes[fmt] += len(line)
            index += 1
            continue
        else:
            title, date, body = write_article(material, rng, str.encode)
            roll = rng.random()
            if roll < 0.05:
                data = b"\xef\xbb\xbf" + body.encode("utf-8")
            elif roll < 0.15:
                data = body.replace("\n", "\r\n").encode("utf-8")
            else:
                data = body.encode("utf-8")
            suffix = "txt"
        shard = counts[fmt] // FILES_PER_SHARD
        path = out / suffix / f"{shard:03d}" / f"{index:07d}_{fmt}.{suffix}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        total += len(data)
        counts[fmt] += 1
        nbytes[fmt] += len(data)
        index += 1

    n_files = max(1, round(len(jsonl_lines) / JSONL_LINES_PER_FILE))
    per_file = -(-len(jsonl_lines) // n_files) if jsonl_lines else 0
    (out / "jsonl").mkdir(parents=True, exist_ok=True)
    for i in range(n_files if jsonl_lines else 0):
        (out / "jsonl" / f"part-{i:02d}.jsonl").write_bytes(b"".join(jsonl_lines[i * per_file:(i + 1) * per_file]))

    manifest = {"mb": mb, "seed": seed, "articles": index, "bytes": total,
                "articles_by_format": counts, "bytes_by_format": nbytes, "jsonl_files": n_files if jsonl_lines else 0}
    (out / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--out", required=True, type=Path, help="output directory (replaced if it holds a corpus)")
    p.add_argument("--mb", type=float, required=True, help="size of the corpus in MB (10^6 bytes)")
    p.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    args = p.parse_args(argv)
    if args.out.exists():
        if not (args.out / MANIFEST).exists() and any(args.out.iterdir()):
            p.error(f"{args.out} exists and is not a corpus made by this script; refusing to replace it")
        shutil.rmtree(args.out)
    args.out.mkdir(parents=True)
    manifest = build_corpus(args.out, args.mb, args.seed)
    print(f"{manifest['articles']} articles, {manifest['bytes'] / MB:.1f} MB -> {args.out}  "
          f"{manifest['articles_by_format']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
