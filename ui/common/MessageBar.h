#pragma once

#include <QLabel>

namespace Kontor {

// The inline message bar at the top of a window or dialog (STYLE.md, "Errors"): hidden while there is nothing
// to say, a coloured strip with word-wrapped text otherwise.
class MessageBar : public QLabel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Error,
        Warning,
        Information,
    };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind = Kind::Error);
    void clearMessage();
    Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::Error;
};

} // namespace Kontor
