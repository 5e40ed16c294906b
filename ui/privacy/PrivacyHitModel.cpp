// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivacyHitModel.h"

#include "PrivacyColors.h"
#include "PrivacyController.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace idiolect {

PrivacyHitModel::PrivacyHitModel(PrivacyController *controller, QObject *parent)
    : QAbstractTableModel(parent), m_controller(controller)
{
    connect(controller, &PrivacyController::resultChanged, this, &PrivacyHitModel::resultChanged);
    connect(controller, &PrivacyController::statusChanged, this, &PrivacyHitModel::statusChanged);
    resultChanged();
}

void PrivacyHitModel::resultChanged()
{
    beginResetModel();
    const auto &result = m_controller->result();
    m_rows = result ? int(result->report.findings.size()) : 0;
    endResetModel();
}

void PrivacyHitModel::statusChanged()
{
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

void PrivacyHitModel::setMasked(bool masked)
{
    if (masked == m_masked)
        return;
    m_masked = masked;
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, Found), index(m_rows - 1, Found));
}

const PrivacyFinding &PrivacyHitModel::finding(int row) const
{
    return m_controller->result()->report.findings[size_t(row)];
}

int PrivacyHitModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int PrivacyHitModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PrivacyHitModel::mask(const QString &text)
{
    if (text.isEmpty())
        return text;
    return text.left(1) + QString(std::max<qsizetype>(3, text.size() - 1), u'\u2022');
}

QString PrivacyHitModel::actionLabel(const PrivacyFinding &f)
{
    switch (f.action) {
    case FindingAction::Replaced: return tr("Replaced");
    case FindingAction::Kept: return tr("Kept");
    case FindingAction::DroppedMessage: return tr("Message left out");
    case FindingAction::ClearedQuote: return tr("Quote removed");
    case FindingAction::Flagged: return tr("Flagged");
    }
    return {};
}

QVariant PrivacyHitModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PrivacyResult &result = *m_controller->result();
    const PrivacyFinding &f = result.report.findings[size_t(index.row())];
    const TextLayer &layer = *result.layer;
    const ChatExport &ex = layer.chatExport();
    const bool accepted = m_controller->isAccepted(f);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Kind: return piiKindLabel(f.kind);
        case Chat:
            // The real title: this list is for the user's own eyes.
            return f.threadIndex >= 0 ? layer.chatExport().threads[size_t(f.threadIndex)].title
                                      : QString();
        case Date:
            return QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(ex.messages.dateSent(f.message)).date(),
                QLocale::ShortFormat);
        case Found: return m_masked ? mask(f.original) : f.original;
        case Replacement: return f.replacement.isEmpty() ? actionLabel(f) : f.replacement;
        case Status: return accepted ? tr("Accepted") : tr("To review");
        default: return {};
        }
    case Qt::DecorationRole:
        if (index.column() == Kind)
            return PrivacyColors::swatch(QApplication::palette(), f.kind);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Status && accepted)
            return QApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case KindRole: return int(f.kind);
    case ThreadIndexRole: return f.threadIndex;
    case AcceptedRole: return accepted;
    case SortRole:
        switch (index.column()) {
        case Kind: return int(f.kind);
        case Date: return ex.messages.dateSent(f.message);
        case Status: return accepted;
        default: return data(index, Qt::DisplayRole);
        }
    default: return {};
    }
}

QVariant PrivacyHitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind: return tr("Kind");
    case Chat: return tr("Chat");
    case Date: return tr("Date");
    case Found: return tr("Found");
    case Replacement: return tr("Becomes");
    case Status: return tr("Status");
    default: return {};
    }
}

} // namespace idiolect
