#pragma once

#include "Session.h"
#include "notes/Note.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;

namespace Kontor {

class StorageThread;
class TimelineComposer;

// The centre of a profile: the contact's notes and changes as cards, newest first (NoteService::timeline),
// a filter by type, and the composer that adds notes.
class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    TimelineWidget(StorageThread *storage, const Session &session, qint64 contactId, QWidget *parent = nullptr);

    TimelineComposer *composer() const { return m_composer; }
    // Entries shown now (after the filter).
    int entryCount() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showEntries(const QList<TimelineEntry> &entries);
    void addNote(const QString &channel, const QString &text);
    static QString headerOf(const TimelineEntry &entry);
    static QString textOf(const TimelineEntry &entry);
    void retranslate();

    StorageThread *m_storage;
    Session m_session;
    qint64 m_contactId;
    QComboBox *m_filterComboBox;
    QListWidget *m_listWidget;
    QLabel *m_emptyLabel;
    QLabel *m_titleLabel;
    TimelineComposer *m_composer;
    QList<TimelineEntry> m_entries;
    int m_generation = 0;
};

} // namespace Kontor
