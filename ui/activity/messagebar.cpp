#include "messagebar.h"

#include "create/wizard/previewcolours.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Atrium {

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"messageBar"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 4, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::clear);
    hide();
}

MessageBar::~MessageBar() = default;

void MessageBar::showMessage(Kind kind, const QString& text)
{
    m_kind = kind;
    m_text->setText(text);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(
        style()
            ->standardIcon(kind == Kind::Error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning)
            .pixmap(size, size));
    applyColours();
    show();
}

void MessageBar::clear()
{
    m_text->clear();
    hide();
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
}

void MessageBar::applyColours()
{
    const PreviewColours::Banner banner
        = m_kind == Kind::Error ? PreviewColours::errorBanner(palette()) : PreviewColours::noticeBanner(palette());
    // A style sheet on the object name only: the children keep the application's style.
    const QString sheet = u"QFrame#messageBar { background: %1; border: 1px solid %2; border-radius: 4px; }"_s.arg(
        banner.background.name(), banner.border.name());
    // Setting a style sheet changes the palette, which brings us back here: only a new sheet is set.
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
    QPalette textPalette = m_text->palette();
    textPalette.setColor(QPalette::WindowText, banner.text);
    m_text->setPalette(textPalette);
}

} // namespace Atrium
