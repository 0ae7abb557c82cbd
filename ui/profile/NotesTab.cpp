#include "NotesTab.h"

#include "CardDelegate.h"
#include "NoteEditDialog.h"
#include "ProfileText.h"
#include "StorageThread.h"
#include "common/ConfirmBox.h"
#include "notes/NoteService.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

NotesTab::NotesTab(StorageThread *storage, const Session &session, qint64 contactId, QWidget *parent)
    : QWidget(parent)
    , m_storage(storage)
    , m_session(session)
    , m_contactId(contactId)
    , m_listWidget(new QListWidget(this))
    , m_messageLabel(new QLabel(this))
    , m_newButton(new QPushButton(this))
    , m_editButton(new QPushButton(this))
    , m_deleteButton(new QPushButton(this))
{
    setObjectName(u"notesTab"_s);
    m_listWidget->setObjectName(u"notesListWidget"_s);
    m_messageLabel->setObjectName(u"notesMessageLabel"_s);
    m_newButton->setObjectName(u"newNoteButton"_s);
    m_editButton->setObjectName(u"editNoteButton"_s);
    m_deleteButton->setObjectName(u"deleteNoteButton"_s);
    m_listWidget->setItemDelegate(new CardDelegate(m_listWidget));
    m_listWidget->setResizeMode(QListView::Adjust);
    m_listWidget->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addStretch();
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_deleteButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_listWidget, 1);
    layout->addWidget(m_messageLabel, 1);

    connect(m_newButton, &QPushButton::clicked, this, &NotesTab::newNote);
    connect(m_editButton, &QPushButton::clicked, this, &NotesTab::editCurrentNote);
    connect(m_deleteButton, &QPushButton::clicked, this, &NotesTab::deleteCurrentNote);
    connect(m_listWidget, &QListWidget::itemActivated, this, &NotesTab::editCurrentNote);
    connect(m_listWidget, &QListWidget::currentRowChanged, this, &NotesTab::updateButtons);
    retranslate();
    showNotes({});
    refresh();
}

void NotesTab::refresh()
{
    const Session session = m_session;
    const qint64 id = m_contactId;
    m_storage->run<Result<QList<Note>>>(
        this,
        [session, id](Database &db) { return NoteService(db, session).forContact(id); },
        [this](const Result<QList<Note>> &notes) {
            if (!notes) {
                m_listWidget->hide();
                m_messageLabel->setText(tr("The notes could not be loaded: %1").arg(notes.error().message));
                m_messageLabel->show();
                return;
            }
            showNotes(*notes);
            Q_EMIT refreshed();
        });
}

void NotesTab::showNotes(const QList<Note> &notes)
{
    const qint64 current = currentNote() ? currentNote()->id : 0;
    m_notes = notes;
    m_listWidget->clear();
    for (const auto &note : notes) {
        auto *item = new QListWidgetItem(note.body, m_listWidget);
        QString header
            = tr("%1 · %2").arg(ProfileText::user(note.createdByName), ProfileText::dateTime(note.createdAt));
        if (note.updatedAt > note.createdAt) {
            //: %1 is who wrote the note and when; %2 who changed it last, %3 when
            header = tr("%1 (changed by %2 · %3)")
                         .arg(header, ProfileText::user(note.updatedByName), ProfileText::dateTime(note.updatedAt));
        }
        item->setData(CardDelegate::HeaderRole, header);
        item->setData(CardDelegate::AccentRole, QColor(0xe0, 0xa8, 0x00));
        item->setData(Qt::UserRole, note.id);
        if (note.id == current) {
            m_listWidget->setCurrentItem(item);
        }
    }
    m_listWidget->setVisible(!notes.isEmpty());
    m_messageLabel->setVisible(notes.isEmpty());
    m_messageLabel->setText(tr("No notes yet."));
    updateButtons();
}

void NotesTab::newNote()
{
    openEditor(Note{});
}

void NotesTab::editCurrentNote()
{
    if (const Note *note = currentNote()) {
        openEditor(*note);
    }
}

void NotesTab::openEditor(const Note &note)
{
    auto *dialog = new NoteEditDialog(note.body, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NoteEditDialog::saveRequested, this, [this, dialog, noteId = note.id](const QString &text) {
        dialog->setBusy(true);
        const Session session = m_session;
        const qint64 contactId = m_contactId;
        m_storage->run<Result<Note>>(
            dialog,
            [session, contactId, noteId, text](Database &db) {
                NoteService notes(db, session);
                return noteId ? notes.edit(noteId, text) : notes.add(contactId, text);
            },
            [this, dialog](const Result<Note> &saved) {
                if (!saved) {
                    dialog->showError(saved.error().message);
                    return;
                }
                dialog->accept();
                refresh();
            });
    });
    dialog->open();
}

void NotesTab::deleteCurrentNote()
{
    const Note *note = currentNote();
    if (!note) {
        return;
    }
    const qint64 noteId = note->id;
    Confirmation question;
    question.title = tr("Delete note");
    question.text = tr("Delete this note for good?");
    question.informativeText = note->body.left(200);
    question.acceptText = tr("Delete");
    question.objectName = u"deleteNoteMessageBox"_s;
    ConfirmBox::ask(this, question, [this, noteId] {
        const Session session = m_session;
        m_storage->run<Result<void>>(
            this,
            [session, noteId](Database &db) { return NoteService(db, session).remove(noteId); },
            [this](const Result<void> &removed) {
                if (!removed) {
                    m_messageLabel->setText(removed.error().message);
                    m_messageLabel->show();
                    return;
                }
                refresh();
            });
    });
}

const Note *NotesTab::currentNote() const
{
    const QListWidgetItem *item = m_listWidget->currentItem();
    if (!item) {
        return nullptr;
    }
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    for (const auto &note : m_notes) {
        if (note.id == id) {
            return &note;
        }
    }
    return nullptr;
}

void NotesTab::updateButtons()
{
    const bool chosen = currentNote() != nullptr;
    m_editButton->setEnabled(chosen);
    m_deleteButton->setEnabled(chosen);
}

void NotesTab::keyPressEvent(QKeyEvent *event)
{
    // Del on a note deletes the note, not the whole contact (which the profile would do next).
    if (event->key() == Qt::Key_Delete && currentNote() && m_listWidget->hasFocus()) {
        deleteCurrentNote();
        return;
    }
    QWidget::keyPressEvent(event);
}

void NotesTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showNotes(m_notes);
    }
    QWidget::changeEvent(event);
}

void NotesTab::retranslate()
{
    m_newButton->setText(tr("New note..."));
    m_editButton->setText(tr("Edit..."));
    m_deleteButton->setText(tr("Delete"));
}

} // namespace Kontor
