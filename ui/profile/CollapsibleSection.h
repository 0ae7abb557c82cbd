#pragma once

#include <QWidget>

class QFormLayout;
class QToolButton;
class QVBoxLayout;

namespace Kontor {

// A titled part of the details column that folds away with a click on its title.
class CollapsibleSection : public QWidget
{
    Q_OBJECT

public:
    CollapsibleSection(const QString &name, const QString &title, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    bool isExpanded() const;
    void setExpanded(bool expanded);
    // Label/value rows.
    QFormLayout *form() const { return m_form; }
    // Below the rows: nested sections.
    void addWidget(QWidget *widget);

private:
    QToolButton *m_header;
    QWidget *m_body;
    QFormLayout *m_form;
    QVBoxLayout *m_bodyLayout;
};

} // namespace Kontor
