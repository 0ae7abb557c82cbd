#include "SearchIndex.h"

#include "Contact.h"
#include "ContactValidator.h"
#include "Database.h"
#include "PhoneNormalizer.h"
#include "TextFolding.h"

#include <QSet>
#include <QSqlQuery>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
// Original words go in order (so that a phrase such as an e-mail address matches), spelling variants after them.
struct DocumentBuilder
{
    QStringList words;
    QStringList variants;
    QSet<QString> seenVariants;

    void addText(const QString &text)
    {
        for (const QString &word : TextFolding::words(text)) {
            words << word.toLower();
            for (const QString &variant : TextFolding::searchVariants(word)) {
                if (!seenVariants.contains(variant)) {
                    seenVariants.insert(variant);
                    variants << variant;
                }
            }
        }
    }
    QString text() const { return (words + variants).join(u' '); }
};

bool looksLikePhone(const QString &text, QString *digits)
{
    int count = 0;
    QString d;
    for (const QChar c : text) {
        if (c.isDigit()) {
            d += c;
            ++count;
        } else if (!(c.isSpace() || c == u'+' || c == u'-' || c == u'/' || c == u'(' || c == u')' || c == u'.')) {
            return false;
        }
    }
    *digits = d;
    return count >= 3;
}
} // namespace

QString SearchIndex::documentFor(const Contact &c, const QString &companyName)
{
    DocumentBuilder doc;
    for (const QString &part : {c.firstName, c.middleName, c.lastName}) {
        doc.addText(part);
    }
    if (c.isCompany() || c.displayName != ContactValidator::generatedDisplayName(c)) {
        doc.addText(c.displayName);
    }
    doc.addText(companyName);
    for (const auto &e : c.emails) {
        doc.addText(e.value);
    }
    for (const auto &p : c.phones) {
        QString digits;
        if (!p.e164.isEmpty()) {
            doc.words << p.e164.mid(1) << PhoneNormalizer::nationalDigits(p.e164); // E.164 without "+"
        }
        if (looksLikePhone(p.raw, &digits)) {
            doc.words << digits;
        }
    }
    for (const auto &a : c.addresses) {
        doc.addText(a.street);
        doc.addText(a.city);
    }
    for (const auto &t : c.tags) {
        doc.addText(t);
    }
    return doc.text();
}

Result<void> SearchIndex::write(Database &db, qint64 contactId, const QString &document)
{
    if (auto ok = remove(db, contactId); !ok) {
        return ok;
    }
    return insert(db, contactId, document);
}

Result<void> SearchIndex::insert(Database &db, qint64 contactId, const QString &document)
{
    auto &q = db.prepared(u"INSERT INTO contact_search(rowid, doc) VALUES (?, ?)"_s);
    q.addBindValue(contactId);
    q.addBindValue(document);
    if (!q.exec()) {
        return storageError(q);
    }
    return {};
}

Result<void> SearchIndex::remove(Database &db, qint64 contactId)
{
    auto &q = db.prepared(u"DELETE FROM contact_search WHERE rowid = ?"_s);
    q.addBindValue(contactId);
    if (!q.exec()) {
        return storageError(q);
    }
    return {};
}

Result<void> SearchIndex::refresh(Database &db, const QList<qint64> &contactIds)
{
    // Only the parts the document uses; the same documentFor() as the write path.
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    QString sql = u"SELECT c.id, c.first_name, c.middle_name, c.last_name, c.display_name, co.display_name,"
                  " (SELECT group_concat(value, char(31)) FROM contact_emails WHERE contact_id = c.id),"
                  " (SELECT group_concat(raw || char(30) || e164, char(31)) FROM contact_phones"
                  "  WHERE contact_id = c.id),"
                  " (SELECT group_concat(street || char(30) || city, char(31)) FROM contact_addresses"
                  "  WHERE contact_id = c.id),"
                  " (SELECT group_concat(tag, char(31)) FROM contact_tags WHERE contact_id = c.id)"
                  " FROM contacts c LEFT JOIN contacts co ON co.id = c.company_id"_s;
    if (!contactIds.isEmpty()) {
        QStringList ids;
        for (const qint64 id : contactIds) {
            ids << QString::number(id);
        }
        sql += u" WHERE c.id IN (%1)"_s.arg(ids.join(u',')); // integers only
    }
    if (!q.exec(sql)) {
        return storageError(q);
    }
    const auto split = [](const QVariant &v) {
        const QString s = v.toString();
        return s.isEmpty() ? QStringList() : s.split(QChar(31));
    };
    while (q.next()) {
        Contact c;
        c.id = q.value(0).toLongLong();
        c.firstName = q.value(1).toString();
        c.middleName = q.value(2).toString();
        c.lastName = q.value(3).toString();
        c.displayName = q.value(4).toString();
        for (const QString &e : split(q.value(6))) {
            c.emails << EmailAddress{e, {}, false};
        }
        for (const QString &p : split(q.value(7))) {
            c.phones << PhoneNumber{p.section(QChar(30), 0, 0), p.section(QChar(30), 1), {}, false};
        }
        for (const QString &a : split(q.value(8))) {
            c.addresses << PostalAddress{a.section(QChar(30), 0, 0), {}, a.section(QChar(30), 1), {}, {}, {}};
        }
        c.tags = split(q.value(9));
        if (auto ok = write(db, c.id, documentFor(c, q.value(5).toString())); !ok) {
            return ok;
        }
    }
    return {};
}

Result<void> SearchIndex::rebuildAll(Database &db)
{
    if (auto ok = db.exec(u"DELETE FROM contact_search"_s); !ok) {
        return ok;
    }
    return refresh(db, {});
}

QString SearchIndex::matchExpression(const QString &userQuery)
{
    const QString text = userQuery.simplified();
    if (text.isEmpty()) {
        return {};
    }
    QString digits;
    if (looksLikePhone(text, &digits)) {
        // "030 123", "+49 30 123": one number. A leading 00 is the international prefix.
        if (digits.startsWith(u"00"_s)) {
            digits = digits.mid(2);
        }
        return u"\"%1\"*"_s.arg(digits);
    }
    QStringList terms;
    for (const QString &term : text.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList words = TextFolding::words(term);
        if (words.isEmpty()) {
            continue;
        }
        // Words of one term ("max.muster@ex") stay a phrase; the last one is a prefix. Tokens hold only
        // letters and digits, so they need no escaping inside the quotes.
        QStringList lowered;
        for (const QString &w : words) {
            lowered << w.toLower();
        }
        terms << u"\"%1\"*"_s.arg(lowered.join(u' '));
    }
    return terms.join(u' ');
}

} // namespace Kontor
