// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "enrich/keychain/ApiKeyStore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

using namespace idiolect;
using namespace Qt::StringLiterals;

class TestApiKeyStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keyFor_data();
    void keyFor();
    void neverFallsBackToPlainSettings();
};

void TestApiKeyStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"IdiolectTest"_s);
    QCoreApplication::setApplicationName(u"tst_apikeystore"_s);
}

void TestApiKeyStore::keyFor_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("key");
    QTest::newRow("ollama") << u"http://localhost:11434/v1"_s << u"vision:localhost:11434"_s;
    QTest::newRow("https default port")
        << u"https://API.example.com/v1"_s << u"vision:api.example.com:443"_s;
    QTest::newRow("http default port") << u"http://10.0.0.2/v1"_s << u"vision:10.0.0.2:80"_s;
}

void TestApiKeyStore::keyFor()
{
    QFETCH(QString, url);
    QFETCH(QString, key);
    QCOMPARE(ApiKeyStore::keyFor(QUrl(url)), key);
}

void TestApiKeyStore::neverFallsBackToPlainSettings()
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("A session bus is present; this test checks the no-keychain case.");
    ApiKeyStore store(u"IdiolectTest"_s);
    QSignalSpy failed(&store, &ApiKeyStore::failed);
    QSignalSpy written(&store, &ApiKeyStore::keyWritten);
    store.write(u"vision:example:443"_s, u"sk-must-not-leak"_s);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size() + written.size(), 1, 15000);
    QCOMPARE(written.size(), 0);
    const Error error = failed.at(0).at(1).value<Error>();
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!error.hint.isEmpty());
    QVERIFY(!error.message.contains(u"sk-must-not-leak"_s));

    QSettings settings;
    QVERIFY(settings.allKeys().isEmpty());

    const auto read = ApiKeyStore::readBlocking(u"vision:example:443"_s, 15000, u"IdiolectTest"_s);
    QVERIFY(!read);
}

QTEST_GUILESS_MAIN(TestApiKeyStore)
#include "tst_apikeystore.moc"
