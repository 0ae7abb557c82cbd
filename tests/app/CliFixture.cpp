#include "CliFixture.h"

#include "customfields/CustomFieldService.h"
#include "storage/Database.h"
#include "users/UserService.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace Kontor::Test {

using namespace Qt::Literals::StringLiterals;

CliFixture::CliFixture()
{
    REQUIRE(m_dir.isValid());
    m_dbPath = m_dir.filePath(u"kontor.sqlite"_s);
}

CliRun CliFixture::run(const QStringList &args, const QString &lang, const QString &db) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_dir.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    process.setProcessEnvironment(env);
    const QStringList globals = {u"--db"_s, db.isEmpty() ? m_dbPath : db, u"--lang"_s, lang, u"--region"_s, u"DE"_s};
    process.start(QStringLiteral(KONTOR_CLI_PATH), globals + args);
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(180000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    CliRun result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QJsonObject CliFixture::runObject(const QStringList &args) const
{
    const CliRun r = run(args);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    INFO(r.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

QJsonArray CliFixture::runArray(const QStringList &args) const
{
    const CliRun r = run(args);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    INFO(r.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isArray());
    return doc.array();
}

QJsonArray CliFixture::contacts(const QStringList &extra) const
{
    return runArray(QStringList{u"contacts"_s, u"list"_s, u"--json"_s} + extra);
}

QJsonArray CliFixture::trash() const
{
    return runArray({u"trash"_s, u"list"_s, u"--json"_s});
}

QString CliFixture::addPerson(const QString &first, const QString &last, const QStringList &extra) const
{
    const QJsonObject o = runObject(
        QStringList{u"contacts"_s, u"add"_s, u"--first-name"_s, first, u"--last-name"_s, last, u"--json"_s} + extra);
    return o.value(u"id"_s).toString();
}

void CliFixture::createTextField(const QString &name) const
{
    auto db = Database::open(m_dbPath);
    REQUIRE(db);
    auto user = UserService(**db).ensureLocalUser();
    REQUIRE(user);
    CustomField field;
    field.name = name;
    field.type = CustomFieldType::Text;
    REQUIRE(CustomFieldService(**db, Session{user->id, user->teamId, Origin::Ui}).createField(field));
}

void CliFixture::backdateTrash(const QString &uuid, int days) const
{
    auto db = Database::open(m_dbPath);
    REQUIRE(db);
    QSqlQuery q((*db)->connection());
    REQUIRE(q.prepare(u"UPDATE contacts SET deleted_at = ? WHERE uuid = ?"_s));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch() - qint64(days) * 24 * 3600 * 1000);
    q.addBindValue(uuid);
    REQUIRE(q.exec());
    REQUIRE(q.numRowsAffected() == 1);
}

QStringList texts(const QJsonArray &array, const QString &key)
{
    QStringList out;
    for (const QJsonValue &v : array) {
        out << (key.isEmpty() ? v.toString() : v.toObject().value(key).toString());
    }
    return out;
}

bool isUtcTimestamp(const QJsonValue &v)
{
    static const QRegularExpression iso(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z$"_s);
    return iso.match(v.toString()).hasMatch();
}

} // namespace Kontor::Test
