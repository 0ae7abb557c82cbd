#pragma once

#include <QByteArray>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Kontor {

// A contact's photo: a preview, "Choose..." and "Remove". A chosen picture is scaled to at most 512 px and
// stored as JPEG of at most ContactLimits::PhotoBytes, so a 20-megapixel camera file does not bloat the database.
class PhotoWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PhotoWidget(QWidget *parent = nullptr);

    QByteArray photo() const { return m_photo; }
    void setPhoto(const QByteArray &photo);
    // Reads, scales and compresses an image file; returns the translated reason on failure (nothing changes).
    QString loadFile(const QString &path);

Q_SIGNALS:
    void photoChanged();
    void problem(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void choose();
    void updatePreview();
    void retranslate();

    QByteArray m_photo;
    QLabel *m_preview;
    QPushButton *m_chooseButton;
    QPushButton *m_removeButton;
};

} // namespace Kontor
