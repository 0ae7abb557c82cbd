#include "CompanyNameCompleter.h"

#include "StorageThread.h"
#include "contacts/ContactService.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>

namespace Kontor {

namespace {
constexpr int TypingPauseMs = 200;
constexpr int CompletionRows = 20;
constexpr int MinimumLength = 2; // one letter matches too many companies to be of help
} // namespace

CompanyNameCompleter::CompanyNameCompleter(StorageThread *storage, const Session &session, QLineEdit *lineEdit)
    : QObject(lineEdit)
    , m_storage(storage)
    , m_session(session)
    , m_lineEdit(lineEdit)
    , m_names(new QStringListModel(this))
{
    auto *completer = new QCompleter(m_names, lineEdit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    lineEdit->setCompleter(completer);
    m_timer.setSingleShot(true);
    m_timer.setInterval(TypingPauseMs);
    connect(&m_timer, &QTimer::timeout, this, &CompanyNameCompleter::lookUp);
    connect(lineEdit, &QLineEdit::textEdited, &m_timer, qOverload<>(&QTimer::start));
}

void CompanyNameCompleter::lookUp()
{
    const QString text = m_lineEdit->text().trimmed();
    if (text.size() < MinimumLength) {
        return;
    }
    ContactListQuery query;
    query.kind = int(ContactKind::Company);
    query.search = text;
    query.limit = CompletionRows;
    const quint64 generation = ++m_generation;
    const Session session = m_session;
    m_storage->run<Result<ContactPage>>(
        this,
        [query, session](Database &db) { return ContactService(db, session).list(query); },
        [this, generation](const Result<ContactPage> &page) {
            if (generation != m_generation || !page) {
                return;
            }
            QStringList names;
            for (const ContactSummary &row : page->rows) {
                names.append(row.displayName);
            }
            m_names->setStringList(names);
            if (m_lineEdit->hasFocus() && !names.isEmpty()) {
                m_lineEdit->completer()->complete();
            }
        });
}

} // namespace Kontor
