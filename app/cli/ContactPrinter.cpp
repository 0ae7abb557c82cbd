#include "ContactPrinter.h"

#include "CliOutput.h"
#include "contacts/Contact.h"
#include "contacts/ContactSummary.h"

#include <QDateTime>
#include <QTextStream>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

QString dndText(DndChannels dnd)
{
    QStringList parts;
    if (dnd.testFlag(DndChannel::All)) {
        parts << ContactPrinter::tr("all channels");
    }
    if (dnd.testFlag(DndChannel::Email)) {
        parts << ContactPrinter::tr("e-mail");
    }
    if (dnd.testFlag(DndChannel::Sms)) {
        parts << ContactPrinter::tr("SMS");
    }
    if (dnd.testFlag(DndChannel::Calls)) {
        parts << ContactPrinter::tr("calls");
    }
    if (dnd.testFlag(DndChannel::WhatsApp)) {
        parts << ContactPrinter::tr("WhatsApp");
    }
    return parts.join(u", ");
}

QString addressText(const PostalAddress &a)
{
    QStringList parts;
    for (const QString &p : {a.street, QStringList{a.postalCode, a.city}.join(u' ').trimmed(), a.region, a.country}) {
        if (!p.isEmpty()) {
            parts << p;
        }
    }
    return parts.join(u", ");
}

QString withLabel(const QString &value, const QString &label, bool primary)
{
    QString text = value;
    if (!label.isEmpty()) {
        text += u" ("_s + label + u')';
    }
    if (primary) {
        //: marks the primary e-mail address or phone number in "contacts show"
        text += u' ' + ContactPrinter::tr("[primary]");
    }
    return text;
}

} // namespace

QString ContactPrinter::localTime(qint64 utcMs)
{
    if (utcMs == 0) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(utcMs).toString(u"yyyy-MM-dd HH:mm"_s);
}

QJsonValue ContactPrinter::textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue ContactPrinter::utcOrNull(qint64 utcMs)
{
    return utcMs > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toString(Qt::ISODateWithMs))
                     : QJsonValue(QJsonValue::Null);
}

void ContactPrinter::printDetails(QTextStream &out, const Contact &c, const Names &names)
{
    QList<std::pair<QString, QString>> lines;
    const auto add = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty()) {
            lines.append({label, value});
        }
    };
    const auto userName = [&names](qint64 id) { return names.users.value(id, QString::number(id)); };

    add(tr("ID"), QString::number(c.id));
    add(tr("UUID"), c.uuid);
    add(tr("Kind"), c.isCompany() ? tr("Company") : tr("Person"));
    add(tr("Name"), c.displayName);
    add(tr("Salutation"), c.salutation);
    add(tr("Title"), c.title);
    add(tr("First name"), c.firstName);
    add(tr("Middle name"), c.middleName);
    add(tr("Last name"), c.lastName);
    add(tr("Company"), c.companyName);
    add(tr("Job title"), c.jobTitle);
    add(tr("Department"), c.department);
    for (const auto &e : c.emails) {
        add(tr("E-mail"), withLabel(e.value, e.label, e.primary && c.emails.size() > 1));
    }
    for (const auto &p : c.phones) {
        add(tr("Phone"), withLabel(p.e164.isEmpty() ? p.raw : p.e164, p.label, p.primary && c.phones.size() > 1));
    }
    for (const auto &a : c.addresses) {
        add(tr("Address"), withLabel(addressText(a), a.label, false));
    }
    add(tr("Birthday"), c.birthday.toIsoString());
    add(tr("Website"), c.website);
    for (auto it = c.socialProfiles.cbegin(); it != c.socialProfiles.cend(); ++it) {
        add(tr("Social"), u"%1: %2"_s.arg(it.key(), it.value()));
    }
    add(tr("Tags"), c.tags.join(u", "));
    add(tr("Source"), c.source);
    add(tr("Contact type"), c.contactType);
    add(tr("Lead"), c.lead ? tr("yes") : QString());
    add(tr("Owner"), c.ownerId ? userName(c.ownerId) : QString());
    QStringList followers;
    for (qint64 id : c.followerIds) {
        followers << userName(id);
    }
    add(tr("Followers"), followers.join(u", "));
    add(tr("Do not disturb"), dndText(c.dnd));
    for (auto it = c.customValues.cbegin(); it != c.customValues.cend(); ++it) {
        QString value = it.value();
        add(names.customFields.value(it.key(), u"#%1"_s.arg(it.key())), value.replace(u'\n', u", "_s));
    }
    add(tr("Description"), c.description);
    add(tr("Created"), localTime(c.createdAt));
    add(tr("Updated"), localTime(c.updatedAt));
    add(tr("In the trash since"), localTime(c.deletedAt));

    qsizetype width = 0;
    for (const auto &[label, value] : std::as_const(lines)) {
        width = std::max(width, label.size());
    }
    for (const auto &[label, value] : std::as_const(lines)) {
        QString shown = value;
        // Continuation lines of a multi-line description line up under the value.
        shown.replace(u'\n', u'\n' + QString(width + 2, u' '));
        out << (label + u':').leftJustified(width + 1) << u' ' << shown << u'\n';
    }
    out.flush();
}

TextTable ContactPrinter::listTable()
{
    return TextTable({tr("ID"), tr("Name"), tr("Company"), tr("E-mail"), tr("Phone")});
}

QStringList ContactPrinter::listRow(const ContactSummary &r)
{
    return {QString::number(r.id), r.displayName, r.companyName, r.primaryEmail, r.primaryPhone};
}

TextTable ContactPrinter::trashTable()
{
    return TextTable({tr("ID"), tr("Name"), tr("Company"), tr("Deleted"), tr("Deleted by")});
}

QStringList ContactPrinter::trashRow(const ContactSummary &r)
{
    return {QString::number(r.id), r.displayName, r.companyName, localTime(r.deletedAt), r.deletedByName};
}

} // namespace Kontor
