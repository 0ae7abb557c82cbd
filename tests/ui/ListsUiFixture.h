#pragma once

#include "GuiFixture.h"
#include "contacts/ContactService.h"
#include "smartlists/SmartListService.h"

#include <QCoreApplication>
#include <QDir>
#include <QObject>

#include <catch2/catch.hpp>

namespace Kontor::Test {

constexpr int ListsWaitMs = 15000;

// GuiFixture with the smart list helpers of the filter builder and smart list tests.
class ListsUiFixture : public GuiFixture
{
public:
    qint64 addPerson(const QString &first, const QString &last, const QString &city, const QStringList &tags = {})
    {
        const Session session = this->session();
        return value<Contact>([=](Database &db) {
            Contact contact;
            contact.firstName = first;
            contact.lastName = last;
            contact.tags = tags;
            if (!city.isEmpty()) {
                PostalAddress address;
                address.city = city;
                contact.addresses.append(address);
            }
            return ContactService(db, session).create(contact);
        }).id;
    }

    SmartList createList(const QString &name, const QString &filter)
    {
        const Session session = this->session();
        return value<SmartList>([=](Database &db) { return SmartListService(db, session).create(name, filter); });
    }

    QList<SmartList> ownLists()
    {
        const Session session = this->session();
        const QList<SmartList> all
            = value<QList<SmartList>>([=](Database &db) { return SmartListService(db, session).list(); });
        QList<SmartList> own;
        for (const SmartList &list : all) {
            if (list.ownerId == session.userId) {
                own.append(list);
            }
        }
        return own;
    }

    QStringList ownListNames()
    {
        QStringList names;
        const QList<SmartList> lists = ownLists();
        for (const SmartList &list : lists) {
            names.append(SmartListService::displayName(list));
        }
        return names;
    }
};

template <typename T> T *requireChild(QObject *parent, const QString &name)
{
    auto *found = parent->findChild<T *>(name);
    INFO("looking for " << name.toStdString());
    REQUIRE(found);
    return found;
}

inline QString screenshotPath(const QString &fileName)
{
    const QString folder = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    REQUIRE(QDir().mkpath(folder));
    return folder + u'/' + fileName;
}

} // namespace Kontor::Test
