"""Benchmark: the rules over 1,000,000 synthetic links (issues 3 and 14).

    .venv/bin/python -m benchmarks.rules_bench [--links N] [--per-resident K]

Residents have realistic distinct names (2,340 surnames × 1,200 given names from
``benchmarks.namegen``; one in ten with a former surname and an account under it), so the
name comparisons are not answered from a cache. Residents are generated and checked one at a time, as `selfcheck check` or a help desk batch
would, so memory stays flat. Printed as a table (Markdown) with:
- links per second through ``rules.find``, on one core: times are the process's CPU time, so
  other work on a shared machine does not count against it;
- a reference measured in the same run: the same links with only NFKC-normalising each
  holder name (the least any name check must do), and the ratio of the two;
- peak memory allocated while checking (tracemalloc) and the process's peak RSS.
"""

from __future__ import annotations

import argparse
import random
import resource
import time
import tracemalloc
import unicodedata
from datetime import date, datetime, timedelta, timezone

from selfcheck.core import schema as s
from selfcheck.core.names import zengin
from selfcheck.core.rules import find

from .common import machine
from .namegen import given_names, surnames

JST = timezone(timedelta(hours=9))
TOWNS = ["横浜市港北区", "川崎市", "札幌市中央区", "福岡市", "名古屋市", "堺市", "世田谷区", "前橋市"]
KINDS = [s.LinkKind.HEALTH_INSURANCE, s.LinkKind.PENSION, s.LinkKind.DISABILITY_CERTIFICATE]


def make_resident(rnd: random.Random, i: int, n_links: int) -> s.ResidentData:
    """One resident with a name drawn from thousands of surnames and given names (``namegen``),
    so that name comparisons are not answered from a cache; one in ten has a former surname."""
    surs, givs = surnames(), given_names()
    sur, giv = rnd.choice(surs), rnd.choice(givs)
    former = rnd.choice(surs) if rnd.random() < 0.1 else None
    bd = date(1940, 1, 1) + timedelta(days=rnd.randrange(0, 30000))
    town = rnd.choice(TOWNS)
    profile = s.Profile.model_construct(
        resident_id=f"r{i}", name=f"{sur[0]} {giv[0]}", name_kana=f"{sur[1]} {giv[1]}", name_alphabet=None,
        former_surnames=[s.FormerSurname.model_construct(surname=former[0], surname_kana=former[1])] if former else [],
        aliases=[], birth_date=bd, sex=s.Sex.FEMALE, number_last4="0000",
        addresses=[s.Address.model_construct(prefecture="-", municipality=town, municipality_en=town, since=bd, until=None)])
    links = []
    reg = datetime(2023, 1, 1, tzinfo=JST)
    for j in range(n_links):
        wrong = rnd.random() < 0.02  # a few wrong links, as in the 2023 review
        if j == 0:
            if wrong:
                holder = f"{zengin(sur[1])} {zengin(rnd.choice(givs)[1])}"
            else:
                holder = f"{zengin((former or sur)[1])} {zengin(giv[1])}"
            links.append(s.Link.model_construct(
                id=f"r{i}l{j}", kind=s.LinkKind.BANK_ACCOUNT, title="公金受取口座", title_en="Benefit account",
                holder_name=holder, holder_kana=None, holder_birth_date=None, holder_sex=None, organisation="銀行",
                organisation_en="Bank", organisation_municipality=None, issuer=s.Issuer.BANK, channel=s.Channel.SELF_SERVICE,
                registered_at=reg, registered_by="本人", valid_from=None, valid_until=None, status=s.LinkStatus.ACTIVE,
                shared_with_others=1 if wrong and rnd.random() < 0.5 else 0, details=[]))
            continue
        kind = KINDS[j % 3]
        links.append(s.Link.model_construct(
            id=f"r{i}l{j}", kind=kind, title="記録", title_en="Record", holder_name=profile.name,
            holder_kana=profile.name_kana, holder_birth_date=bd + timedelta(days=365) if wrong else bd,
            holder_sex=s.Sex.FEMALE, organisation=f"{town} 国民健康保険" if kind is s.LinkKind.HEALTH_INSURANCE else "日本年金機構",
            organisation_en="-", organisation_municipality=(rnd.choice(TOWNS) if wrong else town),
            issuer=s.Issuer.MUNICIPALITY if kind is not s.LinkKind.PENSION else s.Issuer.PENSION_SERVICE,
            channel=s.Channel.INSURER, registered_at=reg, registered_by="-", valid_from=date(2000, 1, 1) + timedelta(days=j),
            valid_until=None, status=s.LinkStatus.ACTIVE, shared_with_others=0, details=[]))
    return s.ResidentData.model_construct(profile=profile, links=links, access_log=[])


def run(total: int, per: int, seed: int = 1) -> dict:
    residents = total // per
    today = date(2026, 11, 27)

    def batches():
        rnd = random.Random(seed)
        for i in range(residents):
            yield make_resident(rnd, i, per)

    # reference: the same links, only normalising each holder name
    t_gen = t_ref = 0.0
    for data in batches():
        t0 = time.process_time()
        for link in data.links:
            unicodedata.normalize("NFKC", link.holder_name)
        t_ref += time.process_time() - t0
    t_rules, found, t0_all = 0.0, 0, time.process_time()
    for data in batches():
        t0 = time.process_time()
        found += len(find(data, today=today))
        t_rules += time.process_time() - t0
    t_gen = time.process_time() - t0_all - t_rules
    # memory in a separate pass: tracemalloc slows Python code several times over
    tracemalloc.start()
    for n, data in enumerate(batches()):
        if n * per >= 100_000:
            break
        find(data, today=today)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"links": residents * per, "residents": residents, "findings": found, "rules_s": t_rules,
            "ref_s": t_ref, "gen_s": t_gen, "peak_traced_mb": peak / 2**20,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--links", type=int, default=1_000_000)
    p.add_argument("--per-resident", type=int, default=10)
    a = p.parse_args()
    r = run(a.links, a.per_resident)
    print(f"Rules benchmark on {machine()}\n")
    print("| measure | value |\n|---|---|")
    print(f"| links checked | {r['links']:,} ({r['residents']:,} residents × {a.per_resident}) |")
    print(f"| names drawn from | {len(surnames()):,} surnames × {len(given_names()):,} given names; one in ten with a former surname |")
    print(f"| findings | {r['findings']:,} |")
    print(f"| rules time | {r['rules_s']:.2f} s |")
    print(f"| links per second | {r['links'] / r['rules_s']:,.0f} |")
    print(f"| reference: NFKC of each holder name | {r['ref_s']:.2f} s |")
    print(f"| rules / reference | {r['rules_s'] / r['ref_s']:.1f}× |")
    print(f"| peak memory allocated while checking, first 100,000 links (tracemalloc) | {r['peak_traced_mb']:.1f} MB |")
    print(f"| process peak RSS | {r['peak_rss_mb']:.0f} MB |")


if __name__ == "__main__":
    main()
