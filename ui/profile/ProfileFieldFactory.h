#pragma once

#include "FieldBinding.h"
#include "contacts/Contact.h"
#include "users/User.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Kontor {

// Builds the FieldBinding of each value the profile shows: its editor widget and how the value travels between
// the Contact, the editor and the displayed text.
class ProfileFieldFactory
{
    Q_DECLARE_TR_FUNCTIONS(ProfileFieldFactory)

public:
    static FieldBinding text(const QString &key, QString Contact::*member, int maxLength);
    static FieldBinding longText(const QString &key, QString Contact::*member, int maxLength);
    // Person names keep the generated display name in step; companies edit the display name itself.
    static FieldBinding companyName();
    static FieldBinding salutation();
    static FieldBinding company();
    static FieldBinding emails(const QString &region);
    static FieldBinding phones(const QString &region);
    static FieldBinding addresses(const QString &homeRegion);
    static FieldBinding birthday();
    static FieldBinding contactType(const QStringList &types);
    static FieldBinding lead();
    static FieldBinding tags();
    static FieldBinding owner(const QList<User> &users);
    static FieldBinding followers(const QList<User> &users);
    static FieldBinding dnd();

    // "work", "home", "mobile", "other" translated, the user's own labels as they are.
    static QString entryLabel(const QString &label);
    // The country is left out where it is the user's own (homeRegion).
    static QString addressText(const PostalAddress &address, const QString &homeRegion);
    static QString birthdayText(const Birthday &birthday);
};

} // namespace Kontor
