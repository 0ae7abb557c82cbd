#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace Kontor::Test {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// A temporary folder with a database that the real kontor-cli binary (KONTOR_CLI_PATH) is run against,
// with --lang en and --region DE unless a test says otherwise. Failures to start or finish are REQUIREd.
class CliFixture
{
public:
    CliFixture();

    // Settings and data folders point into the temporary folder, so the user's configuration is neither read
    // nor touched.
    CliRun run(const QStringList &args, const QString &lang = QStringLiteral("en"), const QString &db = {}) const;
    // Runs a command that must succeed and print one JSON object / array.
    QJsonObject runObject(const QStringList &args) const;
    QJsonArray runArray(const QStringList &args) const;

    QJsonArray contacts(const QStringList &extra = {}) const; // contacts list --json
    QJsonArray trash() const; // trash list --json
    // contacts add --first-name --last-name [extra] --json; returns the UUID.
    QString addPerson(const QString &first, const QString &last, const QStringList &extra = {}) const;

    // The CLI cannot define custom fields; the desktop app does that through the same core service.
    void createTextField(const QString &name) const;
    // Pretends a trashed contact was deleted `days` ago; the CLI's clock cannot be injected.
    void backdateTrash(const QString &uuid, int days) const;

    QString m_dbPath;

private:
    QTemporaryDir m_dir;
};

QStringList texts(const QJsonArray &array, const QString &key = {});
bool isUtcTimestamp(const QJsonValue &value);

} // namespace Kontor::Test
