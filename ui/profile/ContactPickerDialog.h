#pragma once

#include "Session.h"
#include "contacts/Contact.h"

#include <QDialog>
#include <QSet>
#include <QTimer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Kontor {

class StorageThread;

// Finds a company (or a person) by typing a part of its name; the search runs on the storage thread.
class ContactPickerDialog : public QDialog
{
    Q_OBJECT

public:
    ContactPickerDialog(StorageThread *storage, const Session &session, ContactKind kind, QWidget *parent = nullptr);

    // Contacts not to offer (the profile's own, persons already linked).
    void setExcluded(const QSet<qint64> &ids) { m_excluded = ids; }
    qint64 chosenId() const;
    QString chosenName() const;
    // Whether the list shows the answer to the current search text.
    bool isSearching() const { return m_pending; }

public Q_SLOTS:
    void search();

Q_SIGNALS:
    void chosen(qint64 contactId, const QString &name);
    void searched();

private:
    StorageThread *m_storage;
    Session m_session;
    ContactKind m_kind;
    QSet<qint64> m_excluded;
    QLineEdit *m_searchLineEdit;
    QListWidget *m_listWidget;
    QLabel *m_messageLabel;
    QDialogButtonBox *m_buttonBox;
    QTimer m_timer;
    int m_generation = 0;
    bool m_pending = true;
};

} // namespace Kontor
