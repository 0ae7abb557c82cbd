#pragma once

#include "Session.h"
#include "contacts/Contact.h"
#include "contacts/ContactSummary.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace Kontor {

class StorageThread;

// Links between persons and companies. A person's profile shows its company (open, assign another, remove)
// and the other persons there; a company's profile its persons (add, remove). Links are written with
// ContactService::setCompany; double-clicking a person or company opens its profile.
class AssociationsTab : public QWidget
{
    Q_OBJECT

public:
    AssociationsTab(StorageThread *storage, const Session &session, QWidget *parent = nullptr);

    void setContact(const Contact &contact);
    int personCount() const;

public Q_SLOTS:
    void refresh();
    void assignCompany();
    void removeFromCompany();
    void addPerson();
    void removePerson();

Q_SIGNALS:
    void openContactRequested(qint64 contactId);
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void link(const QList<qint64> &personIds, qint64 companyId);
    void updateState();
    void retranslate();

    StorageThread *m_storage;
    Session m_session;
    Contact m_contact;
    QList<ContactSummary> m_persons;
    QGroupBox *m_companyGroupBox;
    QLabel *m_companyLabel;
    QPushButton *m_openCompanyButton;
    QPushButton *m_assignCompanyButton;
    QPushButton *m_removeFromCompanyButton;
    QGroupBox *m_personsGroupBox;
    QListWidget *m_personsListWidget;
    QLabel *m_personsEmptyLabel;
    QPushButton *m_addPersonButton;
    QPushButton *m_removePersonButton;
    QLabel *m_messageLabel;
};

} // namespace Kontor
