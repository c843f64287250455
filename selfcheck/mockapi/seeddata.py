"""Synthetic links and access-log entries for the large demo personas, and the other side of
each exchange in the access log (made up, reproducible: seeded by the persona's id)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

from .storeutil import JST

_AGENCIES = [("日本年金機構", "Japan Pension Service"), ("全国健康保険協会", "Japan Health Insurance Association"),
             ("福岡市", "Fukuoka City"), ("国税庁", "National Tax Agency"), ("デジタル庁", "Digital Agency"),
             ("ハローワーク福岡中央", "Hello Work Fukuoka Chuo"), ("福岡県", "Fukuoka Prefecture")]

_ITEMS = [("地方税関係情報", "Local tax information", "年金給付の審査", "Pension benefit review"),
          ("住民票関係情報", "Resident register information", "資格確認", "Eligibility check"),
          ("医療保険給付関係情報", "Health insurance benefit information", "高額療養費の支給", "High-cost medical refund"),
          ("雇用保険関係情報", "Employment insurance information", "失業給付の審査", "Unemployment benefit review"),
          ("公金受取口座情報", "Benefit account information", "給付金の支給", "Payment of a benefit")]

def _generated_links(r: dict[str, Any], count: int):
    rnd = random.Random(f"{r['id']}/links")
    start = date(1990, 4, 1)
    for i in range(count):
        kind = ("health_insurance", "pension", "disability_certificate")[i % 3]
        vf = start + timedelta(days=rnd.randrange(0, 12000))
        org, org_en = ("日本年金機構", "Japan Pension Service") if kind == "pension" else \
            ("福岡市", "Fukuoka City") if kind == "disability_certificate" else ("全国健康保険協会 福岡支部", "Japan Health Insurance Association, Fukuoka")
        yield {"kind": kind, "title": f"{'健康保険' if kind == 'health_insurance' else '年金' if kind == 'pension' else '手帳'} 記録 {i + 1:04d}",
               "title_en": f"{kind.replace('_', ' ').capitalize()} record {i + 1:04d}",
               "holder_name": r["name"], "holder_kana": r["name_kana"], "holder_birth_date": r["birth_date"],
               "holder_sex": r["sex"], "organisation": org, "organisation_en": org_en, "organisation_municipality": "福岡市",
               "organisation_municipality_en": "Fukuoka City",
               "channel": ("insurer", "pension_office", "municipal_counter")[i % 3],
               "registered_at": datetime(2018, 1, 1, 9, tzinfo=JST) + timedelta(hours=rnd.randrange(0, 70000)),
               "registered_by": org, "registered_by_en": org_en, "valid_from": vf, "valid_until": None, "status": "active",
               "issuer": "pension_service" if kind == "pension" else "insurer" if kind == "health_insurance" else "municipality",
               "details": [{"key": "record_number", "value": f"{rnd.randrange(10**7, 10**8)}"}]}

# who holds each kind of information: the other side of an exchange in the access log
_HOLDERS = {"住民票関係情報": ("地方公共団体情報システム機構", "J-LIS (Japan Agency for Local Authority Information Systems)"),
            "公金受取口座情報": ("デジタル庁", "Digital Agency"),
            "医療保険給付関係情報": ("全国健康保険協会", "Japan Health Insurance Association"),
            "雇用保険関係情報": ("厚生労働省", "Ministry of Health, Labour and Welfare")}

def _with_counterpart(raw: dict[str, Any], home) -> dict[str, Any]:
    """The entry with the other agency of the exchange, unless the data says it already: who
    provided what was asked for (local tax and disability records: the resident's municipality),
    or who received what was provided (the municipality that pays the benefit)."""
    if raw.get("counterpart"):
        return raw
    mine = (home.municipality, home.municipality_en) if home is not None else ("市区町村", "The municipality")
    if raw["direction"] == "query":
        other = _HOLDERS.get(raw["item"], mine)
    else:
        other = mine if raw["agency"] != mine[0] else ("日本年金機構", "Japan Pension Service")
    return {**raw, "counterpart": other[0], "counterpart_en": other[1]}

def _generated_log(r: dict[str, Any], count: int):
    rnd = random.Random(f"{r['id']}/log")
    t0 = datetime(2019, 11, 27, tzinfo=JST)
    for i in range(count):
        a, a_en = _AGENCIES[rnd.randrange(len(_AGENCIES))]
        item, item_en, why, why_en = _ITEMS[rnd.randrange(len(_ITEMS))]
        yield {"at": t0 + timedelta(minutes=rnd.randrange(0, 7 * 365 * 24 * 60)), "agency": a, "agency_en": a_en,
               "item": item, "item_en": item_en, "purpose": why, "purpose_en": why_en,
               "direction": "query" if rnd.random() < 0.7 else "provide"}
