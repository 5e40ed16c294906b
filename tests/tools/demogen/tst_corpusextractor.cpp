// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// CorpusExtractor: what may not reach the demo's dialogues (nicknames, also shortened or
// mistyped ones) and what must survive (ordinary words that look like the start of a nick).
#include "CorpusExtractor.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace idiolect::demogen;

class TestCorpusExtractor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shortenedAndMistypedNicksAreRemoved();
};

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

void TestCorpusExtractor::shortenedAndMistypedNicksAreRemoved()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // One reply component (lines 0-5) and filler that makes "right" an ordinary word.
    QByteArray raw = "[01:14] <Goooner> What file system should I use for a shared partition?\n"
                     "[01:14] <sauvin> Gooner: FAT32 works with both systems\n"
                     "[01:15] <righteousRat> right, ok, that is what I use too\n"
                     "[01:15] <Goooner> thanks, I will try that\n"
                     "[01:16] <sauvin> thanks Gooner, good luck\n"
                     "[01:16] <righteousRat> sauv: it does not keep permissions though\n"
                     "[01:17] <sauvin> boyam, are you on kubuntu?\n";
    for (int i = 0; i < 25; ++i)
        raw += "[02:00] <filler> that is right for sure\n";
    QVERIFY(writeFile(dir.filePath(u"2007-08-19.train-a.raw.txt"_s), raw));
    QVERIFY(writeFile(dir.filePath(u"2007-08-19.train-a.annotation.txt"_s),
                      "0 0 -\n1 0 -\n2 1 -\n3 1 -\n4 3 -\n5 1 -\n6 3 -\n"));
    // boyam only speaks in another log.
    QVERIFY(writeFile(dir.filePath(u"2007-10-24.train-c.raw.txt"_s),
                      "[03:00] <boyam> hello\n[03:01] <other> hi there\n"));
    QVERIFY(writeFile(dir.filePath(u"2007-10-24.train-c.annotation.txt"_s), "1 0 -\n"));
    QString error;
    const QString out = QString::fromUtf8(CorpusExtractor::extract(dir.path(), &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!out.contains(u"Gooner"_s, Qt::CaseInsensitive), qPrintable(out));
    QVERIFY2(!out.contains(u"sauv"_s, Qt::CaseInsensitive), qPrintable(out));
    QVERIFY2(!out.contains(u"boyam"_s, Qt::CaseInsensitive), qPrintable(out));
    QVERIFY2(out.contains(u"\tare you on kubuntu?\n"_s), qPrintable(out));
    // The addressing is cut off, the line stays.
    QVERIFY2(out.contains(u"\tFAT32 works with both systems\n"_s), qPrintable(out));
    QVERIFY2(out.contains(u"\tit does not keep permissions though\n"_s), qPrintable(out));
    // "right" is an ordinary word of the corpus, not righteousRat shortened.
    QVERIFY2(out.contains(u"\tright, ok, that is what I use too\n"_s), qPrintable(out));
    // A line that names someone loosely in the middle is dropped.
    QVERIFY2(!out.contains(u"good luck"_s), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestCorpusExtractor)
#include "tst_corpusextractor.moc"
