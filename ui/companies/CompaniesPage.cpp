#include "CompaniesPage.h"

#include "ui_CompaniesPage.h"

#include "SmartListService.h"
#include "StorageThread.h"
#include "contacts/ContactEditDialog.h"
#include "contacts/ContactListModel.h"
#include "lists/SmartListTableView.h"
#include "main/TrashRequest.h"
#include "settings/Settings.h"

#include <QEvent>
#include <QItemSelectionModel>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int CompaniesKind = int(ContactKind::Company);
} // namespace

CompaniesPage::CompaniesPage(StorageThread *storage, const Session &session, Settings *settings, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::CompaniesPage>())
    , m_storage(storage)
    , m_session(session)
    , m_settings(settings)
    , m_model(new ContactListModel(storage, session, ContactScope::Alive, this))
{
    ui->setupUi(this);
    m_model->setKind(CompaniesKind);
    ui->companiesTableView->setup(storage, session, m_model);
    SmartList defaults;
    defaults.kind = CompaniesKind;
    ui->companiesTableView->showList(defaults);
    ui->newCompanyButton->setIcon(QIcon::fromTheme(u"contact-new"_s, QIcon(u":/icons/contact-new.svg"_s)));
    ui->editCompanyButton->setIcon(QIcon::fromTheme(u"document-edit"_s, QIcon(u":/icons/document-edit.svg"_s)));
    ui->deleteCompanyButton->setIcon(QIcon::fromTheme(u"edit-delete"_s, QIcon(u":/icons/edit-delete.svg"_s)));

    connect(ui->companySearchLineEdit, &QLineEdit::textChanged, m_model, &ContactListModel::setSearchText);
    connect(ui->newCompanyButton, &QPushButton::clicked, this, &CompaniesPage::newCompany);
    connect(ui->editCompanyButton, &QPushButton::clicked, this, &CompaniesPage::editCurrent);
    connect(ui->deleteCompanyButton, &QPushButton::clicked, this, &CompaniesPage::deleteSelected);
    connect(
        ui->companyColumnsButton, &QPushButton::clicked, ui->companiesTableView, &SmartListTableView::chooseColumns);
    connect(ui->companiesTableView, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openCompanyRequested(m_model->idAt(index.row()));
    });
    connect(ui->companiesTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        Q_EMIT selectionChanged();
    });
    connect(ui->companiesTableView, &SmartListTableView::failed, this, &CompaniesPage::failed);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CompaniesPage::updateActions);
    connect(m_model, &ContactListModel::totalCountChanged, this, &CompaniesPage::updateCount);
    connect(m_model, &ContactListModel::loadFailed, this, &CompaniesPage::failed);

    retranslateCode();
    updateCount();
    updateActions();
    reloadList();
}

CompaniesPage::~CompaniesPage() = default;

SmartListTableView *CompaniesPage::tableView() const
{
    return ui->companiesTableView;
}

void CompaniesPage::reloadList()
{
    const Session session = m_session;
    m_storage->run<Result<QList<SmartList>>>(
        this,
        [session](Database &db) -> Result<QList<SmartList>> {
            SmartListService service(db, session);
            if (auto ensured = service.ensureDefaults(); !ensured) {
                return ensured.error();
            }
            return service.list(CompaniesKind);
        },
        [this](const Result<QList<SmartList>> &lists) {
            if (!lists) {
                Q_EMIT failed(tr("The list of companies could not be loaded: %1").arg(lists.error().message));
                return;
            }
            // The table shows the default "all" list of companies; without one it keeps the default columns
            // and does not save changes.
            for (const SmartList &list : *lists) {
                if (list.builtin == u"all"_s) {
                    ui->companiesTableView->showList(list);
                    break;
                }
            }
            Q_EMIT listLoaded();
        });
}

ContactSelection CompaniesPage::selection() const
{
    ContactSelection selection;
    selection.query = m_model->query();
    const auto rows = ui->companiesTableView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        selection.ids.append(m_model->idAt(index.row()));
    }
    selection.count = selection.ids.size();
    return selection;
}

void CompaniesPage::newCompany()
{
    openEditor(0);
}

void CompaniesPage::editCurrent()
{
    const QModelIndex current = ui->companiesTableView->currentIndex();
    if (current.isValid()) {
        openEditor(m_model->idAt(current.row()));
    }
}

void CompaniesPage::openEditor(qint64 id)
{
    auto *dialog = new ContactEditDialog(m_storage, m_session, m_settings->defaultPhoneRegion(), id, this);
    dialog->setNewContactKind(ContactKind::Company);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CompaniesPage::deleteSelected()
{
    const QModelIndex current = ui->companiesTableView->currentIndex();
    const QString name = current.isValid() ? m_model->summaryAt(current.row()).displayName : QString();
    TrashRequest::confirm(this, m_storage, m_session, selection(), name, [this](int, const QString &error) {
        if (!error.isEmpty()) {
            Q_EMIT failed(error);
        }
    });
}

void CompaniesPage::focusSearch()
{
    ui->companySearchLineEdit->setFocus(Qt::ShortcutFocusReason);
    ui->companySearchLineEdit->selectAll();
}

void CompaniesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslateCode();
        updateCount();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void CompaniesPage::updateActions()
{
    const bool selected = ui->companiesTableView->selectionModel()->hasSelection();
    ui->editCompanyButton->setEnabled(selected);
    ui->deleteCompanyButton->setEnabled(selected);
}

void CompaniesPage::updateCount()
{
    const qint64 total = m_model->totalCount();
    ui->companyCountLabel->setText(total < 0 ? tr("Loading...") : tr("%Ln company(s)", nullptr, int(total)));
}

void CompaniesPage::retranslateCode()
{
    ui->companySearchLineEdit->setPlaceholderText(tr("Search companies"));
    ui->companiesTableView->setExtraFields(
        {FilterField{u"persons"_s, tr("Persons"), FilterFieldType::Number, {}, 0, true}});
}

} // namespace Kontor
