// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTextStream>

using namespace idiolect::cli;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QString out, err;
};

Run cli(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out), err(&r.err);
    CliIo io{out, err};
    CliApp app;
    r.code = app.run(QStringList{u"idiolect-cli"_s} + args, io);
    out.flush();
    err.flush();
    return r;
}

const QString kDst = QStringLiteral(IDIOLECT_TEST_DATA_DIR "/import/sigexport/dst");

} // namespace

class TestSigexportCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timeZoneOption();
    void invalidTimeZone();
    void selfIdRoundTrips();
};

void TestSigexportCli::timeZoneOption()
{
    const Run berlin = cli({u"inspect"_s, kDst, u"--json"_s, u"--time-zone"_s, u"Europe/Berlin"_s});
    const Run tokyo = cli({u"inspect"_s, kDst, u"--json"_s, u"--time-zone"_s, u"Asia/Tokyo"_s});
    QCOMPARE(berlin.code, 0);
    QCOMPARE(tokyo.code, 0);
    const auto first = [](const Run &r) {
        return QJsonDocument::fromJson(r.out.toUtf8())
            .object()
            .value("threads"_L1)
            .toArray()
            .at(0)
            .toObject()
            .value("first_date_sent"_L1)
            .toInteger();
    };
    // 01:59 on 2023-03-26 is 00:59 UTC in Berlin (CET) and 16:59 the day before in Tokyo.
    QCOMPARE(first(berlin), 1679792340000);
    QCOMPARE(first(berlin) - first(tokyo), qint64(8) * 3600 * 1000);
}

void TestSigexportCli::invalidTimeZone()
{
    const Run r = cli({u"inspect"_s, kDst, u"--time-zone"_s, u"Mars/Olympus"_s});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(u"--time-zone"_s));
}

void TestSigexportCli::selfIdRoundTrips()
{
    // Derived ids stay exact in JSON, so the reported self id can be passed back with --self.
    const Run r = cli({u"inspect"_s, kDst, u"--json"_s});
    const qint64 self
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value("self_id"_L1).toInteger();
    QVERIFY(self > 0);
    QCOMPARE(cli({u"inspect"_s, kDst, u"--self"_s, QString::number(self)}).code, 0);
    const Run unknown = cli({u"inspect"_s, kDst, u"--self"_s, u"42"_s});
    QCOMPARE(unknown.code, 3);
    QVERIFY(unknown.err.contains(u"42"_s));
}

QTEST_GUILESS_MAIN(TestSigexportCli)
#include "tst_sigexportcli.moc"
