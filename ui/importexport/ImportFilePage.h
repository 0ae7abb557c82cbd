#pragma once

#include "Error.h"
#include "ImportTypes.h"

#include <QWizardPage>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace Kontor {

class ImportWizard;
class MessageBar;

// Step 1: the file (typed, chosen or dropped) and whether it holds persons or companies. Every change probes the
// file on the StorageThread and shows what was detected - format, encoding, delimiter, header row, the sheets of
// a workbook - with overrides that probe again. A bad file shows the reader's error (file, row, column) and
// keeps Next disabled.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard *wizard);

    void setFile(const QString &path);
    bool isProbing() const { return m_probing; }
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void chooseFile();
    void onPathEdited();
    void probe();
    void showProbe();
    void showError(const Error &error);
    void fillOverrideCombos();
    void readOverrides();
    void retranslate();

    ImportWizard *m_wizard;
    QLineEdit *m_fileEdit;
    QLabel *m_fileLabel;
    QLabel *m_kindLabel;
    QRadioButton *m_personsRadio;
    QRadioButton *m_companiesRadio;
    QLabel *m_detectedTitle;
    QLabel *m_detectedLabel;
    QLabel *m_encodingLabel;
    QComboBox *m_encodingCombo;
    QLabel *m_delimiterLabel;
    QComboBox *m_delimiterCombo;
    QCheckBox *m_headerCheck;
    QLabel *m_sheetLabel;
    QComboBox *m_sheetCombo;
    MessageBar *m_messageBar;
    QPushButton *m_browseButton;
    bool m_probing = false;
    bool m_probed = false; // the last probe of the current file and options succeeded
    bool m_reprobe = false; // something changed while a probe ran
    quint64 m_generation = 0;
};

} // namespace Kontor
