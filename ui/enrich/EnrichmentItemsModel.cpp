// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrichmentItemsModel.h"

#include "EnrichmentController.h"
#include "model/ChatExport.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

QString kindText(EnrichmentKind kind)
{
    switch (kind) {
    case EnrichmentKind::Tweet: return EnrichmentItemsModel::tr("Post");
    case EnrichmentKind::Link: return EnrichmentItemsModel::tr("Web page");
    case EnrichmentKind::Image: return EnrichmentItemsModel::tr("Photo");
    }
    return {};
}

QString sourceText(EnrichmentSource source)
{
    switch (source) {
    case EnrichmentSource::None: return {};
    case EnrichmentSource::LinkPreview: return EnrichmentItemsModel::tr("Saved preview");
    case EnrichmentSource::Network: return EnrichmentItemsModel::tr("Fetched now");
    case EnrichmentSource::Cache: return EnrichmentItemsModel::tr("Cache");
    }
    return {};
}

QString reasonText(const QString &reason)
{
    static const QHash<QString, const char *> reasons{
        {u"timeout"_s,
         QT_TRANSLATE_NOOP("idiolect::EnrichmentItemsModel", "the server did not answer")},
        {u"network"_s,
         QT_TRANSLATE_NOOP("idiolect::EnrichmentItemsModel", "the connection failed")},
        {u"unreachable"_s,
         QT_TRANSLATE_NOOP("idiolect::EnrichmentItemsModel", "the server is not running")},
        {u"rate_limited"_s,
         QT_TRANSLATE_NOOP("idiolect::EnrichmentItemsModel", "too many requests")},
        {u"invalid_response"_s,
         QT_TRANSLATE_NOOP("idiolect::EnrichmentItemsModel", "the answer made no sense")},
        {u"refused"_s, QT_TRANSLATE_NOOP("idiolect::EnrichmentItemsModel", "the model refused")},
        {u"not_found"_s, QT_TRANSLATE_NOOP("idiolect::EnrichmentItemsModel", "deleted or private")},
        {u"no_text"_s, QT_TRANSLATE_NOOP("idiolect::EnrichmentItemsModel", "no text")},
        {u"no_file"_s,
         QT_TRANSLATE_NOOP("idiolect::EnrichmentItemsModel", "the file is not in the export")},
        {u"too_large"_s, QT_TRANSLATE_NOOP("idiolect::EnrichmentItemsModel", "larger than 10 MB")},
        {u"unsupported_type"_s,
         QT_TRANSLATE_NOOP("idiolect::EnrichmentItemsModel", "not a JPEG, PNG, GIF or WebP")},
        {u"view_once"_s, QT_TRANSLATE_NOOP("idiolect::EnrichmentItemsModel", "view-once media")},
        {u"per_message_cap"_s,
         QT_TRANSLATE_NOOP("idiolect::EnrichmentItemsModel", "too many photos in one message")},
        {u"per_run_cap"_s,
         QT_TRANSLATE_NOOP("idiolect::EnrichmentItemsModel", "not described yet")},
        {u"no_preview"_s, QT_TRANSLATE_NOOP("idiolect::EnrichmentItemsModel", "no saved preview")},
    };
    if (const char *text = reasons.value(reason))
        return EnrichmentItemsModel::tr(text);
    if (reason.startsWith(u"http_"_s))
        return EnrichmentItemsModel::tr("server error %1").arg(reason.sliced(5));
    return reason;
}

} // namespace

EnrichmentItemsModel::EnrichmentItemsModel(EnrichmentController *controller, QObject *parent)
    : QAbstractTableModel(parent), m_controller(controller)
{
    connect(controller, &EnrichmentController::resultChanged, this, &EnrichmentItemsModel::reload);
    connect(controller, &EnrichmentController::editsChanged, this,
            &EnrichmentItemsModel::editsChanged);
    reload();
}

void EnrichmentItemsModel::reload()
{
    const EnrichmentResult *result = m_controller->result();
    beginResetModel();
    m_rows.clear();
    if (result) {
        for (size_t m = 0; m < result->messages.size(); ++m) {
            for (size_t i = 0; i < result->messages[m].items.size(); ++i)
                m_rows.push_back(Row{quint32(m), quint32(i)});
        }
    }
    endResetModel();
}

void EnrichmentItemsModel::editsChanged()
{
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int EnrichmentItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EnrichmentItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const EnrichmentItem *EnrichmentItemsModel::itemAt(int row) const
{
    const EnrichmentResult *result = m_controller->result();
    if (!result || row < 0 || size_t(row) >= m_rows.size())
        return nullptr;
    const Row &r = m_rows[size_t(row)];
    return &result->messages[r.message].items[r.item];
}

QString EnrichmentItemsModel::statusText(const EnrichmentItem &item)
{
    switch (item.status) {
    case EnrichmentStatus::Added: return tr("Added");
    case EnrichmentStatus::Unavailable:
        return item.kind == EnrichmentKind::Image ? tr("Not described") : tr("No saved preview");
    case EnrichmentStatus::Unresolved: return tr("Short link not followed");
    case EnrichmentStatus::Failed: return tr("Failed: %1").arg(reasonText(item.reason));
    case EnrichmentStatus::Skipped: return tr("Skipped: %1").arg(reasonText(item.reason));
    }
    return {};
}

QVariant EnrichmentItemsModel::display(const Row &row, const EnrichmentItem &item, int column) const
{
    const EnrichmentResult *result = m_controller->result();
    const quint32 message = result->messages[row.message].message;
    const EnrichmentEdits::Edit *edit = m_controller->edits().find(message, item.key);
    const TextLayerPtr layer = m_controller->layer();
    switch (column) {
    case Sent: {
        if (!layer)
            return {};
        const qint64 ms = layer->chatExport().messages.dateSent(message);
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                                  QLocale::ShortFormat);
    }
    case Chat: {
        if (!layer)
            return {};
        const qint32 thread = layer->chatExport().messages.thread(message);
        return thread >= 0 ? layer->threadTitle(thread) : QString();
    }
    case Kind: return kindText(item.kind);
    case Link:
        if (item.kind == EnrichmentKind::Image)
            return tr("Photo %1").arg(item.key.sliced(6).toInt() + 1);
        return item.url;
    case Text:
        if (edit)
            return edit->cleared ? tr("(removed)") : edit->text;
        if (item.kind == EnrichmentKind::Tweet && !item.handle.isEmpty() && !item.text.isEmpty())
            return u"@%1: %2"_s.arg(item.handle, item.text);
        if (item.kind == EnrichmentKind::Link && !item.title.isEmpty())
            return item.text.isEmpty() ? item.title : u"%1 \u2014 %2"_s.arg(item.title, item.text);
        return item.text;
    case Source: return edit ? tr("Edited by you") : sourceText(item.source);
    case Status: return statusText(item);
    }
    return {};
}

QVariant EnrichmentItemsModel::data(const QModelIndex &index, int role) const
{
    const EnrichmentItem *item = itemAt(index.row());
    if (!item || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const quint32 message = m_controller->result()->messages[row.message].message;
    const EnrichmentEdits::Edit *edit = m_controller->edits().find(message, item->key);
    switch (role) {
    case Qt::DisplayRole: {
        QString text = display(row, *item, index.column()).toString();
        if (index.column() == Text)
            text.replace(u'\n', u' ');
        return text;
    }
    case Qt::ToolTipRole:
        return index.column() == Text || index.column() == Link || index.column() == Status
            ? display(row, *item, index.column())
            : QVariant();
    case MessageRole: return message;
    case KeyRole: return item->key;
    case EditedRole: return edit != nullptr;
    case RemovedRole: return edit && edit->cleared;
    case OriginalTextRole: return item->text;
    case HasTextRole: return item->status == EnrichmentStatus::Added || edit != nullptr;
    case SortRole:
        if (index.column() == Sent) {
            const TextLayerPtr layer = m_controller->layer();
            return layer ? layer->chatExport().messages.dateSent(message) : 0;
        }
        return display(row, *item, index.column());
    default: return {};
    }
}

QVariant EnrichmentItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Sent: return tr("Sent");
    case Chat: return tr("Chat");
    case Kind: return tr("Kind");
    case Link: return tr("Link or photo");
    case Text: return tr("Added text");
    case Source: return tr("Source");
    case Status: return tr("Status");
    default: return {};
    }
}

} // namespace idiolect
