#include "scaffoldlogview.h"

#include "common/ansiescapes.h"
#include "previewcolours.h"
#include "scaffolder/scaffoldrun.h"

#include <QEvent>
#include <QFontDatabase>

namespace Atrium {

ScaffoldLogView::ScaffoldLogView(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

ScaffoldLogView::~ScaffoldLogView() = default;

void ScaffoldLogView::setEntries(const QList<ScaffoldLogEntry>& entries)
{
    m_entries = entries;
    render();
}

void ScaffoldLogView::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

void ScaffoldLogView::render()
{
    clear();
    const QPalette palette = this->palette();
    qsizetype stepWidth = 0;
    for (const ScaffoldLogEntry& entry : std::as_const(m_entries))
        stepWidth = std::max(stepWidth, entry.stepId.size());
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    QTextCharFormat plain;
    QTextCharFormat step;
    step.setForeground(palette.color(QPalette::PlaceholderText));
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const ScaffoldLogEntry& entry = m_entries.at(i);
        if (i > 0)
            cursor.insertBlock();
        QTextCharFormat level;
        level.setFontWeight(QFont::Bold);
        QString levelText;
        switch (entry.level) {
        case ScaffoldLogEntry::Level::Info:
            levelText = tr("info");
            level.setForeground(palette.color(QPalette::PlaceholderText));
            break;
        case ScaffoldLogEntry::Level::Warning:
            levelText = tr("warning");
            level.setForeground(PreviewColours::status(ScaffoldFileComparison::Status::Changed, palette));
            break;
        case ScaffoldLogEntry::Level::Error:
            levelText = tr("error");
            level.setForeground(PreviewColours::status(ScaffoldFileComparison::Status::Blocked, palette));
            break;
        }
        cursor.insertText(entry.stepId.leftJustified(stepWidth) + QLatin1String("  "), step);
        cursor.insertText(levelText.leftJustified(7) + QLatin1String("  "), level);
        cursor.insertText(withoutAnsiEscapes(entry.message), plain);
    }
    cursor.endEditBlock();
}

} // namespace Atrium
