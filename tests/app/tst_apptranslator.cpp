// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppTranslator.h"
#include "CliApp.h"
#include "CliCommand.h"
#include "TsCatalogue.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTextStream>

using namespace idiolect;
using namespace idiolect::test;
using namespace Qt::StringLiterals;

namespace {

QString tsPath(const QString &language)
{
    return QStringLiteral(IDIOLECT_SOURCE_DIR) + u"/translations/idiolect_"_s + language + u".ts"_s;
}

QList<TsMessage> catalogue(const QString &language)
{
    QString error;
    const QList<TsMessage> messages = readTsFile(tsPath(language), &error);
    if (!error.isEmpty())
        qWarning("%s: %s", qPrintable(tsPath(language)), qPrintable(error));
    return messages;
}

QString runtimeTranslation(const TsMessage &m, int n = -1)
{
    const QByteArray context = m.context.toUtf8();
    const QByteArray source = m.source.toUtf8();
    const QByteArray comment = m.comment.toUtf8();
    return QCoreApplication::translate(context.constData(), source.constData(),
                                       m.comment.isEmpty() ? nullptr : comment.constData(), n);
}

QString cliHelp()
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    cli::CliIo io{outStream, errStream};
    cli::CliApp app;
    app.run({u"idiolect-cli"_s, u"--help"_s}, io);
    outStream.flush();
    return out;
}

} // namespace

class TestAppTranslator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { AppTranslator::install(); }

    void availableLanguagesComeFromTheEmbeddedCatalogues()
    {
        const QStringList languages = AppTranslator::availableLanguages();
        QVERIFY2(languages.contains(u"de"_s), qPrintable(languages.join(u',')));
        QVERIFY(languages.contains(u"en"_s));
        QStringList sorted = languages;
        sorted.sort();
        QCOMPARE(languages, sorted);
    }

    void chooseLanguage_data()
    {
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QString>("override");
        QTest::addColumn<QString>("expected");
        QTest::newRow("german system") << QStringList{u"de-DE"_s, u"de"_s} << QString() << u"de"_s;
        QTest::newRow("austrian system") << QStringList{u"de-AT"_s} << QString() << u"de"_s;
        QTest::newRow("underscore name") << QStringList{u"de_CH"_s} << QString() << u"de"_s;
        QTest::newRow("english system")
            << QStringList{u"en-GB"_s, u"de-DE"_s} << QString() << u"en"_s;
        QTest::newRow("second preference")
            << QStringList{u"fr-FR"_s, u"de-DE"_s} << QString() << u"de"_s;
        QTest::newRow("nothing available")
            << QStringList{u"fr-FR"_s, u"it"_s} << QString() << u"en"_s;
        QTest::newRow("C locale") << QStringList{u"C"_s} << QString() << u"en"_s;
        QTest::newRow("no languages") << QStringList{} << QString() << u"en"_s;
        QTest::newRow("override english") << QStringList{u"de-DE"_s} << u"en"_s << u"en"_s;
        QTest::newRow("override german") << QStringList{u"en-US"_s} << u"de"_s << u"de"_s;
        QTest::newRow("override with region") << QStringList{u"en-US"_s} << u"de_AT"_s << u"de"_s;
        QTest::newRow("override system") << QStringList{u"de-DE"_s} << u"system"_s << u"de"_s;
        QTest::newRow("unknown override") << QStringList{u"de-DE"_s} << u"xx"_s << u"de"_s;
    }

    void chooseLanguage()
    {
        QFETCH(QStringList, uiLanguages);
        QFETCH(QString, override);
        QFETCH(QString, expected);
        QCOMPARE(AppTranslator::chooseLanguage(uiLanguages, override), expected);
    }

    // Completeness is scripts/check-translations.sh's job (CI), so work in progress on
    // new strings does not fail ctest; here every finished entry must be well formed.
    void finishedGermanEntriesAreWellFormed()
    {
        int finished = 0;
        for (const TsMessage &m : catalogue(u"de"_s)) {
            if (!m.finished)
                continue;
            const QString where = m.context + u": "_s + m.source;
            QCOMPARE(m.translations.size(), m.numerus ? 2 : 1); // German: singular, plural
            for (const QString &t : m.translations)
                QVERIFY2(!t.trimmed().isEmpty(), qPrintable(u"empty: "_s + where));
            ++finished;
        }
        QVERIFY(finished > 50);
    }

    void placeholdersSurviveTranslation_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("en") << u"en"_s;
    }

    void placeholdersSurviveTranslation()
    {
        QFETCH(QString, language);
        int checked = 0;
        for (const TsMessage &m : catalogue(language)) {
            if (!m.finished)
                continue;
            QStringList expected = placeholders(m.source);
            if (m.numerus)
                expected.removeAll(u"%n"_s); // a singular may say "one" instead of %n
            for (const QString &t : m.translations) {
                QStringList actual = placeholders(t);
                if (m.numerus)
                    actual.removeAll(u"%n"_s);
                QVERIFY2(actual == expected, qPrintable(m.source + u" -> "_s + t));
                ++checked;
            }
        }
        QVERIFY(checked > 0);
    }

    void germanCatalogueIsEmbeddedAndUsed()
    {
        QCOMPARE(AppTranslator::install(u"de"_s), u"de"_s);
        for (const TsMessage &m : catalogue(u"de"_s)) {
            if (!m.finished) { // lrelease -nounfinished: English until someone translates it
                QCOMPARE(runtimeTranslation(m), m.source);
                continue;
            }
            if (!m.numerus) {
                QCOMPARE(runtimeTranslation(m), m.translations.first());
                continue;
            }
            QCOMPARE(
                runtimeTranslation(m, 1),
                QString(m.translations.at(0)).replace(u"%Ln"_s, u"1"_s).replace(u"%n"_s, u"1"_s));
            QCOMPARE(
                runtimeTranslation(m, 7),
                QString(m.translations.at(1)).replace(u"%Ln"_s, u"7"_s).replace(u"%n"_s, u"7"_s));
        }
    }

    void englishCarriesPluralForms()
    {
        QCOMPARE(AppTranslator::install(u"en"_s), u"en"_s);
        int plurals = 0;
        for (const TsMessage &m : catalogue(u"en"_s)) {
            if (!m.numerus || !m.finished)
                continue;
            QCOMPARE(
                runtimeTranslation(m, 1),
                QString(m.translations.at(0)).replace(u"%Ln"_s, u"1"_s).replace(u"%n"_s, u"1"_s));
            QCOMPARE(
                runtimeTranslation(m, 2),
                QString(m.translations.at(1)).replace(u"%Ln"_s, u"2"_s).replace(u"%n"_s, u"2"_s));
            ++plurals;
        }
        QVERIFY(plurals > 0);
    }

    void cliHelpFollowsTheLanguage()
    {
        AppTranslator::install(u"en"_s);
        const QString english = cliHelp();
        QVERIFY(english.contains(u"Commands:"_s));

        AppTranslator::install(u"de"_s);
        const QString german = cliHelp();
        const QString commands = QCoreApplication::translate("CliApp", "Commands:");
        QVERIFY(commands != u"Commands:"_s);
        QVERIFY2(german.contains(commands), qPrintable(german));
        QVERIFY(!german.contains(u"Commands:"_s));
    }

    void overrideSwitchesNumberFormats()
    {
        AppTranslator::install(u"de"_s);
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), u"1.234,5"_s);

        AppTranslator::install();
        QCOMPARE(QLocale().name(), QLocale::system().name());
    }

    void followsTheSystemWithoutOverride()
    {
        const QString expected = AppTranslator::chooseLanguage(QLocale::system().uiLanguages(), {});
        QCOMPARE(AppTranslator::install(), expected);
        QCOMPARE(AppTranslator::install(u"system"_s), expected);
    }
};

QTEST_GUILESS_MAIN(TestAppTranslator)
#include "tst_apptranslator.moc"
