#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Idiolect contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes eval.jsonl, the labelled privacy evaluation set (tst_privacyeval reads it).

Deterministic (fixed seed). Every value is fictional: phone numbers are built in
ranges of the real numbering plans (so they are shaped like real ones), card
numbers are issuers' public test numbers or Luhn-completed, IBANs get computed
check digits. Line 1 holds the recipients (the deny list the detector is seeded
with); every other line is one case: {"text", "pii": [{"kind", "text"}], "set"}.
"set" is "positive" (labelled personal data) or "negative" (hard negatives:
nothing in the text is personal data). Run: python3 make_eval.py > eval.jsonl
"""
import json
import random
import sys

# "--seed N" writes a differently drawn set (held-out check); the committed file uses the default.
SEED = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 20240521
rng = random.Random(SEED)

RECIPIENTS = [
    {"id": 1, "self": True, "profile_given": "Max", "profile_family": "Keller", "e164": "+4915100000001"},
    {"id": 2, "system_given": "Anna", "system_family": "Schmidt", "system_joined": "Anna Schmidt", "e164": "+4917612345678"},
    {"id": 3, "profile_given": "William", "profile_family": "Brown", "e164": "+14155550123"},
    {"id": 4, "system_joined": "José García", "e164": "+34612345678"},
    {"id": 5, "profile_given": "أحمد", "profile_family": "منصور"},
    {"id": 6, "profile_given": "דנה", "profile_family": "כהן"},
    {"id": 7, "profile_joined": "王小明"},
    {"id": 8, "profile_given": "さくら", "profile_family": "山田"},
    {"id": 9, "profile_given": "Priya", "profile_family": "Raghunathan", "e164": "+919812345678"},
    {"id": 10, "profile_given": "Chloé", "profile_family": "Dubois", "e164": "+33612345678"},
    {"id": 11, "profile_given": "Oliver", "profile_family": "Bennett", "e164": "+447911123456"},
    {"id": 12, "profile_given": "Zeynep", "profile_family": "Yıldız", "username": "zeynep.27"},
    {"id": 13, "profile_given": "Mark", "profile_family": "Fischer"},
    {"id": 14, "profile_given": "Grace", "profile_family": "Okafor"},
    {"id": 15, "profile_given": "Sven", "profile_family": "Lindqvist"},
    {"id": 16, "kind": "group", "group_title": "Climbing Crew"},
    {"id": 17, "system_joined": "Mom"},
    {"id": 18, "profile_given": "Katharina", "profile_family": "Vogt"},
    {"id": 19, "profile_given": "민수", "profile_family": "김"},
    {"id": 20, "profile_given": "Aleksandr", "profile_family": "Petrov"},
]

cases = []


def case(text, pii, kind_set="positive"):
    for p in pii:
        assert text.count(p["text"]) >= 1, (text, p)
    cases.append({"text": text, "pii": pii, "set": kind_set})


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def groups(s, sizes, sep):
    out, i = [], 0
    for g in sizes:
        out.append(s[i:i + g])
        i += g
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


# ---- phone numbers ---------------------------------------------------------
# (national form without trunk digits, country code, trunk prefix, grouping)
def de_mobile():
    p = rng.choice(["151", "152", "157", "160", "162", "170", "171", "172", "173", "174", "175", "176", "177", "178", "179"])
    return p + digits(8 if p in ("151", "152", "157", "162", "176", "177", "178", "179") else 7)


def de_landline():
    area, n = rng.choice([("30", 8), ("89", 8), ("40", 8), ("69", 8), ("221", 7), ("711", 7), ("341", 7), ("511", 7)])
    return area + str(rng.randint(2, 9)) + digits(n - 1), len(area)


def us_number():
    area = rng.choice(["212", "415", "617", "312", "206", "303", "512", "646", "718", "213"])
    exchange = str(rng.randint(2, 9)) + digits(2)
    while exchange == "555":
        exchange = str(rng.randint(2, 9)) + digits(2)
    return area, exchange, digits(4)


def uk_mobile():
    return "7" + rng.choice("123459") + digits(8)


def uk_london():
    return "20" + rng.choice("378") + digits(7)


def fr_mobile():
    return rng.choice("67") + digits(8)


def in_mobile():
    return rng.choice("6789") + digits(9)


CONTEXTS_EN = [
    "call me at {p}", "my new number is {p}!", "{p} is my cell", "text {p} when you land",
    "reach me on {p}, thanks", "(mobile: {p})", "ring {p} after 6pm", "number: {p} 🙂",
    "WhatsApp {p}", "it's {p} now", "🙏 {p}", "you can try {p} or email", "office line {p}.",
]
CONTEXTS_DE = [
    "ruf mich an: {p}", "meine neue Nummer ist {p}", "Handy {p}", "{p} ist die Nummer vom Büro",
    "erreichst du mich unter {p}.", "Tel. {p}", "schreib mir auf {p} 😊", "Festnetz: {p}",
]


def phone_case(p):
    ctx = rng.choice(CONTEXTS_EN + CONTEXTS_DE)
    case(ctx.format(p=p), [{"kind": "phone", "text": p}])


for _ in range(40):
    n = de_mobile()
    sep = rng.choice([" ", "-", "/", ""])
    phone_case(rng.choice([
        "0" + n[:3] + " " + n[3:], "0" + n[:3] + sep + n[3:], "+49 " + n[:3] + " " + n[3:],
        "+49" + n, "0049 " + n[:3] + " " + n[3:], "+49 (0)" + n[:3] + " " + n[3:],
        "0" + groups(n, [3, 4], " "), "+49-" + n[:3] + "-" + n[3:],
    ]))
for _ in range(30):
    n, a = de_landline()
    phone_case(rng.choice([
        "0" + n[:a] + " " + n[a:], "(0" + n[:a] + ") " + n[a:], "0" + n[:a] + "/" + n[a:],
        "0" + n[:a] + "-" + n[a:], "+49 " + n[:a] + " " + n[a:], "+49 (0)" + n[:a] + " " + n[a:],
    ]))
for _ in range(45):
    a, e, l = us_number()
    phone_case(rng.choice([
        f"({a}) {e}-{l}", f"{a}-{e}-{l}", f"{a}.{e}.{l}", f"+1 {a} {e} {l}", f"+1 ({a}) {e}-{l}",
        f"1-{a}-{e}-{l}", f"+1-{a}-{e}-{l}", f"{a} {e} {l}",
    ]))
for _ in range(35):
    m = uk_mobile()
    phone_case(rng.choice([
        "0" + m[:4] + " " + m[4:], "+44 " + m[:4] + " " + m[4:], "+44 (0)" + m[:4] + " " + m[4:],
        "0" + m[:4] + " " + m[4:7] + " " + m[7:], "+44" + m,
    ]))
for _ in range(20):
    m = uk_london()
    phone_case(rng.choice(["0" + m[:2] + " " + m[2:6] + " " + m[6:], "+44 " + m[:2] + " " + m[2:6] + " " + m[6:],
                           "(0" + m[:2] + ") " + m[2:6] + " " + m[6:]]))
for _ in range(40):
    m = fr_mobile()
    pairs = " ".join([m[1:3], m[3:5], m[5:7], m[7:9]])
    phone_case(rng.choice([
        "0" + m[0] + " " + pairs, "0" + m[0] + "." + pairs.replace(" ", "."), "+33 " + m[0] + " " + pairs,
        "+33 (0)" + m[0] + " " + pairs, "0" + m[0] + "-" + pairs.replace(" ", "-"), "+33" + m,
    ]))
for _ in range(40):
    m = in_mobile()
    phone_case(rng.choice([
        "+91 " + m[:5] + " " + m[5:], "+91-" + m[:5] + "-" + m[5:], "0" + m[:5] + " " + m[5:],
        "+91 " + m, "+91" + m, "0" + m[:5] + "-" + m[5:],
    ]))
# Numbers right next to emoji, punctuation and other scripts (offsets in UTF-16).
for _ in range(20):
    n = de_mobile()
    p = "+49 " + n[:3] + " " + n[3:]
    pre = rng.choice(["🎉", "👨‍👩‍👧", "→", "📞:", "«", "电话", "رقم"])
    case(pre + p + rng.choice(["🎉", "»", "!", "。", ""]), [{"kind": "phone", "text": p}])
# The contacts' own numbers, in any formatting.
for p in ["0176 12345678", "0176-1234-5678", "+49 176 1234 5678", "(415) 555-0123", "+1 415 555 0123",
          "07911 123456", "06 12 34 56 78", "098123 45678", "+34 612 34 56 78", "612 345 678"]:
    phone_case(p)

# ---- e-mail addresses ------------------------------------------------------
USERS = ["anna", "max.keller", "j.doe", "first.last+news", "x_y", "info", "m.rossi", "noreply-2024", "jürgen", "o'brien"]
DOMAINS = ["example.org", "mail.example.com", "example.co.uk", "uni-example.de", "example.io", "müller-example.de"]
EMAIL_CTX = ["mail me at {e}", "{e}", "<{e}>", "(contact: {e})", "send it to {e}.", "E-Mail: {e}, danke",
             "mailto:{e}", "cc {e}; bcc nobody", "📧 {e}", "„{e}“", "write to {e}!"]
for i in range(220):
    e = rng.choice(USERS) + str(rng.choice(["", "", rng.randint(1, 99)])) + "@" + rng.choice(DOMAINS)
    if i % 7 == 0:
        e = e.upper()
    ctx = rng.choice(EMAIL_CTX)
    case(ctx.format(e=e), [{"kind": "email", "text": e}])

# ---- contact names (from the recipient table) ------------------------------
NAME_CTX = ["Hi {n}!", "{n}, are you coming?", "I talked to {n} yesterday", "({n})", "{n}🎉", "🎉{n}",
            "ask {n}.", "@{n} look", "„{n}“ said so", "with {n}, {n2} and me", "{n}?!", "love you {n} ❤️",
            "Grüße an {n}", "{n}: ok"]
NAMES = ["Anna", "Schmidt", "Anna Schmidt", "William", "William Brown", "José", "José García", "García",
         "Priya", "Raghunathan", "Chloé", "Dubois", "Oliver", "Bennett", "Zeynep", "Yıldız", "Mark",
         "Fischer", "Mark Fischer", "Grace", "Okafor", "Sven", "Lindqvist", "Katharina", "Vogt", "Max",
         "Keller", "Aleksandr", "Petrov", "anna", "ANNA", "oliver", "Anna-Schmidt", "Chloe", "Jose",
         "zeynep.27", "Climbing Crew"]
for i in range(160):
    n = NAMES[i % len(NAMES)]
    n2 = rng.choice(["Oliver", "Grace", "Sven"])
    ctx = NAME_CTX[i % len(NAME_CTX)]
    text = ctx.format(n=n, n2=n2)
    pii = [{"kind": "name", "text": n}]
    if "{n2}" in ctx:
        pii.append({"kind": "name", "text": n2})
    case(text, pii)
for text, names in [
    ("مرحبا أحمد", ["أحمد"]), ("أنا وأحمد منصور", ["أحمد منصور"]), ("שלום דנה!", ["דנה"]),
    ("דנה כהן אמרה", ["דנה כהן"]), ("我和王小明去北京", ["王小明"]), ("王小明你好", ["王小明"]),
    ("さくらちゃん元気?", ["さくら"]), ("山田さんに聞いて", ["山田"]), ("민수가 왔어", ["민수"]),
    ("Annas Fahrrad", ["Anna"]), ("Anna's bike", ["Anna"]), ("Katharinas Hund", ["Katharina"]),
    ("Kathi kommt auch", ["Kathi"]), ("Sascha and Alex", ["Sascha", "Alex"]), ("Will said hi", ["Will"]),
    ("I saw Bill today", ["Bill"]), ("Grace called", ["Grace"]), ("ok Mark!", ["Mark"]),
]:
    case(text, [{"kind": "name", "text": n} for n in names])

# ---- payment cards (public test numbers, Luhn-completed) --------------------
def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


CARD_PREFIXES = [("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15), ("6011", 16),
                 ("65", 16), ("3528", 16), ("62", 16), ("36", 14), ("4", 13)]
for i in range(72):
    prefix, length = CARD_PREFIXES[i % len(CARD_PREFIXES)]
    n = luhn_complete(prefix, length)
    if length == 16:
        shown = rng.choice([groups(n, [4, 4, 4, 4], " "), groups(n, [4, 4, 4, 4], "-"), n])
    elif length == 15:
        shown = rng.choice([groups(n, [4, 6, 5], " "), n])
    else:
        shown = n
    case(rng.choice(["card {c} exp 12/27", "Karte: {c}", "use {c}, cvc in the other chat", "{c}"]).format(c=shown),
         [{"kind": "payment_card", "text": shown}])

# ---- IBANs (computed check digits) ------------------------------------------
IBAN_FORMATS = {"DE": "8n10n", "GB": "4a6n8n", "FR": "5n5n11c2n", "NL": "4a10n", "ES": "4n4n2n10n",
                "IT": "1a5n5n12c", "AT": "5n11n", "CH": "5n12c", "BE": "3n7n2n", "PL": "8n16n"}


def bban(fmt):
    out, num = "", ""
    for ch in fmt:
        if ch.isdigit():
            num += ch
            continue
        count = int(num)
        num = ""
        alphabet = {"n": "0123456789", "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "c": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}[ch]
        out += "".join(rng.choice(alphabet) for _ in range(count))
    return out


def iban(country):
    b = bban(IBAN_FORMATS[country])
    rearranged = b + country + "00"
    value = int("".join(str(int(c, 36)) for c in rearranged))
    return country + "%02d" % (98 - value % 97) + b


for i in range(70):
    country = list(IBAN_FORMATS)[i % len(IBAN_FORMATS)]
    v = iban(country)
    shown = rng.choice([" ".join(v[j:j + 4] for j in range(0, len(v), 4)), v])
    case(rng.choice(["IBAN {i}", "überweis auf {i} bitte", "my IBAN is {i}.", "{i}"]).format(i=shown),
         [{"kind": "iban", "text": shown}])

# ---- other kinds (reported, no strict target) -------------------------------
for url in ["https://example.org/private/42?token=abc", "www.example.com/u/anna", "http://192.0.2.7:8080/x"]:
    case("look: " + url + " ok", [{"kind": "url", "text": url}])
for ip in ["192.168.178.23", "10.0.0.1", "2001:db8::8a2e:370:7334", "fe80::1ff:fe23:4567:890a"]:
    case("server at " + ip + " is down", [{"kind": "ip_address", "text": ip}])
for addr in ["Lindenstraße 42", "Berliner Str. 5", "Hauptstr. 3a, 10115 Berlin", "221B Baker Street",
             "12 rue de la Paix", "Via Roma 12", "Keizersgracht 123", "350 5th Avenue"]:
    case("ich wohne jetzt " + addr + ", komm vorbei", [{"kind": "address", "text": addr}])
for key in ["sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz012345", "ghp_0123456789abcdefghijABCDEFGHIJ012345",
            "AKIAIOSFODNN7EXAMPLE"]:
    case("the key is " + key, [{"kind": "secret", "text": key}])

# ---- hard negatives: nothing here is personal data --------------------------
NEGATIVES = [
    "am 12.05.2024 um 14:30", "2024-05-12 14:30:59", "12/05/24", "05/12/2024 at 9pm", "von 2019 bis 2024",
    "kostet 1.234.567,00 €", "I paid 1234567 dollars", "$1,299.99 on sale", "€ 49,90 im Angebot",
    "score +10 points", "2:1 in der 90+3", "we won 21-19", "final score 103-98",
    "Bestellnummer 0301234567 ist unterwegs", "order #4158675309 shipped", "Tracking 00340434161094042557",
    "Kundennummer 0123 4567 890", "invoice 2024-000123", "ticket INC0012345", "Rechnung Nr. 2024/0815",
    "Version 10.0.19045 installiert", "update to v1.2.3.4", "build 22631.3447", "kernel 6.1.0-18-amd64",
    "ts=1700000000000", "at 1715520000", "uptime 1234567 s", "PLZ 10115 Berlin", "room 1204, floor 12",
    "flight LH 2024 at gate B12", "ISBN 978-3-16-148410-0", "coordinates 52.5200, 13.4050",
    "pi is 3.14159265358979", "2^32 = 4294967296", "0.1 + 0.2 = 0.30000000000000004",
    "the 3 main points", "Bring 5 Leute mit", "auf Platz 1 gelandet", "Im Jahr 2020",
    "Treffen am Hamburger Ring 3 Uhr", "530 SATA Drive", "a 120GB Drive", "VIA Technologies, Inc VT8378",
    "will you come?", "may I?", "mark my words", "grace period", "brown shoes", "max 5 people",
    "Mom is calling", "ask mom", "Climbing is fun", "the crew is here", "Annabelle and Annapolis",
    "Hannah is late", "Oliver Twist is a novel", "ok 👍", "lol 😂😂", "+1", "+1 from me",
    "💯💯💯", "C:: and ::", "12:30:45", "1.2.3.4.5", "300.1.1.1", "4111 1111 1111 1112",
    "9999 9999 9999 9995", "DE89 3704 0044 0532 0130 01", "ZZ89 3704 0044 0532 0130 00",
    "meet @ 5", "@ the station", "root@localhost", "a@1.2", "look ://nothing", "awww.so cute",
    "sk-short", "skeleton-keys-are-not-secrets-at-all", "pin the message", "tan lines", "1 000 000 views", "20 000 km", "10 000 steps today",
    "call 112 in an emergency", "dial 911", "ruf die 110", "Hotline 0800 unknown", "Code 0123456789012",
    "0049 is the prefix for Germany", "+49 is Germany", "phone numbers have 11 digits",
    "my number ends in 42", "see page 123456", "issue #1234567", "commit 4f2a9c1b7e", "UUID 123e4567-e89b-12d3-a456-426614174000",
    "sha 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "ID 12345678",
    "3 x 4 = 12", "5 + 5", "1/2 cup sugar", "15-20 minutes", "30 – 40 people", "9-5 job",
    "1990s music", "the 80s", "24/7", "365 days", "7 Tage", "12 Uhr mittags", "um 8",
]
for text in NEGATIVES:
    case(text, [], "negative")
# Generated negatives: dates, times, prices, order numbers, versions in many shapes.
for _ in range(120):
    kind = rng.randrange(8)
    if kind == 0:
        t = "%02d.%02d.%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(1990, 2030))
    elif kind == 1:
        t = "%d-%02d-%02dT%02d:%02d:%02d" % (rng.randint(1990, 2030), rng.randint(1, 12), rng.randint(1, 28),
                                           rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
    elif kind == 2:
        t = "%d,%02d €" % (rng.randint(1, 99999), rng.randint(0, 99))
    elif kind == 3:
        t = "order #" + digits(rng.randint(6, 12))
    elif kind == 4:
        t = "v%d.%d.%d" % (rng.randint(0, 20), rng.randint(0, 99), rng.randint(0, 999))
    elif kind == 5:
        t = "%d:%d" % (rng.randint(0, 9), rng.randint(0, 9))
    elif kind == 6:
        t = str(rng.randint(1000000000000, 1900000000000))
    else:
        t = "+%d" % rng.randint(1, 99)
    case(rng.choice(["{t}", "see {t}", "{t}!", "um {t}", "({t})"]).format(t=t), [], "negative")

print(json.dumps({"recipients": RECIPIENTS, "region": "DE"}, ensure_ascii=False))
for c in cases:
    print(json.dumps(c, ensure_ascii=False))
