// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The fixed extension table that gives signal-export attachments a MIME type: the same
// names shared-mime-info uses, case-insensitive, and "application/octet-stream" for anything
// it does not know, however odd the name.
#include "import/sigexport/AttachmentContentType.h"

#include <QMimeDatabase>
#include <QTest>

using namespace idiolect;
using namespace Qt::StringLiterals;

class TestAttachmentContentType final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownExtensions_data();
    void knownExtensions();
    void agreesWithTheMimeDatabase_data();
    void agreesWithTheMimeDatabase();
    void unknownNames_data();
    void unknownNames();
};

void TestAttachmentContentType::knownExtensions_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::newRow("jpg") << u"2026-01-01T09-00-03.000_00_view.jpg"_s << u"image/jpeg"_s;
    QTest::newRow("upper case") << u"IMG_0001.JPG"_s << u"image/jpeg"_s;
    QTest::newRow("mixed case") << u"clip.Mp4"_s << u"video/mp4"_s;
    QTest::newRow("voice note") << u"voice note.m4a"_s << u"audio/mp4"_s;
    QTest::newRow("sticker") << u"3.webp"_s << u"image/webp"_s;
    QTest::newRow("heic") << u"photo.heic"_s << u"image/heif"_s;
    QTest::newRow("last dot wins") << u"archive.tar.gz"_s << u"application/gzip"_s;
    QTest::newRow("dot file") << u".png"_s << u"image/png"_s;
    QTest::newRow("first entry") << u"a.3g2"_s << u"video/3gpp2"_s;
    QTest::newRow("last entry") << u"a.zip"_s << u"application/zip"_s;
}

void TestAttachmentContentType::knownExtensions()
{
    QFETCH(QString, name);
    QFETCH(QString, type);
    QCOMPARE(sigexport::attachmentContentType(name), type);
}

void TestAttachmentContentType::agreesWithTheMimeDatabase_data()
{
    QTest::addColumn<QString>("extension");
    for (const char *e :
         {"3g2",  "3gp",  "7z",  "aac",  "amr",  "apk",  "avi", "avif", "bmp", "csv",  "doc",
          "docx", "flac", "gif", "gz",   "heic", "heif", "htm", "html", "ics", "jpe",  "jpeg",
          "jpg",  "json", "m4a", "m4v",  "md",   "mkv",  "mov", "mp3",  "mp4", "mpeg", "mpg",
          "odt",  "oga",  "ogg", "opus", "pdf",  "png",  "ppt", "pptx", "rar", "svg",  "tif",
          "tiff", "txt",  "vcf", "wav",  "webm", "webp", "xls", "xlsx", "zip"})
        QTest::newRow(e) << QString::fromLatin1(e);
}

// The table was written from shared-mime-info's names; Qt's database (built in or the
// system's) must give the same type, so datasets do not change with the importer's guess.
void TestAttachmentContentType::agreesWithTheMimeDatabase()
{
    QFETCH(QString, extension);
    const QString name = u"file."_s + extension;
    const QString fromTable = sigexport::attachmentContentType(name);
    QVERIFY2(fromTable != u"application/octet-stream"_s, "every listed extension is in the table");
    const QMimeDatabase database;
    const QMimeType fromDatabase = database.mimeTypeForFile(name, QMimeDatabase::MatchExtension);
    if (fromDatabase.isDefault())
        QSKIP("this machine's MIME database does not know the extension");
    QCOMPARE(fromTable, fromDatabase.name());
}

void TestAttachmentContentType::unknownNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("no dot") << u"README"_s;
    QTest::newRow("trailing dot") << u"photo."_s;
    QTest::newRow("unknown") << u"data.xyz"_s;
    QTest::newRow("too long") << u"photo.jpegjpeg"_s;
    QTest::newRow("prefix of a known one") << u"photo.jp"_s;
    QTest::newRow("non-ASCII") << u"photo.jpé"_s;
    QTest::newRow("NUL in the extension") << QString(u"photo.jp\0g"_s);
    QTest::newRow("NUL after it") << QString(u"photo.jpg\0"_s);
    QTest::newRow("long hostile name") << QString(100000, u'.') + u"x"_s;
    QTest::newRow("lone surrogate") << QString(u"photo."_s + QChar(0xD800));
}

void TestAttachmentContentType::unknownNames()
{
    QFETCH(QString, name);
    QCOMPARE(sigexport::attachmentContentType(name), u"application/octet-stream"_s);
}

QTEST_GUILESS_MAIN(TestAttachmentContentType)
#include "tst_attachmentcontenttype.moc"
