#pragma once

#include "Session.h"
#include "notes/Note.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace Kontor {

class StorageThread;

// The notes of a contact with who wrote and changed them; new, edit (double-click) and delete (asks first).
class NotesTab : public QWidget
{
    Q_OBJECT

public:
    NotesTab(StorageThread *storage, const Session &session, qint64 contactId, QWidget *parent = nullptr);

public Q_SLOTS:
    void refresh();
    void newNote();
    void editCurrentNote();
    void deleteCurrentNote();

Q_SIGNALS:
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showNotes(const QList<Note> &notes);
    void openEditor(const Note &note);
    const Note *currentNote() const;
    void updateButtons();
    void retranslate();

    StorageThread *m_storage;
    Session m_session;
    qint64 m_contactId;
    QList<Note> m_notes;
    QListWidget *m_listWidget;
    QLabel *m_messageLabel;
    QPushButton *m_newButton;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
};

} // namespace Kontor
