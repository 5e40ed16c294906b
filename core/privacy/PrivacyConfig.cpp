// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivacyConfig.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray()) {
        if (v.isString())
            out.append(v.toString());
    }
    return out;
}

Error invalid(const QString &what)
{
    Error e = Error::make(ErrorCode::Invalid,
                          QCoreApplication::translate("idiolect",
                                                      "The privacy settings contain an unknown "
                                                      "value for \"%1\".")
                              .arg(what));
    e.hint = QCoreApplication::translate("idiolect", "Reset the privacy settings to the defaults.");
    return e;
}

} // namespace

void PrivacyConfig::setAllOperators(PrivacyOperator op)
{
    for (PiiKind kind : kAllPiiKinds) {
        if (kind == PiiKind::Keyword)
            continue;
        setOperator(kind, op);
    }
}

PrivacyConfig PrivacyConfig::defaults()
{
    PrivacyConfig c;
    c.operators.fill(PrivacyOperator::Pseudonymize);
    c.detect.fill(true);
    c.setOperator(PiiKind::Url, PrivacyOperator::KeepDomain);
    c.setOperator(PiiKind::Secret, PrivacyOperator::Redact);
    c.setOperator(PiiKind::Keyword, PrivacyOperator::Keep); // keywords act through their action
    c.keywords = defaultKeywords();
    return c;
}

QList<SensitiveKeyword> PrivacyConfig::defaultKeywords()
{
    // Credentials drop the message: the value usually sits right next to the word.
    // Identity documents are flagged for review: talk about them is common and harmless.
    const auto drop = KeywordAction::DropMessage;
    const auto flag = KeywordAction::Flag;
    return {
        {u"password"_s, drop},
        {u"passwort"_s, drop},
        {u"passcode"_s, drop},
        {u"kennwort"_s, drop},
        {u"mot de passe"_s, drop},
        {u"contraseña"_s, drop},
        {u"PIN"_s, drop},
        {u"PUK"_s, drop},
        {u"TAN"_s, drop},
        {u"cvv"_s, drop},
        {u"cvc"_s, drop},
        {u"seed phrase"_s, drop},
        {u"recovery phrase"_s, drop},
        {u"recovery code"_s, drop},
        {u"backup code"_s, drop},
        {u"private key"_s, drop},
        // Shorthands and one-time codes people send each other ("pw: Hunter2024",
        // "Bestätigungscode: 482913"); plain "code" and "login" are too common to count.
        {u"pw"_s, drop},
        {u"pwd"_s, drop},
        {u"zugangsdaten"_s, drop},
        {u"anmeldedaten"_s, drop},
        {u"verification code"_s, drop},
        {u"security code"_s, drop},
        {u"one-time code"_s, drop},
        {u"bestätigungscode"_s, drop},
        {u"sicherheitscode"_s, drop},
        {u"verifizierungscode"_s, drop},
        {u"einmalcode"_s, drop},
        {u"OTP"_s, drop},
        {u"passport"_s, flag},
        {u"reisepass"_s, flag},
        {u"personalausweis"_s, flag},
        {u"ausweisnummer"_s, flag},
        {u"ssn"_s, flag},
        {u"social security"_s, flag},
        {u"steuer-id"_s, flag},
        {u"tax id"_s, flag},
        {u"credit card"_s, flag},
        {u"kreditkarte"_s, flag},
        {u"sozialversicherungsnummer"_s, flag},
    };
}

QList<SensitiveKeyword> PrivacyConfig::keywordsFromLines(const QStringList &lines,
                                                         KeywordAction defaultAction)
{
    QList<SensitiveKeyword> out;
    for (const QString &line : lines) {
        SensitiveKeyword k{line.trimmed(), defaultAction};
        const qsizetype colon = k.term.indexOf(u':');
        if (colon > 0) {
            if (const auto action = keywordActionFromName(k.term.left(colon).trimmed())) {
                k.action = *action;
                k.term = k.term.mid(colon + 1).trimmed();
            }
        }
        if (!k.term.isEmpty() && !out.contains(k))
            out.append(k);
    }
    return out;
}

QJsonObject PrivacyConfig::toJson() const
{
    QJsonObject ops;
    QJsonArray detectors;
    for (PiiKind kind : kAllPiiKinds) {
        ops.insert(piiKindName(kind), privacyOperatorName(operatorFor(kind)));
        if (isDetected(kind))
            detectors.append(piiKindName(kind));
    }
    QJsonArray kw;
    for (const SensitiveKeyword &k : keywords)
        kw.append(QJsonObject{{u"term"_s, k.term}, {u"action"_s, keywordActionName(k.action)}});
    return QJsonObject{
        {u"region"_s, region},
        {u"extra_regions"_s, toArray(extraRegions)},
        {u"regions_from_contacts"_s, regionsFromContacts},
        {u"name_style"_s, nameStyleName(nameStyle)},
        {u"extra_names"_s, toArray(extraNames)},
        {u"allow_list"_s, toArray(allowList)},
        {u"keywords"_s, kw},
        {u"operators"_s, ops},
        {u"detectors"_s, detectors},
    };
}

Expected<PrivacyConfig> PrivacyConfig::fromJson(const QJsonObject &json)
{
    PrivacyConfig c = defaults();
    c.region = json.value(u"region"_s).toString(c.region);
    c.extraRegions = toStringList(json.value(u"extra_regions"_s));
    c.regionsFromContacts = json.value(u"regions_from_contacts"_s).toBool(c.regionsFromContacts);
    if (json.contains(u"name_style"_s)) {
        const auto style = nameStyleFromName(json.value(u"name_style"_s).toString());
        if (!style)
            return invalid(u"name_style"_s);
        c.nameStyle = *style;
    }
    c.extraNames = toStringList(json.value(u"extra_names"_s));
    c.allowList = toStringList(json.value(u"allow_list"_s));
    if (json.contains(u"keywords"_s)) {
        c.keywords.clear();
        for (const QJsonValue &v : json.value(u"keywords"_s).toArray()) {
            const QJsonObject o = v.toObject();
            const auto action = keywordActionFromName(o.value(u"action"_s).toString());
            if (!action)
                return invalid(u"keywords"_s);
            c.keywords.append({o.value(u"term"_s).toString(), *action});
        }
    }
    const QJsonObject ops = json.value(u"operators"_s).toObject();
    for (auto it = ops.constBegin(); it != ops.constEnd(); ++it) {
        const auto kind = piiKindFromName(it.key());
        const auto op = privacyOperatorFromName(it.value().toString());
        if (!kind || !op)
            return invalid(u"operators"_s);
        c.setOperator(*kind, *op);
    }
    if (json.contains(u"detectors"_s)) {
        c.detect.fill(false);
        for (const QString &name : toStringList(json.value(u"detectors"_s))) {
            const auto kind = piiKindFromName(name);
            if (!kind)
                return invalid(u"detectors"_s);
            c.setDetected(*kind, true);
        }
    }
    return c;
}

} // namespace idiolect
