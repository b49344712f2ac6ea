"""Derive former_divisions.csv from the historical code list of yescallop/areacodes.

Run from the repository root with the path of that project's `result.csv` (CC0 1.0; compiled
from the Ministry of Civil Affairs' yearly code lists and its records of division changes):

    python pipeline/resources/gazetteer/derive_former_divisions.py result.csv \
        > pipeline/resources/gazetteer/former_divisions.csv

Kept: county- and prefecture-level units abolished, renamed or renumbered in 2000 or later
whose name is no longer the name of any unit in today's gazetteer (areas.csv, cities.csv),
one row per name and province (the latest abolition). Successors are the units of today's
gazetteer that took over the territory when it was abolished, followed through later changes.
Not used at run time; the pipeline reads only the CSV it writes.
"""
import csv, sys, collections
src = sys.argv[1]
GAZ = "pipeline/resources/gazetteer"
rows = list(csv.DictReader(open(src, encoding='utf-8-sig')))
cur = {}
city_of = {}  # current 6-digit code -> its prefecture-level city (the province for municipalities)
cities = {r['code']: r['name'] for r in csv.DictReader(open(f'{GAZ}/cities.csv', encoding='utf-8'))}
provinces = {r['code']: r['name'] for r in csv.DictReader(open(f'{GAZ}/provinces.csv', encoding='utf-8'))}
for name in ('provinces', 'cities', 'areas'):
    for r in csv.DictReader(open(f'{GAZ}/{name}.csv', encoding='utf-8')):
        code = r['code'].ljust(6, '0')
        cur[code] = r['name']
        if name == 'cities':
            city_of[code] = r['name'] if r['name'] not in ('市辖区', '县') else provinces[r['provinceCode']]
        elif name == 'areas':
            c = cities.get(r['cityCode'], '')
            city_of[code] = provinces[r['provinceCode']] if c in ('市辖区', '县') else ('' if '直辖' in c else c)
current_names = set(cur.values())
by_code = collections.defaultdict(list)
for r in rows:
    by_code[r['代码']].append(r)
GENERIC = {"市辖区"}  # other generic names (城区, 市区 ...) are filtered at load time, see zones.json

def successors(r, depth=0):
    year = r['变更/弃用时间']
    if r['级别'] == '地级' and r['代码'] in cur:
        return [r['代码']]  # a renamed prefecture keeps its code (襄樊市 -> 襄阳市)
    out = []
    for part in filter(None, r['新代码'].split(';')):
        code, _, rest = part.partition('[')
        if rest and rest.rstrip(']') != year:
            continue  # an earlier partial transfer, not the successor at abolition
        out.append(code)
    if not out and r['级别'] == '地级':
        # an abolished prefecture: the successors of its counties abolished with it
        kids = [k for k in rows if k['代码'][:4] == r['代码'][:4] and k['级别'] == '县级' and k['变更/弃用时间'] == year]
        for k in kids:
            out += successors(k, depth + 1)
    if not out and r['状态'] == '变更':
        out = [r['代码']]
    final = []
    for code in out:
        if code in cur:
            final.append(code)
        elif depth < 4:
            later = [x for x in by_code.get(code, []) if x['状态'] != '在用']
            later.sort(key=lambda x: x['变更/弃用时间'])
            if later:
                final += successors(later[-1], depth + 1)
    return sorted(set(final))

out = []
for r in rows:
    if r['状态'] == '在用' or r['级别'] not in ('县级', '地级') or not r['变更/弃用时间'] or int(r['变更/弃用时间']) < 2000:
        continue
    name = r['名称']
    if name in current_names or name in GENERIC or len(name) < 2:
        continue
    succ = successors(r)
    if not succ:
        print('no successor', r, file=sys.stderr)
        continue
    succ_cities = {city_of.get(c, '') for c in succ}
    city = succ_cities.pop() if len(succ_cities) == 1 else ''
    out.append((name, r['代码'], ';'.join(succ), ';'.join(cur[c] for c in succ), r['变更/弃用时间'], r['一级行政区'], r['级别'], city))
# One row per name and province: the latest abolition (上饶县 was renumbered in 2000, abolished in 2019).
latest = {}
for row in out:
    key = (row[0], row[5])
    if key not in latest or row[4] > latest[key][4]:
        latest[key] = row
out = sorted(latest.values(), key=lambda x: (x[1], x[4]))
w = csv.writer(sys.stdout, lineterminator='\n')
w.writerow(['name', 'former_adcode', 'level', 'successor_adcodes', 'successor_names', 'year', 'province', 'city'])
for name, code, sc, sn, year, prov, lvl, city in out:
    w.writerow([name, code, 'prefecture' if lvl == '地级' else 'county', sc, sn, year, prov, city])
