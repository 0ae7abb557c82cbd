#pragma once

#include "FieldBinding.h"
#include "ProfileReferences.h"
#include "Session.h"
#include "contacts/Contact.h"
#include "emailcheck/EmailCheck.h"

#include <QList>
#include <QWidget>

class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace Kontor {

class CollapsibleSection;
class InlineField;
class StorageThread;

// The left column of a profile: a header (photo or initials, name, job title at company) and every value of the
// contact in sections, each edited in place. A change is saved with ContactService::update on the storage
// thread; a rejected one keeps its editor open with the message below it.
class DetailsPanel : public QWidget
{
    Q_OBJECT

public:
    DetailsPanel(
        StorageThread *storage, const Session &session, const QString &defaultRegion, QWidget *parent = nullptr);

    // Builds the sections for a person or a company with the given choices; editors open now are dropped.
    void setup(ContactKind kind, const ProfileReferences &references);
    // Shows the contact's values; fields being edited keep what the user typed.
    void setContact(const Contact &contact);
    // The stored verification of the contact's addresses (EmailCheckService), shown below the e-mail field.
    void setEmailChecks(const QList<EmailCheck> &checks);
    const Contact &contact() const { return m_contact; }
    bool isEditing() const;

Q_SIGNALS:
    void contactSaved(const Kontor::Contact &contact);
    void openContactRequested(qint64 contactId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void addField(CollapsibleSection *section, FieldBinding binding);
    void commit(int index);
    void updateHeader();
    void updateEmailChecks();
    QPixmap avatar(int size) const;
    void retranslate();

    StorageThread *m_storage;
    Session m_session;
    QString m_region;
    ContactKind m_kind = ContactKind::Person;
    ProfileReferences m_references;
    Contact m_contact;
    QLabel *m_photoLabel;
    QLabel *m_nameLabel;
    QLabel *m_subtitleLabel;
    QWidget *m_sections = nullptr;
    QVBoxLayout *m_layout;
    QList<FieldBinding> m_bindings;
    QList<InlineField *> m_fields;
    QList<EmailCheck> m_emailChecks;
    QLabel *m_emailChecksLabel = nullptr;
    QFormLayout *m_emailChecksForm = nullptr;
};

} // namespace Kontor
