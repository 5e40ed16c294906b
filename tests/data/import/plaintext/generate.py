#!/usr/bin/env python3
# Regenerates the main.jsonl fixtures in this folder (deterministic; run from anywhere).
# constructed/: the example of shared/docs/signal-jsonl-export.md §5 plus its deleted and edited lines.
# full/: every frame and chat-item kind the importer maps, attachments found by name and by hash.
# broken/: one file per error path.
import base64, hashlib, json, os, uuid

HERE = os.path.dirname(os.path.abspath(__file__))

def b64(b): return base64.b64encode(b).decode()
def aci(u): return b64(uuid.UUID(u).bytes)
def line(o): return json.dumps(o, ensure_ascii=False, separators=(",", ":"))
def write(path, text, mode="w"):
    path = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode) as f: f.write(text)

CONSTRUCTED = r'''{"version":"1","backupTimeMs":"1767312000000","mediaRootBackupKey":"BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc=","currentAppVersion":"Android 8.11.0","firstAppVersion":"Android 7.20.1"}
{"account":{"profileKey":"yMnKy8zNzs/Q0dLT1NXW19jZ2tvc3d7f4OHi4+Tl5uc=","username":"ada.07","givenName":"Ada","familyName":"Quill","accountSettings":{"readReceipts":true,"phoneNumberSharingMode":"NOBODY"}}}
{"recipient":{"id":"1","self":{}}}
{"recipient":{"id":"7","contact":{"aci":"Wy+MHn06T2CeIQxNintvEw==","e164":"4915112345678","profileSharing":true,"profileGivenName":"Ben","profileFamilyName":"Ort","registered":{},"nickname":{"given":"Benny"}}}}
{"recipient":{"id":"9","group":{"masterKey":"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=","whitelisted":true,"snapshot":{"title":{"title":"Climbing crew"},"version":3,"members":[{"userId":"Wy+MHn06T2CeIQxNintvEw==","role":"ADMINISTRATOR"},{"userId":"ocPl9wstTm+Km8HS4/QFFg==","role":"DEFAULT","joinedAtVersion":2}]}}}}
{"chat":{"id":"3","recipientId":"7"}}
{"chat":{"id":"4","recipientId":"9","archived":true}}
{"chatItem":{"chatId":"3","authorId":"7","dateSent":"1767225700000","incoming":{"dateReceived":"1767225700950","dateServerSent":"1767225700400","read":true,"sealedSender":true},"standardMessage":{"text":{"body":"Bouldering tonight?","bodyRanges":[{"length":10,"style":"BOLD"}]},"reactions":[{"emoji":"👍","authorId":"1","sentTimestamp":"1767225760000","sortOrder":"1"}]}}}
{"chatItem":{"chatId":"3","authorId":"1","dateSent":"1767225800000","outgoing":{"sendStatus":[{"recipientId":"7","timestamp":"1767225805000","read":{"sealedSender":true}}],"dateReceived":"1767225800000"},"standardMessage":{"quote":{"targetSentTimestamp":"1767225700000","authorId":"7","text":{"body":"Bouldering tonight?"},"type":"NORMAL"},"text":{"body":"Yes, 7pm"},"attachments":[{"pointer":{"contentType":"image/jpeg","width":1200,"height":900,"locatorInfo":{"key":"ZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp7fH1+f4CBgoOEhYaHiImKi4yNjo+QkZKTlJWWl5iZmpucnZ6foKGiow==","plaintextHash":"RdMK42a3/2EpnNmnDQsAGUezvfQ8cdB5gFdPOaxoDlY=","size":18,"localKey":"Cw4RFBcaHSAjJiksLzI1ODs+QURHSk1QU1ZZXF9iZWhrbnF0d3p9gIOGiYyPkpWYm56hpKeqrbCztrm8v8LFyA=="}},"wasDownloaded":true,"clientUuid":"Dx4tPEtaaXiHlqW0w9Lh8A=="}]}}}
{"chatItem":{"chatId":"4","authorId":"1","dateSent":"1767225900000","directionless":{},"updateMessage":{"groupChange":{"updates":[{"groupNameUpdate":{"updaterAci":"Wy+MHn06T2CeIQxNintvEw==","newGroupName":"Climbing crew"}}]}}}}
{"chatItem":{"chatId":"4","authorId":"7","dateSent":"1767226000000","incoming":{"dateReceived":"1767226000500","read":true},"remoteDeletedMessage":{}}}
{"chatItem":{"chatId":"3","authorId":"7","dateSent":"1767226200000","incoming":{"dateReceived":"1767226200300"},"standardMessage":{"text":{"body":"See you at 7:30"}},"revisions":[{"chatId":"3","authorId":"7","dateSent":"1767226100000","incoming":{"dateReceived":"1767226100300"},"standardMessage":{"text":{"body":"See you at 7"}}}]}}
'''

def constructed():
    write("constructed/main.jsonl", CONSTRUCTED)
    write("constructed/metadata.json", '{"version":1,"backupId":{"iv":"AAECAwQFBgcICQoL","encryptedId":"AAECAwQFBgcICQoLDA0ODw=="}}\n')
    # 18 bytes, as locatorInfo.size says; found by its derived name, not by content.
    write("constructed/files/ef/ef1b03d04c9e1a1ded78e5f5c207254cacc7eadfb313234c6f8f42e71f5e9d99.jpg",
          b"\xff\xd8\xff\xe0constructed\xff\xd9\x00", "wb")

ME = "a1c3e5f7-0b2d-4e6f-8a9b-c1d2e3f40516"
CARA = "0c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f"
DAN = "11111111-2222-4333-8444-555555555555"
BEN = "5b2f8c1e-7d3a-4f60-9e21-0c4d8a7b6f13"

def pointer(data, content_type, local_key=True, file_name=None, **extra):
    h = hashlib.sha256(data).digest()
    loc = {"key": b64(bytes(range(64))), "plaintextHash": b64(h), "size": str(len(data))}
    p = {"contentType": content_type, "locatorInfo": loc}
    if local_key:
        lk = bytes((i * 7) % 256 for i in range(64))
        loc["localKey"] = b64(lk)
        name = hashlib.sha256(h + lk).hexdigest()
    else:
        name = hashlib.sha256(h + b"unknown-key").hexdigest()  # what the phone used; unknowable here
    if file_name: p["fileName"] = file_name
    p.update(extra)
    return p, name

def full():
    lines = []
    L = lambda o: lines.append(line(o))
    files = {}
    L({"version": "1", "backupTimeMs": "1767312000000", "currentAppVersion": "Android 8.12.0"})
    L({"account": {"username": "ada.07", "givenName": "Ada", "familyName": "Quill", "bioText": "hi", "futureAccountField": 1}})
    L({"recipient": {"id": "1", "self": {"avatarColor": "A100"}}})
    L({"recipient": {"id": "2", "releaseNotes": {}}})
    L({"recipient": {"id": "7", "contact": {"aci": aci(BEN), "e164": "4915112345678", "profileGivenName": "Ben", "profileFamilyName": "Ort", "nickname": {"given": "Benny"}, "systemGivenName": "Benjamin", "systemFamilyName": "Ort", "systemNickname": "B", "username": "ben.01"}}})
    L({"recipient": {"id": "8", "contact": {"aci": aci(CARA), "profileGivenName": "Cara", "blocked": True}}})
    # The older reflective writer: numbers instead of strings, explicit nulls for unset members.
    L({"account": None, "recipient": {"id": 10, "contact": {"aci": aci(DAN), "e164": 4917000000001, "profileGivenName": "Dan", "profileFamilyName": None, "username": None}, "group": None, "self": None}, "chat": None})
    L({"recipient": {"id": "9", "group": {"masterKey": b64(bytes(range(32))), "snapshot": {"title": {"title": "Climbing crew"}, "members": [{"userId": aci(BEN), "role": "ADMINISTRATOR"}, {"userId": aci(ME)}, {"userId": aci(CARA)}]}}}})
    L({"recipient": {"id": "11", "group": {"masterKey": b64(bytes(range(1, 33))), "snapshot": {"members": [{"userId": aci(ME)}, {"userId": aci(DAN)}]}}}})
    L({"recipient": {"id": "12", "distributionList": {"distributionId": b64(bytes(16)), "distributionList": {"name": "My Story"}}}})
    L({"stickerPack": {"packId": b64(bytes(16)), "packKey": b64(bytes(32))}})
    L({"chat": {"id": "3", "recipientId": "7"}})
    L({"chat": {"id": "4", "recipientId": "9"}})
    L({"chat": {"id": "5", "recipientId": "1"}})
    L({"chat": {"id": "6", "recipientId": "2"}})
    L({"chat": {"id": 13, "recipientId": 10, "archived": None}})
    L({"chat": {"id": "14", "recipientId": "11"}})
    L({"futureFrame": {"x": 1}})
    L({})
    t = 1767225600000
    def item(chat, author, dt, direction, **kw):
        o = {"chatId": str(chat), "authorId": str(author), "dateSent": str(t + dt)}
        if direction == "in": o["incoming"] = {"dateReceived": str(t + dt + 500), "read": True}
        elif direction == "out": o["outgoing"] = {"dateReceived": str(t + dt), "sendStatus": [{"recipientId": "7", "timestamp": str(t + dt + 1000), "delivered": {}}]}
        elif direction == "none": o["directionless"] = {}
        o.update(kw)
        return {"chatItem": o}
    # 1:1 with Ben: text, reply with quote, style range, URL + link preview
    L(item(3, 7, 1000, "in", standardMessage={"text": {"body": "Morning! Coffee?", "bodyRanges": [{"start": 0, "length": 7, "style": "ITALIC"}]},
          "reactions": [{"emoji": "❤️", "authorId": "1", "sentTimestamp": str(t + 1500), "sortOrder": "1"}, {"emoji": "😂", "authorId": "7", "sentTimestamp": str(t + 1600), "sortOrder": "2"}]}))
    L(item(3, 1, 2000, "out", standardMessage={"quote": {"targetSentTimestamp": str(t + 1000), "authorId": "7", "text": {"body": "Morning! Coffee?"}, "type": "NORMAL"}, "text": {"body": "Sure, see https://example.org/cafe"},
          "linkPreview": [{"url": "https://example.org/cafe", "title": "Cafe", "description": "Best beans", "date": str(t)}]}))
    # image found by its derived name; image found by hashing (no localKey); a file the export lacks
    img1 = b"\x89PNG\r\n\x1a\nfirst-image"
    p1, n1 = pointer(img1, "image/png", caption="a view")
    files["files/%s/%s.png" % (n1[:2], n1)] = img1
    img2 = b"\xff\xd8\xff\xe0second-image\xff\xd9"
    p2, n2 = pointer(img2, "image/jpeg", local_key=False, width=640, height=480)
    files["files/%s/%s.jpg" % (n2[:2], n2)] = img2
    p3, _ = pointer(b"never exported", "video/mp4", file_name="clip.mp4")
    L(item(3, 7, 3000, "in", standardMessage={"text": {"body": "Look"}, "attachments": [{"pointer": p1, "wasDownloaded": True}, {"pointer": p2}, {"pointer": p3}]}))
    voice = b"OggS-voice-note"
    pv, nv = pointer(voice, "audio/ogg")
    files["files/%s/%s.ogg" % (nv[:2], nv)] = voice
    L(item(3, 1, 4000, "out", standardMessage={"attachments": [{"pointer": pv, "flag": "VOICE_MESSAGE"}]}))
    # long text: body is the truncated start; the full text is a file found by hash
    full_text = "This is the long message. " * 120 + "The end."
    pl, nl = pointer(full_text.encode(), "text/x-signal-plain", local_key=False)
    files["files/%s/%s" % (nl[:2], nl)] = full_text.encode()
    L(item(3, 7, 5000, "in", standardMessage={"text": {"body": full_text[:50]}, "longText": pl}))
    pm, _ = pointer(b"missing long text", "text/x-signal-plain")
    L(item(3, 7, 5500, "in", standardMessage={"text": {"body": "Truncated start"}, "longText": pm}))
    # edit with two earlier revisions; reactions only on the latest
    L(item(3, 1, 8000, "out", standardMessage={"text": {"body": "Meet at 8:30"}, "reactions": [{"emoji": "👍", "authorId": "7", "sentTimestamp": str(t + 9000)}]},
          revisions=[item(3, 1, 6000, "out", standardMessage={"text": {"body": "Meet at 8"}})["chatItem"], item(3, 1, 7000, "out", standardMessage={"text": {"body": "Meet at 8:15"}})["chatItem"]]))
    L(item(3, 7, 10000, "in", remoteDeletedMessage={}))
    L(item(3, 7, 11000, "none", updateMessage={"individualCall": {"type": "VIDEO_CALL", "direction": "INCOMING", "state": "ACCEPTED", "startedCallTimestamp": str(t + 11000)}}))
    L(item(3, 1, 12000, "none", updateMessage={"simpleUpdate": {"type": "IDENTITY_UPDATE"}}))
    L(item(3, 7, 13000, "in", stickerMessage={"sticker": {"packId": b64(bytes(16)), "packKey": b64(bytes(32)), "stickerId": 3, "emoji": "🐱", "data": {"contentType": "image/webp", "locatorInfo": {}}}}))
    L(item(3, 7, 14000, "in", viewOnceMessage={"reactions": []}))
    L(item(3, 7, 15000, "in", contactMessage={"contact": {"name": {"givenName": "Shared"}}}))
    L(item(3, 1, 16000, "out", directStoryReplyMessage={"textReply": {"text": {"body": "Nice story!"}}}))
    L(item(3, 7, 17000, "in", paymentNotification={"note": "for lunch"}))
    L(item(3, 7, 18000, "in", sms=True, standardMessage={"text": {"body": "sent as SMS"}}))
    L(item(3, 1, 19000, "out", futureItemKind={"a": 1}))
    failed = item(3, 1, 20000, "out", standardMessage={"text": {"body": "did not send"}})
    failed["chatItem"]["outgoing"]["sendStatus"] = [{"recipientId": "7", "failed": {"reason": "NETWORK"}}]
    L(failed)
    # group: mentions of a contact and of the user (whose ACI only the member list reveals);
    # an emoji before the mention checks that offsets are UTF-16 code units.
    L(item(4, 7, 21000, "in", standardMessage={"text": {"body": "😀 \ufffc and \ufffc: 7pm?", "bodyRanges": [{"start": 3, "length": 1, "mentionAci": aci(ME)}, {"start": 9, "length": 1, "mentionAci": aci(CARA)}]}}))
    L(item(4, 8, 22000, "in", standardMessage={"text": {"body": "\ufffc who?", "bodyRanges": [{"length": 1, "mentionAci": aci("99999999-9999-4999-8999-999999999999")}]}}))
    L(item(4, 1, 23000, "none", updateMessage={"groupChange": {"updates": [{"groupMemberAddedUpdate": {"newMemberAci": aci(CARA)}}]}}))
    L(item(4, 8, 24000, "in", adminDeletedMessage={"adminId": "7"}))
    L(item(4, 7, 25000, "none", updateMessage={"groupCall": {"state": "JOINED", "startedCallTimestamp": str(t + 25000)}}))
    L(item(4, 7, 26000, "in", poll={"question": "Where?", "options": [{"option": "Gym"}]}))
    # note to self, release notes, older writer form, a chat the export does not list
    L(item(5, 1, 27000, "out", standardMessage={"text": {"body": "buy chalk"}}))
    L(item(6, 2, 28000, "in", standardMessage={"text": {"body": "What's new in Signal"}}))
    L({"chatItem": {"chatId": 13, "authorId": 10, "dateSent": t + 29000, "expiresInMs": None, "incoming": {"dateReceived": t + 29500, "read": None}, "outgoing": None, "standardMessage": {"text": {"body": "old writer", "bodyRanges": None}, "quote": None, "attachments": [], "reactions": None}, "updateMessage": None}})
    L(item(14, 10, 30000, "in", standardMessage={"text": {"body": "unnamed group hello"}}))
    L(item(99, 7, 31000, "in", standardMessage={"text": {"body": "orphan"}}))
    write("full/main.jsonl", "\n".join(lines) + "\n")
    write("full/metadata.json", '{"version":1,"backupId":{"iv":null,"encryptedId":null}}\n')
    for path, data in files.items(): write("full/" + path, data, "wb")
    # a stray file nobody references
    write("full/files/00/unreferenced.bin", b"stray", "wb")

def broken():
    head = CONSTRUCTED.splitlines(True)[:7]
    write("broken/bad-json.jsonl", "".join(head[:3]) + '{"recipient":{"id":"7","contact":{"aci":\n' + "".join(head[5:]))
    write("broken/not-object.jsonl", "".join(head[:3]) + "[1,2,3]\n")
    write("broken/bad-number.jsonl", "".join(head) + '{"chatItem":{"chatId":"3","authorId":"7","dateSent":"12ab","incoming":{}}}\n')
    write("broken/bad-recipient-id.jsonl", "".join(head[:3]) + '{"recipient":{"id":"-4","contact":{}}}\n')
    write("broken/invalid-utf8.jsonl", ("".join(head)).encode() + b'{"chatItem":{"chatId":"3","authorId":"7","dateSent":"1767225700000","incoming":{},"standardMessage":{"text":{"body":"caf\xe9"}}}}\n', "wb")
    # JSON allows an escaped surrogate on its own; it stands for no character (and a pair stays)
    write("broken/lone-surrogate.jsonl", "".join(head) + '{"chatItem":{"chatId":"3","authorId":"7","dateSent":"1767225700000","incoming":{},"standardMessage":{"text":{"body":"half \\ud83d of a pair, a whole \\ud83d\\ude00 one"}}}}\n')
    write("broken/empty.jsonl", "")
    write("broken/blank-lines.jsonl", "\n\n  \n")
    write("broken/no-self.jsonl", '{"version":"1"}\n{"recipient":{"id":"7","contact":{"profileGivenName":"Ben"}}}\n{"recipient":{"id":"5","contact":{"profileGivenName":"Solo"}}}\n{"chat":{"id":"3","recipientId":"7"}}\n{"chatItem":{"chatId":"3","authorId":"5","dateSent":"1767225700000","outgoing":{},"standardMessage":{"text":{"body":"hi"}}}}\n')
    write("broken/newer-version.jsonl", '{"version":"2","backupTimeMs":"1"}\n{"recipient":{"id":"1","self":{}}}\n')
    write("broken/no-header.jsonl", '{"recipient":{"id":"1","self":{}}}\n')
    write("broken/bad-frame.jsonl", '{"version":"1"}\n{"recipient":"seven"}\n')
    os.makedirs(os.path.join(HERE, "broken/no-main"), exist_ok=True)
    write("broken/no-main/metadata.json", '{"version":1}\n')

constructed(); full(); broken()
