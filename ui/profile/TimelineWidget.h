#pragma once

#include "Session.h"
#include "timeline/TimelineEntry.h"

#include <QWidget>

class QColor;
class QComboBox;
class QLabel;
class QListWidget;

namespace Kontor {

class StorageThread;
class TimelineComposer;

// The centre of a profile: the contact's notes, tasks, appointments, documents, payments and changes as cards,
// newest first (TimelineService::timeline), each type with its own header and edge colour; a filter by type,
// and the composer that adds notes.
class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    TimelineWidget(StorageThread *storage, const Session &session, qint64 contactId, QWidget *parent = nullptr);

    TimelineComposer *composer() const { return m_composer; }
    // Entries shown now (after the filter).
    int entryCount() const;
    const QList<TimelineEntry> &entries() const { return m_entries; }
    // The filter combo's items, in this order.
    enum Filter
    {
        AllEntries,
        NotesOnly,
        TasksOnly,
        AppointmentsOnly,
        DocumentsOnly,
        PaymentsOnly,
        ChangesOnly,
        FilterCount
    };
    static constexpr int EntryTypeRole = Qt::UserRole + 1; // TimelineService::typeKey
    static constexpr int RecordIdRole = Qt::UserRole + 2; // noteId or recordId

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
    static QColor accentOf(const TimelineEntry &entry);
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
