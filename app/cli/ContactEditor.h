#pragma once

#include "ArgumentParser.h"
#include "Result.h"
#include "customfields/CustomField.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Kontor {

struct CliContext;
struct Contact;

// Turns the options of `contacts add` and `contacts edit` into changes of a Contact, left to right.
// Value problems fail as Error::Code::Invalid naming the field key ("emails", "birthday") or the custom
// field's name, so the error line says where; an unknown custom field is Error::Code::NotFound.
// The company (--company) is only looked up by linkCompany(), after the contact passed validation, because
// looking it up may create it and a rejected contact must leave the database untouched.
class ContactEditor
{
    Q_DECLARE_TR_FUNCTIONS(ContactEditor)

public:
    explicit ContactEditor(CliContext &context);

    static QList<OptionSpec> addOptions();
    static QList<OptionSpec> editOptions();

    Result<void> apply(Contact &contact, const QList<ParsedOption> &options);
    Result<void> linkCompany(Contact &contact);
    bool changesSomething() const { return m_changes > 0; }

private:
    Result<void> applyOne(Contact &contact, const ParsedOption &option);
    Result<void> applyText(Contact &contact, const QString &name, const QString &value, bool *handled);
    Result<void> applyList(Contact &contact, const QString &name, const QString &value, bool *handled);
    Result<void> applyCustom(Contact &contact, const QString &assignment);
    Result<void> applySocial(Contact &contact, const QString &assignment);
    Result<void> applyDnd(Contact &contact, const QString &channels);
    Result<void> applyBirthday(Contact &contact, const QString &text);
    static void settlePrimaries(Contact &contact);

    CliContext &m_context;
    std::optional<QString> m_company;
    std::optional<QList<CustomField>> m_fields;
    bool m_emailsReplaced = false;
    bool m_phonesReplaced = false;
    bool m_tagsReplaced = false;
    int m_changes = 0;
};

} // namespace Kontor
