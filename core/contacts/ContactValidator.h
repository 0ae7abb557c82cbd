#pragma once

#include "Contact.h"
#include "CustomField.h"
#include "Result.h"

#include <QCoreApplication>

namespace Kontor {

// Normalises a contact (trimmed text, display name, E.164 phones, one primary e-mail and phone, unique tags,
// canonical custom values) and checks every rule. Pure: no database access, so the UI may call it on the GUI
// thread for inline messages. The first broken rule comes back as Error::Code::Invalid whose location.field is
// the field key ("first_name", "emails", "custom.<id>") and whose message names the value.
class ContactValidator
{
    Q_DECLARE_TR_FUNCTIONS(ContactValidator)

public:
    explicit ContactValidator(QString defaultRegion);
    // Custom field definitions to check values against; values of unknown fields are rejected.
    void setCustomFields(const QList<CustomField> &fields)
    {
        m_fields = fields;
        m_checkCustom = true;
    }

    Result<Contact> prepare(Contact contact) const;
    // prepare() for a batch, in order. Large batches are split across two threads: validation is pure, and
    // parsing phone numbers (ICU regular expressions in libphonenumber) is a fifth of what saving costs.
    QList<Result<Contact>> prepareAll(const QList<Contact> &contacts) const;

    // "Dr. Anna Maria Müller" from the name parts.
    static QString generatedDisplayName(const Contact &contact);
    // Stored sort key: last name, first name, middle name for persons; the name for companies.
    static QString sortKey(const Contact &contact);

private:
    Result<void> normaliseEmails(Contact &c) const;
    Result<void> normalisePhones(Contact &c) const;
    Result<void> normaliseAddresses(Contact &c) const;
    Result<void> normaliseCustom(Contact &c) const;

    QString m_region;
    QList<CustomField> m_fields;
    bool m_checkCustom = false;
};

} // namespace Kontor
