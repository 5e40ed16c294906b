// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TsCatalogue.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace idiolect::test {

QList<TsMessage> readTsFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QString context;
    TsMessage current;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"message"_s) {
            messages.append(current);
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"name"_s) {
            context = xml.readElementText();
        } else if (name == u"message"_s) {
            current = TsMessage{};
            current.context = context;
            current.numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
        } else if (name == u"source"_s) {
            current.source = xml.readElementText();
        } else if (name == u"comment"_s) {
            current.comment = xml.readElementText();
        } else if (name == u"translation"_s) {
            current.finished = xml.attributes().value(u"type"_s).isEmpty();
            if (!current.numerus)
                current.translations = {xml.readElementText()};
        } else if (name == u"numerusform"_s) {
            current.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
        return {};
    }
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(L?[1-9][0-9]?|n)"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    return found;
}

} // namespace idiolect::test
