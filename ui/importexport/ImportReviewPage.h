#pragma once

#include <QTimer>
#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableView;

namespace Kontor {

class BackgroundTask;
class ImportProblemsModel;
class ImportWizard;
class MessageBar;

// Step 3: ImportService::review() in a BackgroundTask (a dry run over the whole file) with a busy indicator;
// the counts of new contacts, updates, duplicates, rows with problems and companies to create; the problems,
// whose values can be corrected and whose rows can be skipped (the review runs again after each change, or
// with "Check again"); and the options of the run. Next ("Import") stays disabled while problems remain unless
// the user chose to leave the invalid rows out.
class ImportReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportReviewPage(ImportWizard *wizard);
    ~ImportReviewPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    bool isReviewing() const;
    ImportProblemsModel *problemsModel() const { return m_problems; }

public Q_SLOTS:
    void checkAgain();

protected:
    void changeEvent(QEvent *event) override;

private:
    void startReview();
    void showReview();
    void fillOwners();
    void readOptions();
    void retranslate();

    ImportWizard *m_wizard;
    BackgroundTask *m_task;
    ImportProblemsModel *m_problems;
    QTimer m_recheckTimer; // debounces corrections
    bool m_pending = false; // a review is wanted after the running one (cancelled) returns
    bool m_dirty = false; // corrections not yet reviewed
    quint64 m_reviewedGeneration = 0;

    MessageBar *m_messageBar;
    QProgressBar *m_busyBar;
    QLabel *m_busyLabel;
    QGroupBox *m_countsGroup;
    QLabel *m_newTitle;
    QLabel *m_newCount;
    QLabel *m_updateTitle;
    QLabel *m_updateCount;
    QLabel *m_duplicateTitle;
    QLabel *m_duplicateCount;
    QLabel *m_problemTitle;
    QLabel *m_problemCount;
    QLabel *m_companyTitle;
    QLabel *m_companyCount;
    QLabel *m_skippedTitle;
    QLabel *m_skippedCount;
    QLabel *m_problemsLabel;
    QTableView *m_problemsView;
    QPushButton *m_checkAgainButton;
    QGroupBox *m_optionsGroup;
    QButtonGroup *m_policyGroup;
    QRadioButton *m_createRadio;
    QRadioButton *m_updateRadio;
    QRadioButton *m_skipRadio;
    QLabel *m_tagLabel;
    QLineEdit *m_tagEdit;
    QLabel *m_ownerLabel;
    QComboBox *m_ownerCombo;
    QCheckBox *m_skipInvalidCheck;
    QLabel *m_nameLabel;
    QLineEdit *m_nameEdit;
};

} // namespace Kontor
