#include "ImportWizard.h"

#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportReviewPage.h"
#include "ImportRunPage.h"

#include <QEvent>
#include <QFileInfo>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

ImportWizard::ImportWizard(StorageThread *storage, const Session &session, const QString &region, QWidget *parent)
    : QWizard(parent)
    , m_storage(storage)
    , m_session(session)
    , m_region(region)
    , m_filePage(new ImportFilePage(this))
    , m_mappingPage(new ImportMappingPage(this))
    , m_reviewPage(new ImportReviewPage(this))
    , m_runPage(new ImportRunPage(this))
{
    setObjectName(u"importWizard"_s);
    // The classic style looks the same everywhere and leaves room for the wide mapping and problem tables.
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setPage(FilePageId, m_filePage);
    setPage(MappingPageId, m_mappingPage);
    setPage(ReviewPageId, m_reviewPage);
    setPage(RunPageId, m_runPage);
    setStartId(FilePageId);
    resize(900, 640);
    connect(m_runPage, &ImportRunPage::runFinished, this, [this] {
        if (m_state.report) {
            Q_EMIT importFinished(*m_state.report);
        }
        if (m_closeWhenStopped) {
            QWizard::reject();
        }
    });
    retranslate();
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setFile(const QString &path)
{
    m_filePage->setFile(path);
}

bool ImportWizard::isImportableFile(const QString &path)
{
    static const QStringList suffixes{u"csv"_s, u"tsv"_s, u"txt"_s, u"xlsx"_s, u"xls"_s, u"vcf"_s, u"vcard"_s};
    const QFileInfo info(path);
    return info.isFile() && suffixes.contains(info.suffix().toLower());
}

Session ImportWizard::importSession() const
{
    Session session = m_session;
    session.origin = Origin::Import;
    return session;
}

void ImportWizard::reject()
{
    if (m_runPage->isRunning()) {
        // Closing must not leave a half-written batch: cancel, and close when the run has rolled back.
        m_closeWhenStopped = true;
        m_runPage->cancel();
        return;
    }
    QWizard::reject();
}

void ImportWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizard::changeEvent(event);
}

void ImportWizard::retranslate()
{
    setWindowTitle(tr("Import contacts"));
    setButtonText(QWizard::CommitButton, tr("Import"));
}

} // namespace Kontor
