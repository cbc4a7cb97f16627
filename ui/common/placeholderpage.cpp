#include "placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Atrium {

QWidget* createPlaceholderPage(const QString& title, const QString& text, QWidget* parent)
{
    auto* page = new QWidget(parent);
    auto* heading = new QLabel(title, page);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    auto* body = new QLabel(text, page);
    body->setWordWrap(true);
    body->setMaximumWidth(560);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(heading, 0, Qt::AlignHCenter);
    layout->addWidget(body, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return page;
}

} // namespace Atrium
