#pragma once

#include "Session.h"
#include "contacts/Contact.h"

#include <QDialog>
#include <QHash>

#include <memory>

class QLabel;
class QLineEdit;

namespace Ui {
class ContactEditDialog;
}

namespace Kontor {

class EntryRowsWidget;
class PhotoWidget;
class StorageThread;
struct Error;

// Creates or edits one contact with all its fields. Loading, the company lookup and saving run on the
// StorageThread; checks that need no database (e-mail syntax, phone numbers, custom field values) run while
// typing. A rejected save shows the message in the bar at the top and next to the field it names.
class ContactEditDialog : public QDialog
{
    Q_OBJECT

public:
    // contactId 0 creates a new contact.
    ContactEditDialog(StorageThread *storage,
        const Session &session,
        const QString &defaultRegion,
        qint64 contactId = 0,
        QWidget *parent = nullptr);
    ~ContactEditDialog() override;

    qint64 contactId() const { return m_contact.id; }
    // True once the contact (and the custom field definitions) are loaded and the form can be edited.
    bool isReady() const { return m_ready; }
    // A new contact starts as this kind (the radio buttons still switch it): "New company" opens the form
    // with the company fields.
    void setNewContactKind(ContactKind kind);
    // The contact as the form describes it now, before the service normalises it.
    Contact contactFromForm() const;

public Q_SLOTS:
    void save();

Q_SIGNALS:
    void ready();
    void saved(qint64 contactId);
    // A save was rejected; the message is shown in the bar and next to the field.
    void saveFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupDynamicParts();
    void load();
    void fillForm(const Contact &contact);
    void updateKind();
    void updateDisplayNamePreview();
    // Checks that need no database; shows the first problem and returns false.
    bool checkLocally();
    void showError(const Error &error);
    void showFieldError(const QString &field, const QString &message);
    void clearErrors();
    void checkEntries(EntryRowsWidget *rows, QLabel *errorLabel);
    void retranslateCode();

    std::unique_ptr<Ui::ContactEditDialog> ui;
    StorageThread *m_storage;
    Session m_session;
    QString m_region;
    Contact m_contact;
    EntryRowsWidget *m_emails;
    EntryRowsWidget *m_phones;
    EntryRowsWidget *m_addresses;
    PhotoWidget *m_photo;
    QHash<QString, QLineEdit *> m_socialEdits;
    QHash<QString, QLabel *> m_socialLabels;
    bool m_ready = false;
    bool m_saving = false;
};

} // namespace Kontor
