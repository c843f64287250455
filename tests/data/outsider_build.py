"""Builds ``outsider_residents.json``: an outside reviewer's held-out residents (all invented).

Each resident's links carry what a careful municipal officer concludes, written down BEFORE the
app was run on them: ``truth`` (the resident's own item, or someone else's) and ``ok`` (the
severities the officer would accept for that item: ``none``, ``check`` or ``problem``).

    .venv/bin/python tests/data/outsider_build.py   # rewrites tests/data/outsider_residents.json
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

OUT = Path(__file__).with_name("outsider_residents.json")
_ids = itertools.count(1)
CASES: list[dict] = []

ADDR = {  # municipality: (prefecture, English)
    "足立区": ("東京都", "Adachi, Tokyo"), "川崎市中原区": ("神奈川県", "Nakahara, Kawasaki"),
    "仙台市青葉区": ("宮城県", "Aoba, Sendai"), "名古屋市中区": ("愛知県", "Naka, Nagoya"),
    "横浜市港北区": ("神奈川県", "Kohoku, Yokohama"), "札幌市中央区": ("北海道", "Chuo, Sapporo"),
    "大阪市生野区": ("大阪府", "Ikuno, Osaka"), "京都市左京区": ("京都府", "Sakyo, Kyoto"),
    "大阪市北区": ("大阪府", "Kita, Osaka"), "鎌倉市": ("神奈川県", "Kamakura"), "浜松市中央区": ("静岡県", "Chuo, Hamamatsu"),
    "福岡市博多区": ("福岡県", "Hakata, Fukuoka"), "豊田市": ("愛知県", "Toyota"), "大泉町": ("群馬県", "Oizumi"),
    "新宿区": ("東京都", "Shinjuku, Tokyo"), "邑楽郡大泉町": ("群馬県", "Oizumi, Ora"), "世田谷区": ("東京都", "Setagaya, Tokyo"), "那覇市": ("沖縄県", "Naha"), "函館市": ("北海道", "Hakodate"),
    "松本市": ("長野県", "Matsumoto"), "高松市": ("香川県", "Takamatsu"),
}


def addr(muni: str, since: str, until: str | None = None) -> dict:
    pref, en = ADDR[muni]
    return {"prefecture": pref, "municipality": muni, "municipality_en": en, "since": since, "until": until}


def bank(holder: str, truth: str, ok: list[str], *, channel: str = "self_service", by: str = "本人",
         at: str = "2023-03-01T10:00:00+09:00", bank_name: str = "みずほ銀行", shared: int = 0) -> dict:
    return {"link": {"id": f"B{next(_ids):03d}", "kind": "bank_account", "title": f"公金受取口座 {bank_name}",
                     "title_en": "Benefit account", "holder_name": holder, "organisation": bank_name,
                     "organisation_en": "Bank", "issuer": "bank", "channel": channel, "registered_at": at,
                     "registered_by": by, "shared_with_others": shared},
            "truth": truth, "ok": ok}


def cert(kind: str, name: str, kana: str | None, birth: str | None, sex: str | None, truth: str, ok: list[str], *,
         org: str = "全国健康保険協会", muni: str | None = None, issuer: str | None = None, since: str | None = "2020-04-01",
         until: str | None = None, status: str = "active", channel: str = "insurer") -> dict:
    issuer = issuer or ("municipality" if muni else "pension_service" if kind == "pension" else "insurer")
    title = {"health_insurance": "健康保険", "pension": "年金記録", "disability_certificate": "障害者手帳"}[kind]
    return {"link": {"id": f"C{next(_ids):03d}", "kind": kind, "title": title, "title_en": kind.replace("_", " "),
                     "holder_name": name, "holder_kana": kana, "holder_birth_date": birth, "holder_sex": sex,
                     "organisation": org, "organisation_en": org, "organisation_municipality": muni,
                     "organisation_municipality_en": muni, "issuer": issuer, "channel": channel,
                     "registered_at": "2022-06-01T09:00:00+09:00", "registered_by": org, "valid_from": since,
                     "valid_until": until, "status": status},
            "truth": truth, "ok": ok}


def health(*a, **k) -> dict:
    return cert("health_insurance", *a, **k)


def pension(*a, **k) -> dict:
    return cert("pension", *a, org="日本年金機構", **k)


def disability(*a, **k) -> dict:
    return cert("disability_certificate", *a, **k)


def resident(rid: str, note: str, name: str, kana: str, birth: str, sex: str, addresses: list[dict], items: list[dict],
             *, alphabet: str | None = None, former: list[tuple[str, str]] = (), aliases: list[tuple[str, str]] = ()) -> None:
    profile = {"resident_id": rid, "name": name, "name_kana": kana, "name_alphabet": alphabet,
               "former_surnames": [{"surname": s, "surname_kana": k} for s, k in former],
               "aliases": [{"name": n, "name_kana": k} for n, k in aliases],
               "birth_date": birth, "sex": sex, "number_last4": f"{len(CASES) + 1000:04d}"[-4:], "addresses": addresses}
    CASES.append({"id": rid, "note": note, "data": {"profile": profile, "links": [i["link"] for i in items], "access_log": []},
                  "expect": {i["link"]["id"]: {"truth": i["truth"], "ok": i["ok"]} for i in items}})


N, C, P = ["none"], ["check"], ["problem"]
NC, CP = ["none", "check"], ["check", "problem"]
TOKYO = [addr("足立区", "2000-01-01")]

# --- former surnames (旧氏) -------------------------------------------------------------------------
resident("o-former-1", "married woman, bank and pension under her maiden name", "岡本 真理子", "オカモト マリコ", "1978-05-02", "female",
         TOKYO, [bank("ﾌｼﾞｲ ﾏﾘｺ", "mine", C), pension("藤井 真理子", "フジイ マリコ", "1978-05-02", "female", "mine", C),
                 health("岡本 真理子", "オカモト マリコ", "1978-05-02", "female", "mine", N)], former=[("藤井", "フジイ")])
resident("o-former-2", "man who took his wife's surname", "大野 翔", "オオノ ショウ", "1988-11-30", "male", TOKYO,
         [bank("ｶﾜｸﾞﾁ ｼﾖｳ", "mine", C)], former=[("川口", "カワグチ")])
resident("o-former-3", "old pension record in katakana only, under the maiden name", "石田 真由美", "イシダ マユミ", "1965-02-14", "female",
         TOKYO, [pension("ワタナベ マユミ", "ワタナベ マユミ", "1965-02-14", "female", "mine", C)], former=[("渡辺", "ワタナベ")])
resident("o-former-4", "maiden name in another kanji variant (渡邉 for 渡辺) on the pension", "石川 真由美", "イシカワ マユミ", "1966-03-15",
         "female", TOKYO, [pension("渡邉 真由美", "ワタナベ マユミ", "1966-03-15", "female", "mine", C)], former=[("渡辺", "ワタナベ")])
resident("o-former-5", "two former surnames; bank under the first", "西川 恵", "ニシカワ メグミ", "1970-07-07", "female", TOKYO,
         [bank("ｱﾍﾞ ﾒｸﾞﾐ", "mine", C)], former=[("阿部", "アベ"), ("小松", "コマツ")])
resident("o-former-6", "maiden name, but the account is her mother's (same maiden surname)", "岡田 恵美", "オカダ エミ", "1990-09-09",
         "female", TOKYO, [bank("ﾆｼﾑﾗ ﾖｼｺ", "not_mine", P)], former=[("西村", "ニシムラ")])
# label corrected after the first run: her passport name is the register's alphabet name, so no finding is right
resident("o-former-7", "foreign-born wife with a Japanese current surname, bank under her own name", "佐藤 マリア", "サトウ マリア",
         "1985-04-04", "female", TOKYO, [bank("SANTOS MARIA", "mine", NC)], alphabet="SANTOS MARIA", former=[("SANTOS", "サントス")])

# --- kanji variants and kana ---------------------------------------------------------------------
resident("o-variant-1", "渡邊 registered, 渡辺 on the insurance", "渡邊 浩二", "ワタナベ コウジ", "1975-01-20", "male", TOKYO,
         [bank("ﾜﾀﾅﾍﾞ ｺｳｼﾞ", "mine", N), health("渡辺 浩二", "ワタナベ コウジ", "1975-01-20", "male", "mine", N)])
resident("o-variant-2", "髙橋 registered, 高橋 on the certificate", "髙橋 美穂", "タカハシ ミホ", "1982-08-08", "female", TOKYO,
         [disability("高橋 美穂", "タカハシ ミホ", "1982-08-08", "female", "mine", N, org="足立区", muni="足立区")])
resident("o-variant-3", "山﨑 registered, 山崎 on the insurance", "山﨑 健太", "ヤマザキ ケンタ", "1991-12-01", "male", TOKYO,
         [bank("ﾔﾏｻﾞｷ ｹﾝﾀ", "mine", N), health("山崎 健太", "ヤマザキ ケンタ", "1991-12-01", "male", "mine", N)])
resident("o-variant-4", "齋藤 registered, 斎藤 on the pension", "齋藤 さおり", "サイトウ サオリ", "1969-06-30", "female", TOKYO,
         [pension("斎藤 さおり", "サイトウ サオリ", "1969-06-30", "female", "mine", N)])
resident("o-variant-5", "山崎 read ヤマサキ by the bank", "山崎 純", "ヤマザキ ジュン", "1979-10-10", "male", TOKYO,
         [bank("ﾔﾏｻｷ ｼﾞﾕﾝ", "mine", C)])
resident("o-kana-1", "small kana as large, ヅ/ズ", "都築 京子", "ツヅキ キョウコ", "1958-03-03", "female", TOKYO,
         [bank("ﾂｽﾞｷ ｷﾖｳｺ", "mine", N)])
resident("o-kana-2", "pension reading in hiragana", "山本 勇気", "ヤマモト ユウキ", "1980-02-02", "male", TOKYO,
         [pension("山本 勇気", "やまもと ゆうき", "1980-02-02", "male", "mine", N)])
resident("o-kana-3", "given name in hiragana, written in katakana on the certificate", "山田 さくら", "ヤマダ サクラ", "1999-04-01",
         "female", TOKYO, [disability("山田 サクラ", "ヤマダ サクラ", "1999-04-01", "female", "mine", NC, org="足立区", muni="足立区")])
resident("o-kana-4", "registered reading without a space", "木村 拓也", "キムラタクヤ", "1972-12-12", "male", TOKYO,
         [bank("ｷﾑﾗ ﾀｸﾔ", "mine", N)])
resident("o-kana-5", "bank drops the long-vowel mark", "大島 優", "オオシマ ユウ", "1987-05-05", "male", TOKYO,
         [bank("ｵｵｼﾏ ﾕｳ", "mine", N)])
resident("o-kana-6", "Japanese name, online bank in romaji", "山田 太郎", "ヤマダ タロウ", "1960-01-01", "male", TOKYO,
         [bank("YAMADA TARO", "mine", NC)])

# --- family accounts, shared terminals --------------------------------------------------------------
resident("o-family-1", "child with the mother's account", "中島 蓮", "ナカジマ レン", "2015-06-06", "male", TOKYO,
         [bank("ﾅｶｼﾞﾏ ｱﾔｶ", "not_mine", P, by="中島 彩香")])
resident("o-family-2", "wife with her husband's account", "池田 恵", "イケダ メグミ", "1984-04-20", "female", TOKYO,
         [bank("ｲｹﾀﾞ ﾀｸﾔ", "not_mine", P)])
resident("o-family-3", "son whose given name sounds like his father's; father's disability certificate linked", "松田 勇武", "マツダ イサム",
         "1990-08-15", "male", TOKYO,
         [bank("ﾏﾂﾀﾞ ｲｻﾑ", "mine", N),
          disability("松田 勇", "マツダ イサム", "1960-02-11", "male", "not_mine", P, org="足立区", muni="足立区")])
resident("o-family-4", "twin brother's insurance", "小川 陽太", "オガワ ヨウタ", "2001-09-01", "male", TOKYO,
         [bank("ｵｶﾞﾜ ﾖｳﾀ", "mine", N), health("小川 陽斗", "オガワ ハルト", "2001-09-01", "male", "not_mine", P)])
resident("o-family-5", "twin sister's account", "石井 彩", "イシイ アヤ", "1995-03-03", "female", TOKYO,
         [bank("ｲｼｲ ﾕｲ", "not_mine", P, by="石井 由美子")])
resident("o-family-6", "father's disability certificate with her number", "吉田 由紀子", "ヨシダ ユキコ", "1985-10-10", "female", TOKYO,
         [disability("吉田 正", "ヨシダ タダシ", "1955-05-05", "male", "not_mine", P, org="足立区", muni="足立区")])
resident("o-family-7", "mother's disability certificate (same sex)", "吉村 真央", "ヨシムラ マオ", "1988-01-11", "female", TOKYO,
         [disability("吉村 節子", "ヨシムラ セツコ", "1958-07-07", "female", "not_mine", P, org="足立区", muni="足立区")])
resident("o-counter-1", "previous visitor's account at a counter terminal", "村上 悠", "ムラカミ ユウ", "1993-11-11", "female", TOKYO,
         [bank("ｺﾝﾄﾞｳ ﾏｻﾋﾛ", "not_mine", P, channel="municipal_counter", by="足立区 区民課")])
resident("o-counter-2", "previous visitor with the same common surname", "佐藤 直子", "サトウ ナオコ", "1977-02-22", "female", TOKYO,
         [bank("ｻﾄｳ ﾋﾛｼ", "not_mine", P, channel="municipal_counter", by="足立区 区民課")])
resident("o-counter-3", "previous visitor with the same given name, other surname", "青木 翔", "アオキ ショウ", "1996-06-16", "male", TOKYO,
         [bank("ｲﾉｳｴ ｼﾖｳ", "not_mine", P, channel="municipal_counter", by="足立区 区民課")])
resident("o-counter-4", "previous visitor's surname differs by a voiced mark", "高田 健", "タカダ ケン", "1981-01-31", "male", TOKYO,
         [bank("ﾀｶﾀ ﾘﾖｳｺ", "not_mine", P, channel="municipal_counter", by="足立区 区民課")])
resident("o-shared-1", "account shared with two others", "平野 智子", "ヒラノ トモコ", "1964-04-14", "female", TOKYO,
         [bank("ﾋﾗﾉ ﾄﾓｺ", "mine", CP, shared=2)])
resident("o-corp-1", "company account", "川村 誠一", "カワムラ セイイチ", "1955-08-08", "male", TOKYO,
         [bank("ｶ)ｶﾜﾑﾗｼﾖｳｼﾞ", "not_mine", P)])
resident("o-corp-2", "her guardian's own account", "鈴木 花江", "スズキ ハナエ", "1940-02-02", "female", TOKYO,
         [bank("ﾀﾅｶ ｲﾁﾛｳ", "not_mine", P, by="成年後見人 田中 一郎")])
resident("o-corp-3", "her own account, with the guardian noted as banks do", "鈴木 花代", "スズキ ハナヨ", "1941-03-03", "female", TOKYO,
         [bank("ｽｽﾞｷ ﾊﾅﾖ ｾｲﾈﾝｺｳｹﾝﾆﾝ ﾀﾅｶ ｲﾁﾛｳ", "mine", NC)])

# --- same name elsewhere, addresses, periods -----------------------------------------------------------
resident("o-namesake-1", "same name and birth date, insurance from a city she never lived in", "田村 直美", "タムラ ナオミ", "1983-03-30",
         "female", [addr("川崎市中原区", "1983-03-30")],
         [health("田村 直美", "タムラ ナオミ", "1983-03-30", "female", "not_mine", P, org="仙台市", muni="仙台市")])
resident("o-namesake-2", "same name, other birth date, pension", "中村 大輔", "ナカムラ ダイスケ", "1980-07-01", "male", TOKYO,
         [pension("中村 大輔", "ナカムラ ダイスケ", "1979-12-24", "male", "not_mine", P)])
resident("o-namesake-3", "same kanji and birth date, other reading (matched on name + birth date)", "佐藤 優", "サトウ ユウ", "1990-05-05",
         "male", TOKYO, [health("佐藤 優", "サトウ マサル", "1990-05-05", "male", "not_mine", CP, org="トヨタ自動車健康保険組合")])
resident("o-namesake-4", "same name and birth date, other sex", "林 薫", "ハヤシ カオル", "1970-10-10", "female", TOKYO,
         [health("林 薫", "ハヤシ カオル", "1970-10-10", "male", "not_mine", CP, org="日立健康保険組合")])
resident("o-namesake-5", "city she lived in as a child, insurance from years later", "菅野 彩花", "カンノ アヤカ", "1992-02-02", "female",
         [addr("仙台市青葉区", "1992-02-02", "2010-03-31"), addr("新宿区", "2010-04-01")],
         [health("菅野 彩花", "カンノ アヤカ", "1992-02-02", "female", "not_mine", P, org="仙台市", muni="仙台市", since="2019-04-01")])
resident("o-move-1", "moved; old city's insurance ended and marked expired", "森 由香", "モリ ユカ", "1986-06-06", "female",
         [addr("名古屋市中区", "2010-04-01", "2022-03-31"), addr("横浜市港北区", "2022-04-01")],
         [health("森 由香", "モリ ユカ", "1986-06-06", "female", "mine", C, org="名古屋市", muni="名古屋市", since="2010-04-01",
                 until="2022-03-31", status="expired"),
          health("森 由香", "モリ ユカ", "1986-06-06", "female", "mine", N, org="横浜市", muni="横浜市", since="2022-04-01")])
resident("o-move-2", "moved; old city's insurance never ended", "森田 光", "モリタ ヒカル", "1975-09-09", "male",
         [addr("京都市左京区", "2005-04-01", "2021-09-30"), addr("大阪市北区", "2021-10-01")],
         [health("森田 光", "モリタ ヒカル", "1975-09-09", "male", "mine", C, org="京都市", muni="京都市", since="2005-04-01"),
          health("森田 光", "モリタ ヒカル", "1975-09-09", "male", "mine", NC, org="大阪市", muni="大阪市", since="2021-10-01")])
resident("o-move-3", "moved back to her first city", "岩田 結衣", "イワタ ユイ", "1980-11-11", "female",
         [addr("京都市左京区", "2000-04-01", "2010-03-31"), addr("大阪市北区", "2010-04-01", "2018-03-31"),
          addr("京都市左京区", "2018-04-01")],
         [health("岩田 結衣", "イワタ ユイ", "1980-11-11", "female", "mine", N, org="京都市", muni="京都市", since="2018-04-01")])
resident("o-move-4", "ward of a designated city", "北村 拓海", "キタムラ タクミ", "1998-12-24", "male", [addr("札幌市中央区", "2016-04-01")],
         [health("北村 拓海", "キタムラ タクミ", "1998-12-24", "male", "mine", N, org="札幌市", muni="札幌市", since="2020-04-01")])
resident("o-pref-1", "physical disability certificate issued by the prefecture she lives in", "小島 紀子", "コジマ ノリコ", "1950-05-15",
         "female", [addr("鎌倉市", "1980-04-01")],
         [disability("小島 紀子", "コジマ ノリコ", "1950-05-15", "female", "mine", N, org="神奈川県", muni="神奈川県", since="2015-06-01")])
resident("o-pref-2", "disability certificate from a prefecture she never lived in", "小西 紀子", "コニシ ノリコ", "1951-06-16",
         "female", [addr("鎌倉市", "1980-04-01")],
         [disability("小西 紀子", "コニシ ノリコ", "1951-06-16", "female", "not_mine", P, org="愛知県", muni="愛知県", since="2015-06-01")])
resident("o-expired-1", "employer insurance ended, still linked", "上田 翼", "ウエダ ツバサ", "1994-04-04", "male", TOKYO,
         [health("上田 翼", "ウエダ ツバサ", "1994-04-04", "male", "mine", C, org="東芝健康保険組合", since="2016-04-01",
                 until="2024-03-31", status="expired"),
          health("上田 翼", "ウエダ ツバサ", "1994-04-04", "male", "mine", N, org="全国健康保険協会", since="2024-04-01")])
resident("o-expired-2", "disability certificate past its renewal date", "原 千尋", "ハラ チヒロ", "1990-09-19", "female", TOKYO,
         [disability("原 千尋", "ハラ チヒロ", "1990-09-19", "female", "mine", C, org="足立区", muni="足立区", since="2019-01-01",
                     until="2023-12-31")])
resident("o-nolinks", "no links at all", "野口 大地", "ノグチ ダイチ", "2003-03-13", "male", TOKYO, [])
resident("o-clean-1", "everything right", "藤田 美咲", "フジタ ミサキ", "1989-08-18", "female", [addr("福岡市博多区", "2012-04-01")],
         [bank("ﾌｼﾞﾀ ﾐｻｷ", "mine", N, bank_name="福岡銀行"),
          health("藤田 美咲", "フジタ ミサキ", "1989-08-18", "female", "mine", N, org="福岡市", muni="福岡市", since="2012-04-01"),
          pension("藤田 美咲", "フジタ ミサキ", "1989-08-18", "female", "mine", N)])

# --- foreign residents ----------------------------------------------------------------------------------
resident("o-cn-1", "Chinese, kanji name, bank in the alphabet", "王 小明", "ワン シャオミン", "1990-01-15", "male",
         [addr("新宿区", "2015-04-01")], [bank("WANG XIAOMING", "mine", N)], alphabet="WANG XIAOMING")
resident("o-cn-2", "Chinese, insurer used the Japanese reading of the kanji", "王 麗", "ワン リー", "1992-02-20", "female",
         [addr("新宿区", "2015-04-01")], [health("王 麗", "オウ レイ", "1992-02-20", "female", "mine", C)], alphabet="WANG LI")
resident("o-cn-3", "Chinese, name order reversed at the bank", "ZHANG WEI", "チャン ウェイ", "1988-03-03", "male",
         [addr("新宿区", "2015-04-01")], [bank("ｳｴｲ ﾁﾔﾝ", "mine", N)], alphabet="ZHANG WEI")
resident("o-cn-4", "Chinese, bank in the Japanese on-reading of his kanji name", "張 偉", "チャン ウェイ", "1987-07-07", "male",
         [addr("新宿区", "2015-04-01")], [bank("ﾁﾖｳ ｲ", "mine", C)], alphabet="ZHANG WEI")
resident("o-kr-1", "Korean with alias; bank and pension under the alias", "朴 英哲", "パク ヨンチョル", "1960-06-06", "male",
         [addr("大阪市生野区", "1960-06-06")],
         [bank("ｱﾗｲ ﾋﾃﾞｱｷ", "mine", C), pension("新井 英哲", "アライ ヒデアキ", "1960-06-06", "male", "mine", C),
          health("朴 英哲", "パク ヨンチョル", "1960-06-06", "male", "mine", N, org="大阪市", muni="大阪市", since="1990-04-01")],
         alphabet="PARK YOUNGCHUL", aliases=[("新井 英哲", "アライ ヒデアキ")])
resident("o-kr-2", "Korean with alias; the account is her husband's under the same alias surname", "金 順子", "キム スンジャ",
         "1962-12-12", "female", [addr("大阪市生野区", "1985-04-01")], [bank("ｶﾈﾓﾄ ﾋﾛｼ", "not_mine", P)],
         alphabet="KIM SOONJA", aliases=[("金本 順子", "カネモト ジュンコ")])
resident("o-kr-3", "Korean, bank wrote 李 as リ (the Japanese reading)", "LEE SOYEON", "イ ソヨン", "1995-05-25", "female",
         [addr("新宿区", "2018-04-01")], [bank("ﾘ- ｿﾖﾝ", "mine", C)], alphabet="LEE SOYEON")
resident("o-kr-4", "Korean, katakana registered, bank in the alphabet", "CHOI JIWOO", "チェ ジウ", "1993-03-09", "female",
         [addr("新宿区", "2018-04-01")], [bank("ﾁｴ ｼﾞｳ", "mine", N)], alphabet="CHOI JIWOO")
resident("o-vn-1", "Vietnamese, both scripts registered", "NGUYEN THI HUONG", "グエン ティ フオン", "1997-07-17", "female",
         [addr("豊田市", "2019-04-01")],
         [bank("ｸﾞｴﾝ ﾃｲ ﾌｵﾝ", "mine", N), health("NGUYEN THI HUONG", None, "1997-07-17", "female", "mine", N)],
         alphabet="NGUYEN THI HUONG")
resident("o-vn-2", "Vietnamese, alphabet only in the register, bank in katakana", "TRAN VAN NAM", "", "1999-09-02", "male",
         [addr("豊田市", "2019-04-01")], [bank("ﾁﾔﾝ ｳﾞｱﾝ ﾅﾑ", "mine", C)], alphabet="TRAN VAN NAM")
resident("o-vn-3", "Vietnamese, bank writes ヴァン as バン", "NGUYEN VAN DUC", "グエン ヴァン ドゥック", "1998-01-01", "male",
         [addr("豊田市", "2019-04-01")], [bank("ｸﾞｴﾝ ﾊﾞﾝ ﾄﾞｳﾂｸ", "mine", C)], alphabet="NGUYEN VAN DUC")
resident("o-vn-4", "Vietnamese, alias; the bank account is her cousin's", "NGUYEN THI LAN", "グエン ティ ラン", "1996-06-06", "female",
         [addr("豊田市", "2019-04-01")], [bank("ｸﾞｴﾝ ﾃｲ ﾏｲ", "not_mine", P)], alphabet="NGUYEN THI LAN",
         aliases=[("佐藤 蘭", "サトウ ラン")])
resident("o-vn-5", "Vietnamese, alias; bank under the alias", "PHAM THI HOA", "ファム ティ ホア", "1994-04-04", "female",
         [addr("豊田市", "2019-04-01")], [bank("ｻﾄｳ ﾊﾅ", "mine", C)], alphabet="PHAM THI HOA", aliases=[("佐藤 花", "サトウ ハナ")])
resident("o-ph-1", "Filipina, bank drops her middle name and joins DELA CRUZ", "DELA CRUZ MARIA SANTOS", "デラクルス マリア サントス",
         "1980-08-08", "female", [addr("那覇市", "2010-04-01")], [bank("ﾃﾞﾗｸﾙｽ ﾏﾘｱ", "mine", C)], alphabet="DELA CRUZ MARIA SANTOS")
resident("o-ph-2", "Filipina, bank in katakana", "REYES ANGELICA", "レイエス アンジェリカ", "1991-01-19", "female",
         [addr("那覇市", "2010-04-01")], [bank("ﾚｲｴｽ ｱﾝｼﾞｴﾘｶ", "mine", N)], alphabet="REYES ANGELICA")
resident("o-np-1", "Nepali, three words", "SHRESTHA SITA KUMARI", "シュレスタ シタ クマリ", "1993-10-10", "female",
         [addr("新宿区", "2017-04-01")], [bank("ｼﾕﾚｽﾀ ｼﾀ ｸﾏﾘ", "mine", N)], alphabet="SHRESTHA SITA KUMARI")
resident("o-np-2", "Nepali, the account is her husband's", "GURUNG SITA", "グルン シタ", "1994-02-02", "female",
         [addr("新宿区", "2017-04-01")], [bank("ｸﾞﾙﾝ ﾋﾞｼﾔﾙ", "not_mine", P)], alphabet="GURUNG SITA")
resident("o-br-1", "Brazilian, Portuguese name with accents", "CONCEIÇÃO ANA PAULA", "コンセイソン アナ パウラ", "1979-09-29", "female",
         [addr("大泉町", "2000-04-01")], [bank("CONCEICAO ANA PAULA", "mine", N)], alphabet="CONCEIÇÃO ANA PAULA")
# (the first version of o-br-2 cut a 39-character name at 35: a mistake in the data, not the app's)
resident("o-br-2", "Brazilian, long name cut at 40 half-width characters", "FERNANDES DA SILVA DE OLIVEIRA ALBUQUERQUE MARIA EDUARDA",
         "フェルナンデス ダ シルバ デ オリベイラ アルブケルケ マリア エドゥアルダ", "2000-10-10", "female", [addr("大泉町", "2000-10-10")],
         [bank("ﾌｴﾙﾅﾝﾃﾞｽ ﾀﾞ ｼﾙﾊﾞ ﾃﾞ ｵﾘﾍﾞｲﾗ ｱﾙﾌﾞｹﾙｹ ﾏﾘｱ ｴ", "mine", NC)],
         alphabet="FERNANDES DA SILVA DE OLIVEIRA ALBUQUERQUE MARIA EDUARDA")
resident("o-br-5", "Brazilian, the 40-character cut falls between ｿ and its voiced mark (ｴﾝｿﾞ → ｴﾝｿ)",
         "GONCALVES DA SILVA NASCIMENTO RODRIGUES PEDRO ENZO", "ゴンサウベス ダ シルバ ナシメント ロドリゲス ペドロ エンゾ", "2001-01-01",
         "male", [addr("大泉町", "2001-01-01")], [bank("ｺﾞﾝｻｳﾍﾞｽ ﾀﾞ ｼﾙﾊﾞ ﾅｼﾒﾝﾄ ﾛﾄﾞﾘｹﾞｽ ﾍﾟﾄﾞﾛ ｴﾝｿ", "mine", NC)],
         alphabet="GONCALVES DA SILVA NASCIMENTO RODRIGUES PEDRO ENZO")
resident("o-br-6", "Brazilian, long name; the account is his brother's, cut at 40 too",
         "GONCALVES DA SILVA NASCIMENTO RODRIGUES PAULO", "ゴンサウベス ダ シルバ ナシメント ロドリゲス パウロ", "2003-03-03",
         "male", [addr("大泉町", "2003-03-03")], [bank("ｺﾞﾝｻｳﾍﾞｽ ﾀﾞ ｼﾙﾊﾞ ﾅｼﾒﾝﾄ ﾛﾄﾞﾘｹﾞｽ ﾍﾟﾄﾞﾛ ｴﾝｿ", "not_mine", P)],
         alphabet="GONCALVES DA SILVA NASCIMENTO RODRIGUES PAULO")
resident("o-kr-5", "Korean, bank adds the alias in brackets after the name", "金 順姫", "キム スンヒ", "1970-10-10", "female",
         [addr("大阪市生野区", "1985-04-01")], [bank("ｷﾑ ｽﾝﾋ(ｶﾈﾓﾄ ｼﾞﾕﾝｷ)", "mine", NC)], alphabet="KIM SOONHEE",
         aliases=[("金本 順姫", "カネモト ジュンキ")])
resident("o-former-8", "former surname; the pension is her sister's (same maiden surname, other given name, other birth date)",
         "本田 明美", "ホンダ アケミ", "1972-04-04", "female", TOKYO,
         [pension("ワタナベ アケコ", "ワタナベ アケコ", "1970-01-01", "female", "not_mine", P)], former=[("渡辺", "ワタナベ")])
resident("o-former-9", "former surname in another kanji, same reading and birth date: her own certificate", "本間 明美", "ホンマ アケミ",
         "1973-05-05", "female", TOKYO,
         [disability("渡部 明美", "ワタナベ アケミ", "1973-05-05", "female", "mine", C, org="足立区", muni="足立区")],
         former=[("渡辺", "ワタナベ")])
resident("o-br-3", "Brazilian, long alphabet name cut at 40", "DOS SANTOS NASCIMENTO FERREIRA JOAO GUILHERME",
         "ドス サントス ナシメント フェヘイラ ジョアン ギリェルメ", "1985-05-05", "male", [addr("浜松市中央区", "2005-04-01")],
         [bank("DOS SANTOS NASCIMENTO FERREIRA JOAO GUIL", "mine", NC)], alphabet="DOS SANTOS NASCIMENTO FERREIRA JOAO GUILHERME")
resident("o-br-4", "Brazilian of Japanese descent with a Japanese surname in the alphabet", "TANAKA PAULO HIROSHI",
         "タナカ パウロ ヒロシ", "1975-07-07", "male", [addr("浜松市中央区", "2005-04-01")],
         [bank("ﾀﾅｶ ﾊﾟｳﾛ ﾋﾛｼ", "mine", N), health("田中 パウロ 浩", "タナカ パウロ ヒロシ", "1975-07-07", "male", "mine", NC)],
         alphabet="TANAKA PAULO HIROSHI")
resident("o-id-1", "Indonesian with a single name", "SUSANTO", "スサント", "1996-06-12", "male", [addr("高松市", "2020-04-01")],
         [bank("ｽｻﾝﾄ", "mine", N), health("SUSANTO", "スサント", "1996-06-12", "male", "mine", N)], alphabet="SUSANTO")
resident("o-id-2", "Indonesian, the account is his brother's", "BUDI SANTOSO", "ブディ サントソ", "1998-08-17", "male",
         [addr("高松市", "2020-04-01")], [bank("ﾍﾞﾆ ｻﾝﾄｿ", "not_mine", P)], alphabet="BUDI SANTOSO")
resident("o-in-1", "Indian, bank drops the long-vowel mark", "KUMAR RAJESH", "クマール ラジェシュ", "1985-11-15", "male",
         [addr("新宿区", "2012-04-01")], [bank("ｸﾏﾙ ﾗｼﾞｴｼﾕ", "mine", N)], alphabet="KUMAR RAJESH")
resident("o-in-2", "Indian, bank shows only the initial of the given name", "SRINIVASAN RAMESH", "スリニバサン ラメシュ", "1983-03-13",
         "male", [addr("新宿区", "2012-04-01")], [bank("SRINIVASAN R", "mine", C)], alphabet="SRINIVASAN RAMESH")
resident("o-us-1", "American, apostrophe, middle name, katakana at the bank", "O'BRIEN KATHERINE ANNE", "オブライエン キャサリン アン",
         "1980-12-03", "female", [addr("新宿区", "2012-04-01")],
         [bank("OBRIEN KATHERINE ANNE", "mine", N), pension("O'BRIEN KATHERINE ANNE", "オブライエン キャサリン アン", "1980-12-03",
                                                             "female", "mine", N)], alphabet="O'BRIEN KATHERINE ANNE")
resident("o-us-2", "hyphenated surname", "SMITH-JONES EMILY", "スミス ジョーンズ エミリー", "1990-10-01", "female",
         [addr("新宿区", "2012-04-01")], [bank("SMITH JONES EMILY", "mine", N)], alphabet="SMITH-JONES EMILY")
resident("o-us-3", "given name first at the bank", "MILLER DAVID JAMES", "ミラー デビッド ジェームズ", "1978-04-04", "male",
         [addr("新宿区", "2012-04-01")], [bank("DAVID JAMES MILLER", "mine", N)], alphabet="MILLER DAVID JAMES")
resident("o-us-4", "bank's own katakana for DAVID (ディビッド)", "MILLER DAVID", "ミラー デビッド", "1979-05-05", "male",
         [addr("新宿区", "2012-04-01")], [bank("ﾐﾗ- ﾃﾞｲﾋﾞﾂﾄﾞ", "mine", C)], alphabet="MILLER DAVID")
resident("o-us-5", "suffix JR dropped at the bank", "JOHNSON ROBERT JR", "ジョンソン ロバート ジュニア", "1970-01-01", "male",
         [addr("新宿区", "2012-04-01")], [bank("JOHNSON ROBERT", "mine", C)], alphabet="JOHNSON ROBERT JR")
resident("o-us-6", "the account is his son's (same name + JR)", "JOHNSON ROBERT", "ジョンソン ロバート", "1950-01-01", "male",
         [addr("新宿区", "2012-04-01")], [bank("JOHNSON MICHAEL", "not_mine", P)], alphabet="JOHNSON ROBERT")
resident("o-es-1", "Spanish double surname, bank keeps only the first", "GARCIA LOPEZ CARLOS", "ガルシア ロペス カルロス", "1982-02-28",
         "male", [addr("新宿区", "2012-04-01")], [bank("GARCIA CARLOS", "mine", C)], alphabet="GARCIA LOPEZ CARLOS")
resident("o-es-2", "Spanish double surname in katakana", "GARCIA LOPEZ CARLA", "ガルシア ロペス カルラ", "1983-03-28", "female",
         [addr("新宿区", "2012-04-01")], [bank("ｶﾞﾙｼｱ ﾛﾍﾟｽ ｶﾙﾗ", "mine", N)], alphabet="GARCIA LOPEZ CARLA")
resident("o-th-1", "Thai, long vowels and ッ dropped at the bank", "SRISOMBOON WATCHARAPORN", "シーソムブーン ワッチャラポーン",
         "1989-09-09", "female", [addr("松本市", "2016-04-01")], [bank("ｼｿﾑﾌﾞﾝ ﾜﾂﾁﾔﾗﾎﾟﾝ", "mine", NC)],
         alphabet="SRISOMBOON WATCHARAPORN")
resident("o-de-1", "German, umlaut written UE", "MÜLLER JÜRGEN", "ミュラー ユルゲン", "1965-06-06", "male",
         [addr("函館市", "2010-04-01")], [bank("MUELLER JUERGEN", "mine", N)], alphabet="MÜLLER JÜRGEN")
resident("o-kana-only-1", "foreign resident, kana-only insurance record", "WILLIAMS SARAH", "ウィリアムズ サラ", "1992-12-12", "female",
         [addr("新宿区", "2012-04-01")],
         [health("ウィリアムズ サラ", "ウィリアムズ サラ", "1992-12-12", "female", "mine", N)], alphabet="WILLIAMS SARAH")
resident("o-kana-only-2", "foreign resident, the insurance is her sister's", "WILLIAMS EMMA", "ウィリアムズ エマ", "1994-01-01", "female",
         [addr("新宿区", "2012-04-01")],
         [health("WILLIAMS SARAH", "ウィリアムズ サラ", "1992-12-12", "female", "not_mine", P)], alphabet="WILLIAMS EMMA")

# --- second round (labelled before the second run) ------------------------------------------------------
resident("o2-alias-kana", "Korean with alias; an old insurance record in katakana only under the alias", "崔 光洙", "チェ クァンス",
         "1958-08-08", "male", [addr("大阪市生野区", "1980-04-01")],
         [pension("ヤマモト ミツオ", "ヤマモト ミツオ", "1958-08-08", "male", "mine", C)], aliases=[("山本 光男", "ヤマモト ミツオ")])
resident("o2-gun", "address written with its district (郡), the insurer without", "大塚 健", "オオツカ ケン", "1977-07-17", "male",
         [addr("邑楽郡大泉町", "2000-04-01")],
         [health("大塚 健", "オオツカ ケン", "1977-07-17", "male", "mine", N, org="大泉町", muni="大泉町", since="2000-04-01")])
resident("o2-abroad", "lived abroad 2015-2019; insurance of her city for those years", "今村 彩", "イマムラ アヤ", "1985-05-05", "female",
         [addr("世田谷区", "1985-05-05", "2015-03-31"), addr("世田谷区", "2019-04-01")],
         [health("今村 彩", "イマムラ アヤ", "1985-05-05", "female", "not_mine", P, org="世田谷区", muni="世田谷区", since="2016-04-01",
                 until="2018-03-31")])
resident("o2-md", "Bangladeshi, bank abbreviates MOHAMMAD as MD", "RAHMAN MOHAMMAD ABDUL", "ラーマン モハマド アブドゥル", "1984-04-04",
         "male", [addr("新宿区", "2014-04-01")], [bank("RAHMAN MD ABDUL", "mine", C)], alphabet="RAHMAN MOHAMMAD ABDUL")
resident("o2-md-brother", "Bangladeshi, the account is his brother's", "RAHMAN MOHAMMAD ABDUL", "ラーマン モハマド アブドゥル",
         "1984-04-04", "male", [addr("新宿区", "2014-04-01")], [bank("RAHMAN MD KARIM", "not_mine", P)],
         alphabet="RAHMAN MOHAMMAD ABDUL")
resident("o2-vn-diacritics", "Vietnamese name registered with its diacritics", "ĐẶNG VĂN HÙNG", "ダン ヴァン フン", "1996-03-03", "male",
         [addr("豊田市", "2019-04-01")], [bank("DANG VAN HUNG", "mine", N), bank("ﾀﾞﾝ ﾊﾞﾝ ﾌﾝ", "mine", NC)], alphabet="ĐẶNG VĂN HÙNG")
resident("o2-fr-hyphen", "French hyphenated given name in katakana with ＝", "DUBOIS JEAN-PIERRE", "デュボワ ジャン＝ピエール", "1975-02-02",
         "male", [addr("新宿区", "2014-04-01")], [bank("ﾃﾞﾕﾎﾞﾜ ｼﾞﾔﾝﾋﾟｴｰﾙ", "mine", N)], alphabet="DUBOIS JEAN-PIERRE")
resident("o2-child-shared", "child; the parent's account, also the parent's own benefit account", "中野 結菜", "ナカノ ユイナ", "2012-12-12",
         "female", TOKYO, [bank("ﾅｶﾉ ｹﾝｲﾁ", "not_mine", P, by="中野 健一", shared=1)])
resident("o2-unspecified-sex", "sex not recorded in the register", "森 忍", "モリ シノブ", "1990-01-01", "unspecified", TOKYO,
         [health("森 忍", "モリ シノブ", "1990-01-01", "male", "mine", N)])
resident("o2-fullwidth", "bank name in full-width letters", "WONG KAR WAI", "ウォン カーワイ", "1970-07-17", "male",
         [addr("新宿区", "2014-04-01")], [bank("ＷＯＮＧ　ＫＡＲ　ＷＡＩ", "mine", N)], alphabet="WONG KAR WAI")
resident("o2-counter-kanji-reading", "counter terminal: previous visitor with the same kanji name read another way", "伊藤 健一",
         "イトウ タケカズ", "1966-06-06", "male", TOKYO,
         [bank("ｲﾄｳ ｹﾝｲﾁ", "not_mine", CP, channel="municipal_counter", by="足立区 区民課")])
resident("o2-alias-relative-kana", "Korean with alias; insurance in katakana only is his wife's under the alias surname", "崔 光洙",
         "チェ クァンス", "1958-08-08", "male", [addr("大阪市生野区", "1980-04-01")],
         [health("ヤマモト ヨシコ", "ヤマモト ヨシコ", "1960-02-02", "female", "not_mine", P)], aliases=[("山本 光男", "ヤマモト ミツオ")])
resident("o2-double-surname-order", "Spanish double surname; bank keeps the mother's surname first", "GARCIA LOPEZ ANA", "ガルシア ロペス アナ",
         "1990-09-09", "female", [addr("新宿区", "2014-04-01")], [bank("LOPEZ GARCIA ANA", "mine", NC)], alphabet="GARCIA LOPEZ ANA")
resident("o2-vietnamese-sister", "Vietnamese, sister's account differs only in the last word", "NGUYEN THI MAI", "グエン ティ マイ",
         "1999-09-09", "female", [addr("豊田市", "2019-04-01")], [bank("ｸﾞｴﾝ ﾃｲ ﾏｲﾝ", "not_mine", CP)], alphabet="NGUYEN THI MAI")

# --- third round (labelled before the third run) ---------------------------------------------------------
resident("o3-kr-kanji-ri", "Korean registered in kanji; bank reads the surname 李 the Japanese way, the given name as she says it",
         "李 素妍", "イ ソヨン", "1994-04-14", "female", [addr("大阪市生野区", "2000-04-01")], [bank("ﾘ ｿﾖﾝ", "mine", C)],
         alphabet="LEE SOYEON")
resident("o3-cn-ou", "Chinese; bank reads the surname 王 as オウ, the given name as he says it", "王 小明", "ワン シャオミン", "1991-01-15",
         "male", [addr("新宿区", "2015-04-01")], [bank("ｵｳ ｼﾔｵﾐﾝ", "mine", C)], alphabet="WANG XIAOMING")
resident("o3-kr-kanji-ri-sister", "Korean registered in kanji; the account is her sister's, surname read the Japanese way",
         "李 素妍", "イ ソヨン", "1994-04-14", "female", [addr("大阪市生野区", "2000-04-01")], [bank("ﾘ ﾐﾝｼﾞ", "not_mine", P)],
         alphabet="LEE SOYEON")
resident("o3-jp-brother-on", "Japanese; 翔 read カケル, the account is his brother 昇's (ショウ, an on-reading of 翔)", "田中 翔",
         "タナカ カケル", "1998-08-08", "male", TOKYO, [bank("ﾀﾅｶ ｼﾖｳ", "not_mine", P, by="田中 恵子")])
resident("o3-jp-on-surname", "Japanese; the previous visitor's account at the counter reads like his surname's on-reading", "中村 誠",
         "ナカムラ マコト", "1970-03-03", "male", TOKYO, [bank("ﾁﾕｳｿﾝ ﾏｺﾄ", "not_mine", CP, channel="municipal_counter",
                                                              by="足立区 区民課")])

# --- fourth round (labelled before the fourth run) ------------------------------------------------------
resident("o4-guardian-bracket", "her own account, the guardian in brackets", "鈴木 花子", "スズキ ハナコ", "1938-03-03", "female", TOKYO,
         [bank("ｽｽﾞｷ ﾊﾅｺ(ｾｲﾈﾝｺｳｹﾝﾆﾝ ﾀﾅｶ ｲﾁﾛｳ)", "mine", NC)])
resident("o4-koki", "late-elders' insurance from the prefecture-wide union, written with the prefecture", "山口 清", "ヤマグチ キヨシ",
         "1945-01-01", "male", TOKYO,
         [health("山口 清", "ヤマグチ キヨシ", "1945-01-01", "male", "mine", N, org="東京都後期高齢者医療広域連合", muni="東京都",
                 since="2020-01-01")])
resident("o4-pref-prefix", "insurer writes the municipality with its prefecture", "坂本 舞", "サカモト マイ", "1992-09-09", "female",
         [addr("鎌倉市", "2015-04-01")],
         [health("坂本 舞", "サカモト マイ", "1992-09-09", "female", "mine", N, org="鎌倉市", muni="神奈川県鎌倉市", since="2015-04-01")])
resident("o4-pref-prefix-other", "insurance of another town, written with its prefecture", "坂本 舞", "サカモト マイ", "1992-09-09",
         "female", [addr("鎌倉市", "2015-04-01")],
         [health("坂本 舞", "サカモト マイ", "1992-09-09", "female", "not_mine", P, org="藤沢市", muni="神奈川県藤沢市",
                 since="2015-04-01")])
resident("o4-ward-both", "resident in one ward, insurer names another ward of the same city", "西田 陸", "ニシダ リク", "2000-02-02",
         "male", [addr("大阪市生野区", "2018-04-01")],
         [health("西田 陸", "ニシダ リク", "2000-02-02", "male", "mine", N, org="大阪市", muni="大阪市北区", since="2018-04-01")])
resident("o4-former-kyoko", "maiden name at the bank, small kana as large", "中山 京子", "ナカヤマ キョウコ", "1960-10-10", "female",
         TOKYO, [bank("ﾌｼﾞｲ ｷﾖｳｺ", "mine", C)], former=[("藤井", "フジイ")])

if __name__ == "__main__":
    OUT.write_text(json.dumps(CASES, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(CASES)} residents, {sum(len(c['expect']) for c in CASES)} links → {OUT}")
