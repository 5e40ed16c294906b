#!/usr/bin/env python3
# Regenerates the signal-export (sigexport) fixtures in this folder, deterministically.
# Lines follow sigexport's models.Message.dict_str(): json.dumps(..., ensure_ascii=False),
# naive local ISO dates, body with two trailing spaces, quote as "\n\n> text\n\n".
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))

def msg(date, sender, body="", quote="", sticker=None, reactions=(), attachments=(), **extra):
    m = {"date": date, "sender": sender, "body": body + "  ", "quote": quote, "sticker": sticker,
         "reactions": [list(r) for r in reactions], "attachments": list(attachments)}
    m.update(extra)
    return json.dumps(m, ensure_ascii=False)

def q(text): return "\n\n> " + text.replace("\n", "\n> ") + "\n\n"

def write(path, text, mode="w"):
    path = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode) as f: f.write(text)

def export():
    root = "export/"
    if os.path.isdir(os.path.join(HERE, "export")): shutil.rmtree(os.path.join(HERE, "export"))
    ben = [
        msg("2026-01-01T09:00:01.250000", "BenOrt", "Morning! Coffee?", reactions=[("NotetoSelf", "❤️"), ("BenOrt", "😂")]),
        msg("2026-01-01T09:00:02", "Me", "Sure, see https://example.org/cafe", quote=q("Morning! Coffee?")),
        msg("2026-01-01T09:00:03", "BenOrt", "Look", attachments=[
            {"name": "2026-01-01T09-00-03.000_00_view.jpg", "path": "media/2026-01-01T09-00-03.000_00_view.jpg"},
            {"name": "2026-01-01T09-00-03.000_01_clip.mp4", "path": "media/2026-01-01T09-00-03.000_01_clip.mp4"}]),
        msg("2026-01-01T09:00:04", "Me", "", attachments=[{"name": "voice note.m4a", "path": "media/voice%20note.m4a"}]),
        msg("2026-01-01T09:00:08", "Me", "Meet at 8:30", edits=[{"date": "2026-01-01T09:00:06", "body": "Meet at 8  "}, {"date": "2026-01-01T09:00:07", "body": "Meet at 8:15  "}]),
        msg("2026-01-01T09:00:10", "BenOrt", "", deleted=True),
        msg("2026-01-01T09:00:11", "BenOrt", "Incoming video call (accepted, 1m 2s)", call=True, missed=False),
        msg("2026-01-01T09:00:12", "Me", "Outgoing voice call (unanswered)"),
        msg("2026-01-01T09:00:13", "BenOrt", "", sticker="🐱"),
        msg("2026-01-01T09:00:14", "BenOrt", "", sticker={"id": "3", "packId": "abcd", "packKey": "k", "emoji": "🐶", "extension": "webp"}),
        msg("2026-01-01T09:00:15", "BenOrt", "code: x = 1", futureKey=1),
        msg("2026-01-01T09:00:16", "Me", "multi\nline", quote=q("code: `x = 1`")),
        msg("2026-01-01T09:00:17+01:00", "Me", "explicit offset"),
    ]
    write(root + "BenOrt/data.json", "\n".join(ben) + "\n")
    write(root + "BenOrt/chat.md", "[2026-01-01 09:00:01] BenOrt: Morning! Coffee?  \n\n")
    write(root + "BenOrt/media/2026-01-01T09-00-03.000_00_view.jpg", b"\xff\xd8\xff\xe0view\xff\xd9", "wb")
    write(root + "BenOrt/media/voice note.m4a", b"voice", "wb")
    write(root + "exported_stickers/abcd/3.webp", b"RIFF0000WEBP", "wb")
    crew = [
        msg("2026-01-01T10:00:00", "BenOrt", "Who is in? \ufffc"),
        msg("2026-01-01T10:00:01", "Cara", "me!", reactions=[("Me", "👍")]),
        msg("2026-01-01T10:00:02", "Me", "me too", quote=q("Who is in? \ufffc")),
        msg("2026-01-01T10:00:03", "No-Sender", "who wrote this"),
        msg("2026-01-01T10:00:04", "Cara", "Missed voice call"),
        msg("2026-01-01T10:00:05", "BenOrt", "me!"),
        msg("2026-01-01T10:00:06", "Me", "both of you then", quote=q("me!")),
    ]
    write(root + "ClimbingCrew/data.json", "\n".join(crew) + "\n")
    write(root + "NotetoSelf/data.json", msg("2026-01-02T08:00:00", "Me", "buy chalk") + "\n")
    write(root + "Cara/data.json", msg("2026-01-02T09:00:00", "Me", "Are you coming?") + "\n")
    array = [json.loads(msg("2026-01-03T09:00:00", "Dan", "array form")), json.loads(msg("2026-01-03T09:00:01", "Me", "still read"))]
    write(root + "Dan/data.json", json.dumps(array, ensure_ascii=False, indent=1) + "\n")
    write(root + "NoJson/chat.md", "only markdown\n")

def dst():
    # Europe/Berlin: clocks go forward 2023-03-26 02:00 → 03:00, back 2023-10-29 03:00 → 02:00.
    lines = [
        msg("2023-03-26T01:59:00", "Kim", "before the gap"),
        msg("2023-03-26T02:30:00", "Kim", "inside the gap"),
        msg("2023-03-26T03:01:00", "Kim", "after the gap"),
        msg("2023-10-29T02:30:00", "Kim", "first pass, summer time"),
        msg("2023-10-29T02:45:00", "Me", "still summer time"),
        msg("2023-10-29T02:15:00", "Kim", "second pass, winter time"),
        msg("2023-10-29T02:40:00", "Me", "winter time"),
        msg("2023-10-29T03:10:00", "Kim", "after"),
    ]
    write("dst/Kim/data.json", "\n".join(lines) + "\n")

def broken():
    good = msg("2026-01-01T09:00:00", "Ben", "hello")
    write("broken/bad-json/Chat/data.json", good + "\n" + '{"date": "2026-01-01T09:00:01", "sender": "Ben", "body": \n' + good + "\n")
    write("broken/bad-date/Chat/data.json", good + "\n" + msg("01/02/2026 09:00", "Ben", "hi") + "\n")
    write("broken/not-object/Chat/data.json", good + "\n[1, 2]\n")
    write("broken/invalid-utf8/Chat/data.json", (good + "\n").encode() + b'{"date": "2026-01-01T09:00:02", "sender": "Ben", "body": "caf\xe9  ", "quote": "", "sticker": null, "reactions": [], "attachments": []}\n', "wb")
    write("broken/bad-array/Chat/data.json", '[{"date": "2026-01-01T09:00:00"},\n')
    write("broken/no-conversations/readme.txt", "nothing here\n")

export(); dst(); broken()
