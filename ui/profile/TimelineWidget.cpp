#include "TimelineWidget.h"

#include "CardDelegate.h"
#include "ProfileText.h"
#include "StorageThread.h"
#include "TimelineComposer.h"
#include "notes/NoteService.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
enum Filter
{
    AllEntries,
    NotesOnly,
    ChangesOnly,
};
} // namespace

TimelineWidget::TimelineWidget(StorageThread *storage, const Session &session, qint64 contactId, QWidget *parent)
    : QWidget(parent)
    , m_storage(storage)
    , m_session(session)
    , m_contactId(contactId)
    , m_filterComboBox(new QComboBox(this))
    , m_listWidget(new QListWidget(this))
    , m_emptyLabel(new QLabel(this))
    , m_titleLabel(new QLabel(this))
    , m_composer(new TimelineComposer(this))
{
    setObjectName(u"timelineWidget"_s);
    m_filterComboBox->setObjectName(u"timelineFilterComboBox"_s);
    m_listWidget->setObjectName(u"timelineListWidget"_s);
    m_emptyLabel->setObjectName(u"timelineEmptyLabel"_s);
    m_titleLabel->setObjectName(u"timelineTitleLabel"_s);
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    for (int i = 0; i < 3; ++i) {
        m_filterComboBox->addItem(QString());
    }
    m_listWidget->setItemDelegate(new CardDelegate(m_listWidget));
    m_listWidget->setResizeMode(QListView::Adjust);
    m_listWidget->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_listWidget->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listWidget->setFrameShape(QFrame::NoFrame);
    m_listWidget->setStyleSheet(u"QListWidget { background: palette(window); }"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *top = new QHBoxLayout;
    top->addWidget(m_titleLabel);
    top->addStretch();
    top->addWidget(m_filterComboBox);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_listWidget, 1);
    layout->addWidget(m_emptyLabel, 1);
    layout->addWidget(m_composer);

    connect(m_filterComboBox, &QComboBox::currentIndexChanged, this, &TimelineWidget::refresh);
    connect(m_composer, &TimelineComposer::submitted, this, &TimelineWidget::addNote);
    retranslate();
    showEntries({});
    refresh();
}

int TimelineWidget::entryCount() const
{
    return m_listWidget->count();
}

void TimelineWidget::refresh()
{
    QList<TimelineEntry::Type> types;
    if (m_filterComboBox->currentIndex() == NotesOnly) {
        types = {TimelineEntry::Type::Note};
    } else if (m_filterComboBox->currentIndex() == ChangesOnly) {
        types = {TimelineEntry::Type::Change};
    }
    const int generation = ++m_generation;
    const Session session = m_session;
    const qint64 id = m_contactId;
    m_storage->run<Result<QList<TimelineEntry>>>(
        this,
        [session, id, types](Database &db) { return NoteService(db, session).timeline(id, types); },
        [this, generation](const Result<QList<TimelineEntry>> &entries) {
            if (generation != m_generation) {
                return; // the filter changed again: a newer answer is coming
            }
            if (!entries) {
                m_emptyLabel->setText(tr("The timeline could not be loaded: %1").arg(entries.error().message));
                m_listWidget->hide();
                m_emptyLabel->show();
                return;
            }
            showEntries(*entries);
            Q_EMIT refreshed();
        });
}

void TimelineWidget::showEntries(const QList<TimelineEntry> &entries)
{
    m_entries = entries;
    m_listWidget->clear();
    for (const auto &entry : entries) {
        auto *item = new QListWidgetItem(textOf(entry), m_listWidget);
        item->setData(CardDelegate::HeaderRole, headerOf(entry));
        const bool note = entry.type == TimelineEntry::Type::Note;
        item->setData(CardDelegate::AccentRole, note ? QColor(0xe0, 0xa8, 0x00) : QColor(0x5b, 0x8d, 0xd6));
        item->setData(Qt::UserRole, note ? entry.noteId : 0);
    }
    m_listWidget->setVisible(!entries.isEmpty());
    m_emptyLabel->setVisible(entries.isEmpty());
}

void TimelineWidget::addNote(const QString &channel, const QString &text)
{
    if (channel != u"note"_s) {
        return;
    }
    m_composer->setBusy(true);
    const Session session = m_session;
    const qint64 id = m_contactId;
    m_storage->run<Result<Note>>(
        this,
        [session, id, text](Database &db) { return NoteService(db, session).add(id, text); },
        [this](const Result<Note> &added) {
            m_composer->setBusy(false);
            if (!added) {
                m_composer->showError(added.error().message);
                return;
            }
            m_composer->clear();
            refresh(); // changesCommitted reloads the rest of the profile
        });
}

QString TimelineWidget::headerOf(const TimelineEntry &entry)
{
    const QString when = ProfileText::dateTime(entry.at);
    if (entry.type == TimelineEntry::Type::Note) {
        //: Header of a note in the timeline: %1 who, %2 when
        return tr("Note by %1 · %2").arg(ProfileText::user(entry.userName), when);
    }
    //: Header of a change in the timeline: %1 when, %2 where it came from (Desktop, Import, ...)
    return tr("Change · %1 · %2").arg(when, ProfileText::origin(entry.origin));
}

QString TimelineWidget::textOf(const TimelineEntry &entry)
{
    if (entry.type == TimelineEntry::Type::Note) {
        return entry.text;
    }
    return ProfileText::change(entry.userName, entry.action, entry.fieldLabel, entry.oldValue, entry.newValue);
}

void TimelineWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showEntries(m_entries);
    }
    QWidget::changeEvent(event);
}

void TimelineWidget::retranslate()
{
    m_titleLabel->setText(tr("Timeline"));
    m_filterComboBox->setItemText(AllEntries, tr("All"));
    m_filterComboBox->setItemText(NotesOnly, tr("Notes"));
    m_filterComboBox->setItemText(ChangesOnly, tr("Changes"));
    m_emptyLabel->setText(tr("Nothing has happened here yet."));
}

} // namespace Kontor
