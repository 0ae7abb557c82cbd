#include "FilterBuilderDialog.h"

#include "FilterBuilderWidget.h"
#include "StorageThread.h"
#include "common/MessageBar.h"
#include "contacts/ContactService.h"
#include "filters/FilterExpression.h"
#include "filters/FilterFields.h"
#include "smartlists/SmartListService.h"
#include "users/UserService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
// Long enough to count once per pause in typing, short enough to feel live.
constexpr int CountDelayMs = 300;
} // namespace

FilterBuilderDialog::FilterBuilderDialog(StorageThread *storage, const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_storage(storage)
    , m_session(session)
    , m_messageBar(new MessageBar)
    , m_builder(new FilterBuilderWidget)
    , m_textLineEdit(new QLineEdit)
    , m_matchCountLabel(new QLabel)
    , m_errorLabel(new QLabel)
    , m_countTimer(new QTimer(this))
{
    setObjectName(u"filterBuilderDialog"_s);
    setWindowTitle(tr("More filters"));
    m_messageBar->setObjectName(u"messageBar"_s);
    m_builder->setObjectName(u"filterBuilderWidget"_s);
    m_builder->setEnabled(false);
    m_textLineEdit->setObjectName(u"filterTextLineEdit"_s);
    m_textLineEdit->setReadOnly(true);
    m_textLineEdit->setToolTip(tr("The same filter in the language of kontor-cli and saved smart lists"));
    m_matchCountLabel->setObjectName(u"matchCountLabel"_s);
    QFont bold = m_matchCountLabel->font();
    bold.setBold(true);
    m_matchCountLabel->setFont(bold);
    m_errorLabel->setObjectName(u"filterErrorLabel"_s);
    m_errorLabel->setStyleSheet(u"color: #b3261e;"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();

    auto *buttons = new QDialogButtonBox;
    m_applyButton = buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(u"applyButton"_s);
    m_applyButton->setDefault(true);
    m_saveButton = buttons->addButton(tr("Save as smart list…"), QDialogButtonBox::ActionRole);
    m_saveButton->setObjectName(u"saveSmartListButton"_s);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(u"cancelButton"_s);

    auto *textForm = new QFormLayout;
    textForm->addRow(tr("As text:"), m_textLineEdit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_builder, 1);
    layout->addLayout(textForm);
    layout->addWidget(m_matchCountLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    resize(820, 460);

    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(CountDelayMs);
    connect(m_countTimer, &QTimer::timeout, this, &FilterBuilderDialog::countMatches);
    connect(m_builder, &FilterBuilderWidget::changed, this, [this] {
        m_unparsedText.clear();
        filterChanged();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &FilterBuilderDialog::save);

    loadCatalogue();
    filterChanged();
}

FilterBuilderDialog::~FilterBuilderDialog() = default;

void FilterBuilderDialog::loadCatalogue()
{
    using Catalogue = std::pair<Result<QList<FilterField>>, Result<QList<User>>>;
    m_storage->run<Catalogue>(
        this,
        [](Database &db) { return Catalogue(FilterFields::all(db), UserService(db).list()); },
        [this](const Catalogue &catalogue) {
            if (!catalogue.first || !catalogue.second) {
                const Error &error = catalogue.first ? catalogue.second.error() : catalogue.first.error();
                m_messageBar->showMessage(tr("The fields could not be loaded: %1").arg(error.message));
                return;
            }
            const QString unparsed = m_unparsedText;
            {
                // Handing over the catalogue rebuilds the rows; that is no change of the filter.
                const QSignalBlocker blocker(m_builder);
                m_builder->setUsers(*catalogue.second);
                m_builder->setFields(*catalogue.first);
            }
            m_unparsedText = unparsed;
            m_builder->setEnabled(true);
            filterChanged();
        });
}

void FilterBuilderDialog::setFilterText(const QString &text)
{
    const Result<FilterNode> parsed = FilterExpression::parse(text);
    {
        const QSignalBlocker blocker(m_builder);
        m_builder->setFilter(parsed ? *parsed : FilterNode());
    }
    m_unparsedText = parsed ? QString() : text;
    filterChanged();
}

QString FilterBuilderDialog::filterText() const
{
    return m_unparsedText.isEmpty() ? FilterExpression::toText(m_builder->filter()) : m_unparsedText;
}

void FilterBuilderDialog::setEditedList(qint64 listId, const QString &name)
{
    m_editedListId = listId;
    setWindowTitle(tr("Filter of \"%1\"").arg(name));
    m_saveButton->setText(tr("Save"));
    m_applyButton->hide();
    m_saveButton->setDefault(true);
}

void FilterBuilderDialog::setListKind(int kind)
{
    m_kind = kind;
    filterChanged();
}

void FilterBuilderDialog::filterChanged()
{
    m_textLineEdit->setText(filterText());
    m_textLineEdit->setCursorPosition(0);
    m_matchCountLabel->setText(tr("Counting…"));
    m_countTimer->start();
}

void FilterBuilderDialog::countMatches()
{
    const int generation = ++m_countGeneration;
    ContactListQuery query;
    query.kind = m_kind;
    query.filter = filterText();
    const Session session = m_session;
    m_storage->run<Result<qint64>>(
        this,
        [query, session](Database &db) { return ContactService(db, session).count(query); },
        [this, generation](const Result<qint64> &count) {
            // Only the answer to the latest filter counts; earlier ones may arrive after it.
            if (generation != m_countGeneration) {
                return;
            }
            if (!count) {
                showFilterError(count.error().message);
                return;
            }
            m_errorLabel->hide();
            m_matchCountLabel->setText(tr("%Ln contact(s) match", nullptr, int(std::min<qint64>(*count, INT_MAX))));
            m_applyButton->setEnabled(true);
            m_saveButton->setEnabled(true);
        });
}

void FilterBuilderDialog::showFilterError(const QString &message)
{
    m_matchCountLabel->setText(tr("The filter cannot be used yet."));
    m_errorLabel->setText(message);
    m_errorLabel->show();
    m_applyButton->setEnabled(false);
    m_saveButton->setEnabled(false);
}

void FilterBuilderDialog::save()
{
    m_messageBar->clearMessage();
    if (m_editedListId == 0) {
        auto *ask = new QInputDialog(this);
        ask->setObjectName(u"smartListNameInputDialog"_s);
        ask->setWindowTitle(tr("Save as smart list"));
        ask->setLabelText(tr("Name of the new smart list:"));
        ask->setOkButtonText(tr("Save"));
        ask->setAttribute(Qt::WA_DeleteOnClose);
        connect(ask, &QInputDialog::textValueSelected, this, &FilterBuilderDialog::saveAs);
        ask->open();
        return;
    }
    const qint64 id = m_editedListId;
    const QString filter = filterText();
    const Session session = m_session;
    m_saveButton->setEnabled(false);
    m_storage->run<Result<void>>(
        this,
        [id, filter, session](Database &db) { return SmartListService(db, session).setFilter(id, filter); },
        [this, id](const Result<void> &done) {
            m_saveButton->setEnabled(true);
            if (!done) {
                m_messageBar->showMessage(done.error().message);
                return;
            }
            Q_EMIT smartListSaved(id);
            accept();
        });
}

void FilterBuilderDialog::saveAs(const QString &name)
{
    const QString filter = filterText();
    const Session session = m_session;
    const int kind = m_kind;
    m_saveButton->setEnabled(false);
    m_storage->run<Result<SmartList>>(
        this,
        [name, filter, kind, session](
            Database &db) { return SmartListService(db, session).create(name.trimmed(), filter, kind); },
        [this](const Result<SmartList> &created) {
            m_saveButton->setEnabled(true);
            if (!created) {
                m_messageBar->showMessage(created.error().message);
                return;
            }
            Q_EMIT smartListSaved(created->id);
            accept();
        });
}

} // namespace Kontor
