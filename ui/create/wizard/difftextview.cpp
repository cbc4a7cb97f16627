#include "difftextview.h"

#include "common/textdiff.h"
#include "previewcolours.h"

#include <QEvent>
#include <QFontDatabase>
#include <QTextBlock>

namespace Atrium {

DiffTextView::DiffTextView(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

DiffTextView::~DiffTextView() = default;

void DiffTextView::setDiff(const TextDiff& diff, const QString& oldName, const QString& newName)
{
    QString text = diff.unified(oldName, newName);
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    setPlainText(text);
    applyColours();
}

void DiffTextView::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColours();
}

void DiffTextView::applyColours()
{
    // Block formats rather than extra selections: they paint the whole width of the line and survive scrolling.
    const QPalette palette = this->palette();
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    int line = 0;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next(), ++line) {
        const QString text = block.text();
        QTextBlockFormat format;
        QTextCharFormat chars;
        if (line < 2 && (text.startsWith(u"--- ") || text.startsWith(u"+++ "))) {
            chars.setFontWeight(QFont::Bold);
        } else if (text.startsWith(u"@@")) {
            chars.setForeground(PreviewColours::hunkHeader(palette));
        } else if (text.startsWith(u'+')) {
            format.setBackground(PreviewColours::addedBackground(palette));
        } else if (text.startsWith(u'-')) {
            format.setBackground(PreviewColours::removedBackground(palette));
        } else if (text.startsWith(u'\\')) {
            chars.setForeground(palette.color(QPalette::PlaceholderText));
        }
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
        cursor.setCharFormat(chars);
    }
    cursor.endEditBlock();
}

} // namespace Atrium
