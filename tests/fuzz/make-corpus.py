#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Idiolect contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the seed corpora in tests/fuzz/corpus/<target>/ from the demo export
(resources/demo) and the importer fixtures (tests/data/import).

Seeds are small on purpose: libFuzzer mutates them, and fuzzing speed falls
with input size. Run from anywhere; existing seeds are replaced, the files
libFuzzer adds during a run (named by their SHA-1) are kept.
"""
import csv
import gzip
import io
import json
import os
import struct
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
IMPORT = ROOT / "tests" / "data" / "import"
CORPUS = Path(__file__).resolve().parent / "corpus"
TABLE_SEPARATOR = b"\n--idiolect-table--\n"  # fuzz_signal_csv.cpp

csv.field_size_limit(1 << 30)


def write(target, name, data):
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


def raw_records(data):
    """Splits CSV bytes into raw records (quoted fields may hold newlines)."""
    records, start, quoted = [], 0, False
    for i, c in enumerate(data):
        if c == ord('"'):
            quoted = not quoted
        elif c == ord("\n") and not quoted:
            records.append(data[start:i + 1])
            start = i + 1
    if start < len(data):
        records.append(data[start:])
    return records


def demo_table(name, keep=None):
    """The demo table's header plus the records whose dict passes keep()."""
    data = (DEMO / f"{name}.csv").read_bytes()
    records = raw_records(data)
    header = records[0]
    columns = next(csv.reader([header.decode()]))
    out = [header]
    for record in records[1:]:
        row = dict(zip(columns, next(csv.reader(io.StringIO(record.decode(), newline="")))))
        if keep is None or keep(row):
            out.append(record)
    return b"".join(out)


def rows(name):
    with open(DEMO / f"{name}.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


# --- fuzz_csv_tokenizer ------------------------------------------------------------------
def csv_tokenizer():
    t = "fuzz_csv_tokenizer"
    message = (DEMO / "message.csv").read_bytes()
    write(t, "demo-message-head.csv", b"".join(raw_records(message)[:12]))
    write(t, "demo-recipient.csv", (DEMO / "recipient.csv").read_bytes())
    write(t, "demo-mention.csv", (DEMO / "mention.csv").read_bytes())
    write(t, "quoted.csv", b'a,b,c\n"x, y","he said ""hi""","multi\nline"\n1,,3\n')
    write(t, "crlf.csv", b'a,b\r\n"1\r\n2",x\r\n3,4\r\n')
    write(t, "bom.csv", b"\xef\xbb\xbfa,b\n1,2")
    write(t, "trailing-comma.csv", b"a,b,\n1,2,")
    write(t, "bare-cr.csv", b"a\rb,c\n")
    write(t, "unterminated.csv", b'a,b\n1,"open\n')
    write(t, "text-after-quote.csv", b'a,b\n"1"x,2\n')
    write(t, "empty.csv", b"")
    for folder in sorted((IMPORT / "broken").glob("*")) if (IMPORT / "broken").exists() else []:
        f = folder / "message.csv"
        if f.exists() and f.stat().st_size <= 4096:
            write(t, f"broken-{folder.name}.csv", f.read_bytes())


# --- fuzz_signal_csv ---------------------------------------------------------------------
def signal_csv():
    t = "fuzz_signal_csv"
    threads = {"11", "2"}
    messages = [r for r in rows("message") if r["thread_id"] in threads][:40]
    ids = {r["_id"] for r in messages}
    tables = [
        demo_table("recipient"),
        demo_table("thread"),
        demo_table("groups"),
        demo_table("group_membership"),
        demo_table("message", lambda r: r["_id"] in ids),
        demo_table("reaction", lambda r: r["message_id"] in ids),
        demo_table("attachment", lambda r: r["message_id"] in ids),
        demo_table("mention"),
    ]
    write(t, "demo-two-threads", TABLE_SEPARATOR.join(tables))
    write(t, "demo-messages-only", TABLE_SEPARATOR.join(tables[:2] + [tables[4]]))
    broken = IMPORT / "broken"
    for folder in sorted(broken.glob("*")) if broken.exists() else []:
        files = sorted(folder.glob("*.csv"))
        if files and sum(f.stat().st_size for f in files) <= 16384:
            write(t, f"broken-{folder.name}", TABLE_SEPARATOR.join(f.read_bytes() for f in files))


# --- fuzz_signal_rows --------------------------------------------------------------------
# Mirrors FuzzDatabase::schema() and value() in fuzz_signal_rows.cpp.
ROW_SCHEMA = [
    ("recipient", "_id,type,e164,aci,username,email,group_id,distribution_list_id,blocked,"
     "profile_given_name,profile_family_name,profile_joined_name,system_given_name,"
     "system_family_name,system_joined_name,system_nickname,nickname_given_name,"
     "nickname_family_name,nickname_joined_name"),
    ("groups", "_id,group_id,recipient_id,title,active,members,master_key"),
    ("group_membership", "_id,group_id,recipient_id"),
    ("distribution_list", "_id,name,distribution_id,recipient_id"),
    ("thread", "_id,date,meaningful_messages,recipient_id,archived,active"),
    ("sms", "_id,thread_id,address,date,date_sent,type,body,protocol,read"),
    ("message", "_id,date_sent,date_received,thread_id,from_recipient_id,to_recipient_id,type,"
     "body,quote_id,quote_author,quote_body,remote_deleted,deleted_by,latest_revision_id,"
     "original_message_id,story_type,parent_story_id,view_once,expires_in,link_previews,"
     "reactions"),
    ("attachment", "_id,message_id,content_type,data_size,file_name,voice_note,width,height,"
     "caption,sticker_pack_id,quote,unique_id"),
    ("mention", "_id,thread_id,message_id,recipient_id,range_start,range_length"),
    ("reaction", "_id,message_id,author_id,emoji,date_sent,date_received"),
]


def encode_value(text):
    if text == "":
        return b"\x00"
    try:
        v = int(text)
    except ValueError:
        data = text.encode("utf-8")[:64]
        return b"\x05" + bytes([len(data)]) + data
    if 0 <= v < 16:
        return b"\x01" + bytes([v])
    if -128 <= v < 128:
        return b"\x02" + struct.pack("<b", v)
    if -32768 <= v < 32768:
        return b"\x03" + struct.pack("<h", v)
    if v % 1000 == 0 and -(1 << 47) <= v // 1000 < (1 << 47):
        return b"\x09" + struct.pack("<q", v // 1000)[:6]
    return b"\x04" + struct.pack("<q", v)


def signal_rows():
    t = "fuzz_signal_rows"
    threads = {"11", "2", "12"}
    messages = [r for r in rows("message") if r["thread_id"] in threads][:60]
    ids = {r["_id"] for r in messages}
    chosen = {
        "message": messages,
        "reaction": [r for r in rows("reaction") if r["message_id"] in ids],
        "attachment": [r for r in rows("attachment") if r["message_id"] in ids],
        "mention": rows("mention"),
        "sms": [],  # the demo export has no legacy tables
    }
    # Every table with all its columns, except the legacy sms table (its presence turns
    # "message" into the legacy mms table).
    out = bytearray(0xF0 if name == "sms" else 0x80 for name, _ in ROW_SCHEMA)
    for index, (name, columns) in enumerate(ROW_SCHEMA):
        for row in chosen[name] if name in chosen else rows(name):
            out.append(index)
            for column in columns.split(","):
                out += encode_value(row.get(column, ""))
    write(t, "demo-three-threads", bytes(out))
    no_recipients = bytearray(out)
    no_recipients[0] = 0xF0  # recipient table missing
    write(t, "demo-no-recipient-table", bytes(no_recipients))
    legacy = bytearray(b"\x80" * len(ROW_SCHEMA))
    sms = [name for name, _ in ROW_SCHEMA].index("sms")
    for i, r in enumerate(messages[:20]):
        legacy.append(sms)
        for column, value in [("_id", str(i + 1)), ("thread_id", r["thread_id"]),
                              ("address", r["from_recipient_id"]), ("date", r["date_received"]),
                              ("date_sent", r["date_sent"]), ("type", r["type"]),
                              ("body", r["body"]), ("protocol", "0"), ("read", "1")]:
            legacy += encode_value(value)
    write(t, "legacy-sms", bytes(legacy))
    write(t, "empty", b"")


# --- fuzz_link_previews ------------------------------------------------------------------
def link_previews():
    t = "fuzz_link_previews"
    for i, r in enumerate(r for r in rows("message") if r["link_previews"]):
        write(t, f"demo-{i}.json", r["link_previews"])
    write(t, "page.json", json.dumps([{"url": "https://example.org/a", "title": "A page",
                                       "description": "Some text\nover lines", "date": 1}]))
    write(t, "generic-x.json", json.dumps([{"url": "https://x.com/a/status/1", "title": "X",
                                            "description": "JavaScript is not available."}]))
    write(t, "empty-array.json", "[]")
    write(t, "not-array.json", '{"url":"https://a.b"}')


# --- fuzz_plaintext and fuzz_zip ---------------------------------------------------------
def zip_bytes(files, method, zip64=False):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=method) as z:
        for name, data in files:
            with z.open(zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), "w",
                        force_zip64=zip64) as f:
                f.write(data)
    return buffer.getvalue()


def plaintext_and_zip():
    folder = IMPORT / "plaintext"
    constructed = (folder / "constructed" / "main.jsonl").read_bytes()
    metadata = (folder / "constructed" / "metadata.json").read_bytes()
    write("fuzz_plaintext", "full.jsonl", (folder / "full" / "main.jsonl").read_bytes())
    write("fuzz_plaintext", "constructed.jsonl", constructed)
    for f in sorted((folder / "broken").glob("*.jsonl")):
        write("fuzz_plaintext", f"broken-{f.name}", f.read_bytes())
    files = [("main.jsonl", constructed), ("metadata.json", metadata)]
    stored = zip_bytes(files, zipfile.ZIP_STORED)
    deflated = zip_bytes(files, zipfile.ZIP_DEFLATED)
    nested = zip_bytes([("export/" + n, d) for n, d in files], zipfile.ZIP_DEFLATED)
    write("fuzz_plaintext", "constructed-stored.zip", stored)
    write("fuzz_plaintext", "constructed-deflated.zip", deflated)
    write("fuzz_plaintext", "constructed-in-folder.zip", nested)
    small = [("a.txt", b"hello\n"), ("dir/b.bin", bytes(range(256))), ("dir/", b"")]
    write("fuzz_zip", "stored.zip", zip_bytes(small, zipfile.ZIP_STORED))
    write("fuzz_zip", "deflated.zip", zip_bytes(small, zipfile.ZIP_DEFLATED))
    write("fuzz_zip", "zip64.zip", zip_bytes(small[:2], zipfile.ZIP_DEFLATED, zip64=True))
    write("fuzz_zip", "plaintext-export.zip", deflated)
    write("fuzz_zip", "empty.zip", zip_bytes([], zipfile.ZIP_STORED))


# --- fuzz_sigexport ----------------------------------------------------------------------
def sigexport():
    t = "fuzz_sigexport"
    folder = IMPORT / "sigexport"
    for f in sorted(folder.glob("export/*/data.json")) + sorted(folder.glob("dst/*/data.json")):
        write(t, f"{f.parent.name}.json", f.read_bytes())
    for f in sorted(folder.glob("broken/*/*/data.json")):
        write(t, f"broken-{f.parent.parent.name}.json", f.read_bytes())


# --- fuzz_dataset_validator --------------------------------------------------------------
def dataset_validator():
    t = "fuzz_dataset_validator"
    meta = {"id": "a1", "type": "conversational", "delay_seconds": 12.5}
    alpaca = {"instruction": "Reply as me.", "input": "are you coming?", "output": "yes, 10 min",
              "system": "You write like Ada.", "metadata": meta}
    sharegpt = {"conversations": [{"from": "system", "value": "You write like Ada."},
                                  {"from": "human", "value": "are you coming?"},
                                  {"from": "gpt", "value": "yes, 10 min"}]}
    messages = {"messages": [{"role": "user", "content": "are you coming?"},
                             {"role": "assistant", "content": "yes", "weight": 1},
                             {"role": "assistant", "content": "10 min", "weight": 1}]}
    lines = [json.dumps(x, ensure_ascii=False) for x in (alpaca, sharegpt, messages)]
    write(t, "rows.jsonl", "\n".join(lines) + "\n")
    write(t, "array.json", json.dumps([alpaca, alpaca]))
    write(t, "examples.json", json.dumps({"examples": [sharegpt]}))
    write(t, "rows.jsonl.gz", gzip.compress(("\n".join(lines) + "\n").encode(), mtime=0))
    write(t, "broken.jsonl", '{"instruction": 1, "output": ""}\n[1,2]\nnot json\n'
          '{"messages": [{"role": "assistant", "content": "x"}]}\n')


# --- fuzz_enrich_responses ---------------------------------------------------------------
def enrich_responses():
    t = "fuzz_enrich_responses"
    ok = b"\x00"  # status byte 0: HTTP 200 (fuzz_enrich_responses.cpp)
    tweet = {"code": 200, "message": "OK", "tweet": {
        "id": "1788234567890123456", "text": "Reminder: the M29 is not a race track.\nReally.",
        "author": {"screen_name": "berlinbuses", "name": "Berlin Buses"}}}
    write(t, "tweet.json", ok + json.dumps(tweet).encode())
    write(t, "tweet-numeric-id.json", ok + b'{"code":200,"tweet":{"id":1788234567890123456,'
          b'"text":"x","author":{}}}')
    write(t, "tweet-not-found.json", b"\x08" + b'{"code":404,"message":"NOT_FOUND"}')
    write(t, "vision.json", ok + json.dumps({"object": "chat.completion", "choices": [
        {"message": {"role": "assistant", "content": "A dog on a red sofa, looking at the camera."}}
    ]}).encode())
    write(t, "vision-parts.json", ok + json.dumps({"choices": [{"message": {"content": [
        {"type": "text", "text": "<think>hm</think>Description: **a bicycle**"}]}}]}).encode())
    write(t, "vision-refusal.json", ok + b'{"choices":[{"message":{"content":null,'
          b'"refusal":"I can\'t."}}]}')
    write(t, "redirect.txt", b"\x04" + b"https://example.org/page?a=1")
    write(t, "html-error.html", b"\x0a<html><body>502 Bad Gateway</body></html>")


if __name__ == "__main__":
    enrich_responses()
    csv_tokenizer()
    signal_csv()
    signal_rows()
    link_previews()
    plaintext_and_zip()
    sigexport()
    dataset_validator()
    for target in sorted(CORPUS.iterdir()):
        files = list(target.iterdir())
        print(f"{target.name}: {len(files)} seeds, {sum(f.stat().st_size for f in files)} bytes")
