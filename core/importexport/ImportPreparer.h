#pragma once

#include "CustomField.h"
#include "ImportMapping.h"
#include "ImportTypes.h"
#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <optional>

namespace Kontor {

class Database;

// One record ready to write: the validated contact, the company it names and whether the user skipped it.
// A row with problems is invalid; it is only reported (and kept as a failed row).
struct PreparedRow
{
    ImportRecord record; // the converted record; its problems include those found while preparing
    Contact contact; // normalised by ContactValidator when valid; persons carry no company yet
    QString companyName; // the company a person names, simplified; "" for none
    QString companyKey; // CompanyNames::matchKey(companyName)
    bool ownerFromRow = false; // the file named the owner: only then does an update replace the existing owner
    bool skippedByUser = false;

    bool isValid() const { return record.problems.isEmpty(); }
};

// Turns converted records into rows ready to write, the part review and run share: resolves owner and
// followers (users by name or e-mail), custom fields named by vCard cards, contact types and company names,
// adds the import's tag and default owner, and validates with ContactValidator (on two threads per chunk).
// Each failure becomes an ImportProblem with the file row and, for tables, the column the field came from.
// Reads the database (users, custom fields, contact types); in Run mode it also creates the text custom
// fields that vCard cards name but the database lacks (in Review mode stand-ins
// with ids above the existing ones are used).
class ImportPreparer
{
    Q_DECLARE_TR_FUNCTIONS(ImportPreparer)

public:
    enum class Mode
    {
        Review,
        Run,
    };
    struct Setup
    {
        Mode mode = Mode::Review;
        QString region;
        QStringList headers; // tables; empty for vCard
        ImportMapping mapping; // tables
        QList<CustomField> customFields; // existing fields, plus stand-ins for fields the import will create
        QHash<QString, qint64> newFieldIds; // label of a "custom.new" column -> its field's id
        qint64 defaultOwnerId = 0;
        QString tag;
        QList<int> skipRows;
    };

    ImportPreparer(Database &db, Session session, Setup setup);

    Result<QList<PreparedRow>> prepare(QList<ImportRecord> records);

private:
    Result<void> resolve(PreparedRow &row);
    Result<qint64> userId(const QString &nameOrEmail); // 0: no such user
    Result<qint64> customFieldId(const QString &name);
    void addProblem(PreparedRow &row, const QString &field, const QString &reason, const QString &value = {});
    void addValidationProblem(PreparedRow &row, const Error &error);
    int columnFor(const PreparedRow &row, const QString &field) const;

    Database &m_db;
    Session m_session;
    Setup m_setup;
    QHash<QString, QList<int>> m_fieldColumns; // field key -> table columns that feed it
    QSet<int> m_skipRows;
    QHash<QString, qint64> m_users; // folded name or e-mail -> id, 0 for unknown
    QHash<QString, qint64> m_fieldIds; // folded custom field name -> id
    static constexpr int CompanyKeyCacheSize = 50000;
    QHash<QString, QString> m_companyKeys; // company name as written -> CompanyNames::matchKey
    std::optional<QStringList> m_contactTypes;
    qint64 m_nextStandInId = 1; // above every field id: stand-ins of Review mode
};

} // namespace Kontor
