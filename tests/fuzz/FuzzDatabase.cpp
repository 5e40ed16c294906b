// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzDatabase.h"

#include "FuzzSupport.h"
#include "common/JobContext.h"
#include "import/ImportOptions.h"
#include "import/SignalModelBuilder.h"
#include "import/SignalTableKind.h"
#include "import/SqlTableReader.h"

#include <QSqlDatabase>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace idiolect::fuzz {

namespace {

QStringList split(const char16_t *columns)
{
    return QString::fromUtf16(columns).split(u',');
}

} // namespace

const std::vector<FuzzDatabase::Table> &FuzzDatabase::schema()
{
    // Every column SignalModelBuilder decodes, in the current Signal schema's names.
    static const std::vector<Table> tables = {
        {u"recipient"_s,
         split(u"_id,type,e164,aci,username,email,group_id,distribution_list_id,blocked,"
               u"profile_given_name,profile_family_name,profile_joined_name,system_given_name,"
               u"system_family_name,system_joined_name,system_nickname,nickname_given_name,"
               u"nickname_family_name,nickname_joined_name")},
        {u"groups"_s, split(u"_id,group_id,recipient_id,title,active,members,master_key")},
        {u"group_membership"_s, split(u"_id,group_id,recipient_id")},
        {u"distribution_list"_s, split(u"_id,name,distribution_id,recipient_id")},
        {u"thread"_s, split(u"_id,date,meaningful_messages,recipient_id,archived,active")},
        {u"sms"_s, split(u"_id,thread_id,address,date,date_sent,type,body,protocol,read")},
        {u"message"_s,
         split(u"_id,date_sent,date_received,thread_id,from_recipient_id,to_recipient_id,type,"
               u"body,quote_id,quote_author,quote_body,remote_deleted,deleted_by,"
               u"latest_revision_id,original_message_id,story_type,parent_story_id,view_once,"
               u"expires_in,link_previews,reactions")},
        {u"attachment"_s,
         split(u"_id,message_id,content_type,data_size,file_name,voice_note,width,height,caption,"
               u"sticker_pack_id,quote,unique_id")},
        {u"mention"_s, split(u"_id,thread_id,message_id,recipient_id,range_start,range_length")},
        {u"reaction"_s, split(u"_id,message_id,author_id,emoji,date_sent,date_received")},
    };
    return tables;
}

FuzzDatabase::FuzzDatabase() : m_connection(u"idiolect-fuzz"_s)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(u":memory:"_s);
    check(db.open(), "cannot open the in-memory database");
    for (const Table &table : schema()) {
        std::vector<Variant> variants;
        for (qsizetype drop = -1; drop < table.columns.size(); ++drop) {
            Variant v;
            v.name = drop < 0 ? table.name : table.name + u"__without_"_s + table.columns[drop];
            v.columns = table.columns;
            if (drop >= 0)
                v.columns.removeAt(drop);
            QSqlQuery q(db);
            check(
                q.exec(u"CREATE TABLE \""_s + v.name + u"\" ("_s + v.columns.join(u", "_s) + u')'),
                "cannot create a table");
            QStringList marks;
            for (qsizetype i = 0; i < v.columns.size(); ++i)
                marks.append(u"?"_s);
            v.insert = std::make_unique<QSqlQuery>(db);
            check(v.insert->prepare(u"INSERT INTO \""_s + v.name + u"\" VALUES ("_s
                                    + marks.join(u',') + u')'),
                  "cannot prepare an insert");
            variants.push_back(std::move(v));
        }
        m_variants.push_back(std::move(variants));
    }
    m_current.assign(schema().size(), 0);
}

FuzzDatabase::~FuzzDatabase()
{
    m_variants.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

void FuzzDatabase::begin(const std::vector<int> &dropColumn, const std::vector<bool> &missing)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (m_inTransaction)
        check(db.rollback(), "cannot roll back");
    check(db.transaction(), "cannot start a transaction");
    m_inTransaction = true;
    for (size_t t = 0; t < schema().size(); ++t) {
        const int columns = int(schema()[t].columns.size());
        if (t < missing.size() && missing[t])
            m_current[t] = -1;
        else if (t < dropColumn.size() && dropColumn[t] >= 0)
            m_current[t] = 1 + dropColumn[t] % columns;
        else
            m_current[t] = 0;
    }
}

const QStringList &FuzzDatabase::columns(size_t t) const
{
    static const QStringList none;
    return m_current[t] < 0 ? none : m_variants[t][size_t(m_current[t])].columns;
}

void FuzzDatabase::insert(size_t t, const QList<QVariant> &values)
{
    if (m_current[t] < 0)
        return;
    Variant &v = m_variants[t][size_t(m_current[t])];
    for (qsizetype i = 0; i < v.columns.size(); ++i)
        v.insert->bindValue(int(i), i < values.size() ? values[i] : QVariant());
    check(v.insert->exec(), "cannot insert a row");
}

Expected<std::shared_ptr<ChatExport>> FuzzDatabase::import(const ImportOptions &options)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    JobContext job;
    SignalModelBuilder builder(options, job);
    // As in SignalSqliteImporter: with a legacy sms table, "message" is the legacy mms table.
    bool legacy = false;
    for (size_t t = 0; t < schema().size(); ++t)
        legacy = legacy || (schema()[t].name == u"sms"_s && m_current[t] >= 0);
    for (size_t t = 0; t < schema().size(); ++t) {
        if (m_current[t] < 0)
            continue;
        const QString &name = m_variants[t][size_t(m_current[t])].name;
        auto reader = SqlTableReader::open(db, name, u"fuzz.sqlite"_s);
        if (!reader)
            return reader.error();
        const SignalTableKind kind = identifySignalTable((*reader)->columns(), legacy);
        if (kind == SignalTableKind::Unknown)
            continue; // a dropped column made it unrecognisable; the importer skips it too
        if (const Status status = builder.read(kind, **reader); !status)
            return status.error();
    }
    return builder.finish();
}

} // namespace idiolect::fuzz
