#!/usr/bin/env python3
# Regenerates the Signal CSV/SQLite fixtures of the importer tests (deterministic).
# minimal/: a valid three-message export (message, recipient, thread).
# broken/:  one folder per error path or repair, each a copy of minimal/ with one defect;
#           tests/core/import/tst_importerrors.cpp lists what each must produce.
import os, random, shutil, sqlite3

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = {
    'recipient.csv': '_id,type,e164,aci,group_id,blocked,profile_given_name,profile_family_name,'
                     'profile_joined_name,system_joined_name\n'
                     '1,0,+4915100000001,0b3f5c2e-1111-4a1a-8a1a-000000000001,,0,Ana,Silva,Ana Silva,\n'
                     '3,0,+4915100000003,0b3f5c2e-3333-4a1a-8a1a-000000000003,,0,Ben,,Ben,\n',
    'thread.csv': '_id,date,meaningful_messages,recipient_id\n1,1700000120100,3,1\n',
    'message.csv': '_id,date_sent,date_received,thread_id,from_recipient_id,to_recipient_id,type,body\n'
                   '1,1700000000000,1700000000100,1,1,3,10485780,Hello there\n'
                   '2,1700000060000,1700000060010,1,3,1,10485783,"Hi, Ana"\n'
                   '3,1700000120000,1700000120100,1,1,3,10485780,How are you?\n',
}
PNG = bytes.fromhex('89504e470d0a1a0a0000000d494844520000000200000002010300000048789f670000'
                    '0003504c5445ee9944d53474aa0000000c4944415408d763606060000000040001273427'
                    '0a0000000049454e44ae426082')


def write(folder, files):
    folder = os.path.join(HERE, folder)
    if os.path.exists(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    for name, content in files.items():
        data = content if isinstance(content, bytes) else content.encode('utf-8', 'surrogateescape')
        with open(os.path.join(folder, name), 'wb') as f:
            f.write(data)


def variant(name, **changes):
    files = dict(BASE)
    for key, value in changes.items():
        key = key.replace('_csv', '.csv')
        if value is None:
            files.pop(key)
        else:
            files[key] = value
    write(os.path.join('broken', name), files)


m = BASE['message.csv']
header = m.split('\n')[0] + '\n'
write('minimal', BASE)
variant('truncated-quote',
        message_csv=m + '4,1700000180000,1700000180100,1,3,1,10485783,"I was writing when the file\nwas cut off')
variant('too-many-fields', message_csv=m.replace('How are you?', 'How are you?,extra'))
variant('too-few-fields', message_csv=m.replace(',"Hi, Ana"', ''))
variant('missing-body-column',
        message_csv='_id,date_sent,date_received,thread_id,from_recipient_id,to_recipient_id,type\n'
                    '1,1700000000000,1700000000100,1,1,3,10485780\n')
variant('missing-sender-column',
        message_csv='_id,date_sent,date_received,thread_id,type,body\n'
                    '1,1700000000000,1700000000100,1,10485780,Hello there\n')
variant('invalid-utf8', message_csv=m.replace('How are you?', 'Caf\udce9 later?'))
variant('invalid-utf8-name', recipient_csv=BASE['recipient.csv'].replace('Ben,,Ben', 'B\udcf6rn,,B\udcf6rn'))
variant('utf8-bom', message_csv=b'\xef\xbb\xbf' + m.encode())
crlf = {k: v.replace('\n', '\r\n') for k, v in BASE.items()}
crlf['message.csv'] += '4,1700000180000,1700000180100,1,3,1,10485783,"two\r\nlines"\r\n'
write('broken/crlf-spreadsheet', crlf)
variant('png-as-csv', message_csv=PNG)
variant('empty-message-table', message_csv=b'')
variant('no-recipient-table', recipient_csv=None)
variant('duplicate-ids', message_csv=m + '2,1700000240000,1700000240100,1,3,1,10485783,I repeat an id\n')
variant('timestamps-in-seconds',
        message_csv=header + '1,1700000000,1700000000,1,1,3,10485780,Hello there\n'
                             '2,1700000060,1700000060,1,3,1,10485783,"Hi, Ana"\n'
                             '3,1700000120,1700000120,1,1,3,10485780,How are you?\n')
variant('implausible-dates',
        message_csv=m + '4,-86400000,-86400000,1,1,3,10485780,from before the epoch\n'
                        '5,4102444800000,4102444800000,1,3,1,10485783,from 2100\n')
variant('not-a-number', message_csv=m.replace('1700000120100,1,1,3', '1700000120100,abc,1,3'))
variant('text-after-quote', message_csv=m.replace('"Hi, Ana"', '"Hi, Ana"!'))
variant('header-is-data', message_csv=m.split('\n', 1)[1])

folder = os.path.join(HERE, 'broken/sqlite-not-signal')
shutil.rmtree(folder, ignore_errors=True)
os.makedirs(folder)
db = sqlite3.connect(os.path.join(folder, 'database.sqlite'))
db.execute('CREATE TABLE notes (_id INTEGER PRIMARY KEY, title TEXT, body TEXT)')
db.execute("INSERT INTO notes VALUES (1, 'groceries', 'milk, eggs')")
db.commit()
db.close()

folder = os.path.join(HERE, 'broken/sqlite-encrypted')
shutil.rmtree(folder, ignore_errors=True)
os.makedirs(folder)
rng = random.Random(7)
with open(os.path.join(folder, 'database.sqlite'), 'wb') as f:
    f.write(bytes(rng.getrandbits(8) for _ in range(4096)))
